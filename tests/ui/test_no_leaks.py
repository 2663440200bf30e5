"""A whole session leaves no secret, token or full IBAN in files or log output.

Signs in through the dialog (no keyring: the secret is session-only, the riskier
path), lets the index build, opens records, quits; then reads every byte the app
left in its home (settings, profiles, index, caches) and everything it logged. The
app's log redaction knows the session's secret and tokens while it runs, and a
crash leaves through the same redacted log.
"""

from __future__ import annotations

import io
import logging
import re
import subprocess
import sys
import textwrap

import keyring
import pytest
from keyring.backends import fail

from nomos_desk.domain.identifiers import is_valid_iban
from nomos_desk.domain.redaction import RedactingFilter
from nomos_desk.sandbox.config import CLIENTS, SandboxConfig
from nomos_desk.ui.session import AppController
from tests.ui.conftest import Network

from .session_helpers import fill_and_sign_in, wait_for_dialog, wait_for_window

SECRET = "Zq7-unique-client-secret-4f1e9a"
CLIENT = "leak-check"
IBAN_CANDIDATE = re.compile(rb"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def redacted_log():
    """A handler on the root logger with the app's redaction, as app.py installs it."""
    redaction, written = RedactingFilter(), io.StringIO()
    handler = logging.StreamHandler(written)
    handler.addFilter(redaction)
    logging.getLogger().addHandler(handler)
    yield redaction, written
    logging.getLogger().removeHandler(handler)


def full_ibans(data: bytes) -> list[bytes]:
    return [m for m in IBAN_CANDIDATE.findall(data) if is_valid_iban(m.decode("ascii"))]


def test_a_session_leaves_no_secret_token_or_iban_behind(qtbot, qloop, no_keyring, app_paths,
                                                         app_settings, make_sandbox_app, caplog,
                                                         redacted_log):
    caplog.set_level(logging.DEBUG)
    app = make_sandbox_app(SandboxConfig(clients={**CLIENTS, CLIENT: (SECRET, "read:* write:*")}))
    network = Network(app)
    redaction, written = redacted_log
    controller = AppController(app_paths, app_settings, transport_factory=lambda p: network,
                               redaction=redaction)
    run = qloop.create_task(controller.run())
    fill_and_sign_in(qtbot, wait_for_dialog(qtbot, controller), client_id=CLIENT, secret=SECRET)
    window = wait_for_window(qtbot, controller, timeout=10000)
    services = controller.services
    search = window.search_view
    qtbot.waitUntil(lambda: "Index built" in search.sync_label.text(), timeout=30000)
    token = services.client.token
    secrets = [SECRET.encode(), token.access_token.encode(), token.refresh_token.encode()]
    # Whatever might still echo them one day (an exception's text, a debug line) leaves
    # the app's log handler masked.
    logging.getLogger("nomos_desk.test").warning("echo %s / %s / %s", SECRET,
                                                 token.access_token, token.refresh_token)

    page = []

    async def first_page():
        page.extend((await services.client.list_subscriptions(limit=3).first_page()).items)

    task = qloop.create_task(first_page())
    qtbot.waitUntil(task.done, timeout=5000)
    for sub in page:
        tab = window.open("subscription", sub.id)
        qtbot.waitUntil(lambda t=tab: t.current is not None, timeout=10000)
        window.open("customer", tab.current.subscription.customer_id)
    window.close()
    qtbot.waitUntil(run.done, timeout=10000)
    assert redaction.known() == []  # the ended session's values are forgotten
    assert "echo [redacted] / [redacted] / [redacted]" in written.getvalue()

    files = [p for p in app_paths.config_dir.parent.rglob("*") if p.is_file()]
    assert any(p.name == "index.sqlite3" for p in files)  # the scan saw the index too
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret not in data, f"{path} holds a secret or token"
        assert full_ibans(data) == [], f"{path} holds a full IBAN"
    logged = "\n".join(r.getMessage() for r in caplog.records
                       if r.name != "nomos_desk.test").encode()
    assert logged  # the session did log (debug level), and none of it leaks
    for secret in secrets:
        assert secret not in logged
    assert full_ibans(logged) == []


CRASH = textwrap.dedent("""
    import sys, threading
    from nomos_desk.app import configure_logging
    configure_logging(verbose=False)
    secret = "Bearer tok-" + "9f8e7d6c5b4a"
    worker = threading.Thread(target=lambda: 1 / 0, name="worker")
    worker.start()
    worker.join()
    raise RuntimeError(f"{secret} for DE89370400440532013000 of anna.muster@example.org")
""")


def test_a_crash_leaves_through_the_redacted_log():
    """What a crash prints (the traceback a person may paste into a ticket) holds no
    credential, IBAN or e-mail address, from the main thread or any other."""
    done = subprocess.run([sys.executable, "-c", CRASH], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    err = done.stderr
    assert "CRITICAL nomos_desk.app: unhandled exception\n" in err
    assert "unhandled exception in thread worker" in err and "ZeroDivisionError" in err
    assert "RuntimeError: Bearer [redacted] for DE************3000 of [email]" in err
    for leaked in ("tok-9f8e7d6c5b4a", "DE89370400440532013000", "anna.muster@example.org"):
        assert leaked not in err
