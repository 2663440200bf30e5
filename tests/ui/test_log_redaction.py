"""The log file, the console and the recent-errors list hold no token, secret, full IBAN or
e-mail address (the shapes themselves: tests/domain/test_redaction.py); the file is the
user's only, also after a rotation."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from nomos_desk.api import errors as E
from nomos_desk.ui import logs

IBAN = "DE89370400440532013000"
SECRETS = ("s3cr3t-value", "tok-abc123XYZ", IBAN, "DE89 3704 0044 0532 0130 00",
           "jana.mueller@example.de", "jana.mueller%40example.de", "known-secret-0042")


@pytest.fixture
def installed_logs(tmp_path):
    root = logging.getLogger()
    level = root.level
    set_up = logs.setup(tmp_path / "logs")
    yield set_up
    for handler in [h for h in root.handlers if getattr(h, "nomos_desk", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


class Session:
    secret = "known-secret-0042"  # no shape a pattern could find: the session names it


def test_the_log_file_is_private_and_redacted(installed_logs, capsys):
    log = logging.getLogger("nomos_desk.test")
    session = Session()
    installed_logs.redaction.watch(session, lambda s: [s.secret])
    log.info("token request for client c1 with %s", session.secret)
    failure = E.ServerError(500, "INTERNAL", "upstream said client_secret=s3cr3t-value",
                             request_id="req_42")
    log.warning("task %s failed: %r", "search.sync", failure)
    log.info("signed in with %s for %s", {"access_token": "tok-abc123XYZ"}, "jana.mueller@example.de")
    try:
        raise ValueError(f"bad IBAN {IBAN} with Bearer tok-abc123XYZ")
    except ValueError:
        log.exception("unexpected problem")

    path = installed_logs.file
    assert path is not None and path.name == logs.LOG_FILE
    text = path.read_text("utf-8")
    assert "task search.sync failed" in text and "req_42" in text  # the facts stay
    assert "ValueError: bad IBAN DE************3000 with Bearer [redacted]" in text  # traceback too
    console = capsys.readouterr().err
    for secret in SECRETS:
        assert secret not in text
        assert secret not in console
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_recent_errors_keep_request_ids_without_secrets(installed_logs):
    log = logging.getLogger("nomos_desk.test")
    seen = installed_logs.recent.total
    log.info("task %s failed: %r", "customer.cus_1.record",
             E.NotFound(404, "NOT_FOUND", "no such customer, token=tok-abc123XYZ",
                        request_id="req_9"))
    log.info("plain progress line")  # not an error: not kept
    log.warning("sync slow for jana.mueller@example.de")
    fresh = installed_logs.recent.since(seen)
    assert [e.request_id for e in fresh] == ["req_9", None]
    assert "tok-abc123XYZ" not in fresh[0].message and "[redacted]" in fresh[0].message
    assert "[email]" in fresh[1].message
    assert logs.installed().recent is installed_logs.recent


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_rotated_files_are_private_too(tmp_path):
    previous = os.umask(0o022)  # a umask that would make plain new files world-readable
    try:
        handler = logs.PrivateRotatingFileHandler(tmp_path / "app.log", maxBytes=200, backupCount=2)
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "a" * 150, None, None)
        for _ in range(5):
            handler.emit(record)
        handler.close()
    finally:
        os.umask(previous)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["app.log", "app.log.1", "app.log.2"]
    assert {stat.S_IMODE((tmp_path / f).stat().st_mode) for f in files} == {0o600}

