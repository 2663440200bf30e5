"""A flaky network, switched on the way a person does (Sandbox ▸ Flaky network) or by
the same endpoint with the issue's mix: the status bar says so, the search index still
ends with exactly the sandbox's rows, the sync line says what it is waiting for, and a
dropped answer is not mistaken for being offline."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs

import httpx
import pytest

from nomos_desk.api import NomosClient, RetryPolicy
from nomos_desk.sandbox.config import SandboxConfig
from nomos_desk.ui.connection import ONLINE, ConnectionMonitor, ObservingTransport
from nomos_desk.ui.demo import set_fault_mix
from nomos_desk.ui.gating import ScopeGate
from nomos_desk.ui.profiles import Profile
from nomos_desk.ui.search.view import SearchView
from nomos_desk.ui.services import Services
from nomos_desk.ui.session import AppController
from nomos_desk.ui.tasks import TaskRunner
from tests.ui.conftest import Network, RecordingSink

from .fakes import fake_registry
from .session_helpers import wait_for_window

URL = "http://127.0.0.1:9"
ISSUE_MIX = {"fault_rate": 0.20, "fault_429_rate": 0.10, "fault_drop_rate": 0.05,
             "jitter_ms": 4}


class InProcessSandbox:
    """The demo's sandbox without a child process: the app reaches it through the test's
    transport, at the URL a SandboxProcess would report."""

    def __init__(self) -> None:
        self.base_url: str | None = None

    async def start(self) -> str:
        self.base_url = URL
        return URL

    def stop(self) -> None:
        self.base_url = None


def mix_of(app) -> dict:
    config = app.state.sandbox.config
    return {"fault_rate": config.fault_rate, "fault_429_rate": config.fault_429_rate,
            "fault_drop_rate": config.fault_drop_rate, "latency_ms": config.latency_ms}


def test_the_sandbox_menu_makes_the_demo_network_flaky_and_the_status_bar_says_so(
        qtbot, qloop, app_paths, app_settings, make_sandbox_app, translations):
    app = make_sandbox_app()
    network = Network(app)
    controller = AppController(app_paths, app_settings, sandbox=InProcessSandbox(),
                               registry=fake_registry(), translations=translations,
                               transport_factory=lambda p: network)
    run = qloop.create_task(controller.run())
    window = wait_for_window(qtbot, controller)
    action, badge = window.menus.flaky_action, window.status_bar.flaky_badge
    assert action in window.menus.sandbox_menu.actions() and action.isCheckable()
    assert not action.isChecked() and not badge.isVisible()

    action.trigger()
    qtbot.waitUntil(badge.isVisible, timeout=5000)
    assert mix_of(app) == {"fault_rate": 0.10, "fault_429_rate": 0.05, "fault_drop_rate": 0.03,
                           "latency_ms": 200.0}
    assert action.isChecked() and badge.text() == "Flaky on purpose"
    assert "deliberately flaky" in badge.toolTip()

    # Another language rebuilds the menus: the tick and the badge stay, in German.
    app_settings.set_value("language", "de")
    try:
        assert window.menus.flaky_action.isChecked() and badge.isVisible()
        assert window.menus.flaky_action.text() != "Flaky network"
        assert badge.text() != "Flaky on purpose"
    finally:
        app_settings.set_value("language", "en")
    window.menus.flaky_action.trigger()
    qtbot.waitUntil(lambda: not badge.isVisible(), timeout=5000)
    assert mix_of(app)["fault_rate"] == 0 and not window.menus.flaky_action.isChecked()

    # A switch that does not get through takes the tick back and says why.
    network.down = True
    window.menus.flaky_action.trigger()
    qtbot.waitUntil(window.error_banner.isVisible, timeout=5000)
    assert "flaky network" in window.error_banner.message.text()
    assert not window.menus.flaky_action.isChecked() and not badge.isVisible()
    assert mix_of(app)["fault_rate"] == 0
    network.down = False

    window.close()
    qtbot.waitUntil(run.done, timeout=10000)


async def short_sleep(seconds: float) -> None:
    """Retry-After and backoff are honoured in order, not waited out in full."""
    await asyncio.sleep(min(seconds, 0.005))


async def clean_walk(app) -> tuple[set[str], set[str]]:
    """What the sandbox lists, read before any fault is switched on."""
    async with NomosClient(URL, "sandbox-ro", lambda: "sandbox",
                           transport=httpx.ASGITransport(app=app)) as client:
        return ({c.id async for c in client.list_customers()},
                {s.id async for s in client.list_subscriptions()})


def flaky_services(app, app_paths, app_settings, background: RetryPolicy) -> Services:
    profile = Profile(name="Flaky", base_url=URL, client_id="sandbox-rw", id="flaky")
    monitor = ConnectionMonitor(first_pause=0.02, max_pause=0.05)
    transport = ObservingTransport(Network(app), monitor, URL)
    monitor.probe = transport.probe
    client = NomosClient(URL, "sandbox-rw", lambda: "sandbox", transport=transport,
                         sleep=short_sleep, background_retry=background)
    tasks = TaskRunner(connection=monitor)
    services = Services(client=client, gate=ScopeGate(), tasks=tasks, profile=profile,
                        data_dir=app_paths.profile_dir(profile.id), settings=app_settings,
                        connection=monitor, sink=RecordingSink())
    tasks.set_error_sink(services.report_error)
    return services


@pytest.mark.parametrize("seed", [2, 7])
def test_the_search_index_builds_under_the_fault_mix_and_says_what_it_waits_for(
        qtbot, qloop, qrun, app_paths, app_settings, make_sandbox_app, seed):
    app = make_sandbox_app(SandboxConfig(fault_seed=seed))
    customers, subs = qrun(clean_walk(app))
    assert qrun(set_fault_mix(URL, ISSUE_MIX, Network(app)))["fault_drop_rate"] == 0.05
    # Two attempts a call: about one call in eight runs out of retries, and the sync must
    # go on with it, not start over.
    services = flaky_services(app, app_paths, app_settings, RetryPolicy(max_attempts=2))
    view = SearchView(services)
    view.sync.syncer.source = view.sync.source_for(services.client, page_size=10)
    view.sync.stall_pause = 0.01
    qtbot.addWidget(view)
    view.show()
    said, offline = [], []
    view.sync.waiting.connect(lambda wait: said.append(view.sync_label.text()))
    services.connection.state_changed.connect(offline.append)

    qtbot.waitUntil(lambda: "Index built" in view.sync_label.text(), timeout=30000)
    assert view.sync_label.text().startswith(
        f"Index built: {len(customers)} customers, {len(subs)} subscriptions indexed.")
    counts = qrun(services.index.counts())
    assert (counts["customers"], counts["subscriptions"]) == (len(customers), len(subs))
    assert any("trying again in" in text for text in said)
    assert any("goes on where it stopped" in text for text in said)
    assert not services.sink.errors
    assert offline == [] and services.connection.state == ONLINE  # drops are no outage
    walk = [r for r in app.state.sandbox.log_snapshot() if r["path"] == "/customers"]
    cursors = [parse_qs(r["query"]).get("cursor", [None])[0] for r in walk]
    pages = list(dict.fromkeys(cursors))
    assert [pages.index(c) for c in cursors] == sorted(pages.index(c) for c in cursors)
    view.close_view()
    qrun(services.close())


def test_a_dropped_answer_is_no_outage_but_a_refused_connection_is(qrun, qloop,
                                                                   make_sandbox_app):
    app = make_sandbox_app(SandboxConfig(fault_drop_rate=1.0))
    monitor = ConnectionMonitor()
    network = Network(app)
    transport = ObservingTransport(network, monitor, URL)

    async def ask() -> None:
        request = httpx.Request("GET", URL + "/plans")
        await transport.handle_async_request(request)

    with pytest.raises(httpx.RemoteProtocolError):
        qrun(ask())
    assert monitor.online
    network.down = True
    with pytest.raises(httpx.ConnectError):
        qrun(ask())
    assert not monitor.online
