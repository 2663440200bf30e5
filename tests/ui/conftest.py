"""Shared fixtures for widget tests: the qasync loop, an in-memory keyring, Services.

    qloop             a qasync loop running on Qt's event loop (qtbot.waitUntil drives it)
    qrun(coro)        run a coroutine to completion on qloop and return its result
    memory_keyring    an in-memory keyring backend installed for the test
    app_paths         AppPaths under tmp_path (settings, profiles, data)
    app_settings      AppSettings in app_paths
    network           switch for the fake network: network.down = True drops connections
    services_factory  services_factory(client_id="sandbox-rw") -> Services signed in to sandbox_app
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

import httpx
import keyring
import pytest
import qasync
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from nomos_desk.api import NomosClient, RetryPolicy
from nomos_desk.ui.connection import ConnectionMonitor, ObservingTransport
from nomos_desk.ui.gating import ScopeGate
from nomos_desk.ui.profiles import AppPaths, Profile
from nomos_desk.ui.services import Services
from nomos_desk.ui.settings import AppSettings
from nomos_desk.ui.tasks import TaskRunner


@pytest.fixture(scope="session")
def translations(qapp):
    """The app's catalogues, compiled fresh from the .ts sources for this test run."""
    import subprocess
    import sys
    from pathlib import Path

    from nomos_desk.ui.i18n import Translations

    root = Path(__file__).resolve().parents[2]
    subprocess.check_call([sys.executable, str(root / "scripts" / "i18n.py"), "build"])
    return Translations(qapp)


@pytest.fixture(autouse=True)
def english(translations):
    """UI tests read English texts and English number and date formats unless a test
    switches the language itself (the German tests do)."""
    translations.apply("en")
    yield
    translations.apply("en")


@pytest.fixture
def german(translations):
    """The whole UI in German (texts, numbers, dates) for the test, English after it."""
    translations.apply("de")
    yield translations
    translations.apply("en")


_CLOSED_LOOPS: list[qasync.QEventLoop] = []


@pytest.fixture
def qloop(qapp, qtbot):
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        qtbot.waitUntil(lambda: all(t.done() for t in pending), timeout=5000)
    # Never loop.stop(): with already_running=True it quits Qt's loop for every later test.
    try:
        qapp.aboutToQuit.disconnect(loop._after_run_forever)
    except (RuntimeError, TypeError):
        pass
    loop._QEventLoop__is_running = False
    asyncio.events._set_running_loop(None)
    loop.close()
    # close() only marks the loop's timer object stopped (its Qt timers die on their next
    # event). Were the loop garbage-collected, Qt could delete that timer object while it
    # delivers timer events of a later test (a crash in QTimerInfoList::activateTimers);
    # deleting it here instead breaks callbacks a worker thread still posts to the loop.
    # So closed loops are kept for the session: stopped, harmless, never collected.
    _CLOSED_LOOPS.append(loop)
    asyncio.set_event_loop(None)


@pytest.fixture
def qrun(qloop, qtbot):
    def run(coro: Coroutine[Any, Any, Any], timeout: int = 10000) -> Any:
        task = qloop.create_task(coro)
        qtbot.waitUntil(task.done, timeout=timeout)
        return task.result()

    return run


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def app_paths(tmp_path) -> AppPaths:
    return AppPaths(tmp_path / "home")


@pytest.fixture
def app_settings(app_paths) -> AppSettings:
    return AppSettings(app_paths.settings_file)


class Network(httpx.AsyncBaseTransport):
    """The sandbox behind a cable that tests can pull (ConnectError while down)."""

    def __init__(self, app: Any) -> None:
        self.inner = httpx.ASGITransport(app=app)
        self.down = False
        self.stalled = False  # requests hang (a slow server) until cancelled
        # Paths whose requests hang like a server that never answers: they end in the read
        # timeout the client asked for, as a real socket would (ASGITransport has none).
        self.hanging: set[str] = set()
        self.requests = 0
        self.in_flight = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.down:
            raise httpx.ConnectError("network is unreachable", request=request)
        self.in_flight += 1
        try:
            while self.stalled:
                await asyncio.sleep(0.01)
            if request.url.path in self.hanging:
                read = (request.extensions.get("timeout") or {}).get("read") or 5.0
                deadline = asyncio.get_running_loop().time() + read
                while request.url.path in self.hanging:
                    if asyncio.get_running_loop().time() >= deadline:
                        raise httpx.ReadTimeout("timed out", request=request)
                    await asyncio.sleep(0.01)
            return await self.inner.handle_async_request(request)
        finally:
            self.in_flight -= 1

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
def network(sandbox_app) -> Network:
    return Network(sandbox_app)


class RecordingSink:
    """A UiSink for view tests that do not need the main window."""

    def __init__(self) -> None:
        self.errors: list[tuple[BaseException, str]] = []
        self.messages: list[str] = []
        self.refreshes = 0

    def report_error(self, exc: BaseException, context: str) -> None:
        if not isinstance(exc, asyncio.CancelledError):
            self.errors.append((exc, context))

    def status(self, text: str) -> None:
        self.messages.append(text)

    def refreshed(self) -> None:
        self.refreshes += 1


FAST_RETRY = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.02, max_elapsed=1.0)


@pytest.fixture
def services_factory(qrun, network, app_paths, app_settings):
    made: list[Services] = []

    def make(client_id: str = "sandbox-rw", sink: Any = None, gate: ScopeGate | None = None,
             timeout: float = 8.0) -> Services:
        profile = Profile(name=f"Test {client_id}", base_url="http://127.0.0.1:9", client_id=client_id,
                          id=f"test-{client_id}")
        monitor = ConnectionMonitor(first_pause=0.02, max_pause=0.05)
        transport = ObservingTransport(network, monitor, profile.base_url)
        monitor.probe = transport.probe
        client = NomosClient(base_url=profile.base_url, client_id=client_id,
                             secret_provider=lambda: "sandbox", transport=transport, retry=FAST_RETRY,
                             timeout=timeout)
        qrun(client.authenticate())
        gate = gate or ScopeGate()
        gate.set_scopes(client.scopes)
        sink = sink or RecordingSink()
        tasks = TaskRunner(connection=monitor)
        services = Services(client=client, gate=gate, tasks=tasks, profile=profile,
                            data_dir=app_paths.profile_dir(profile.id), settings=app_settings,
                            connection=monitor, sink=sink, write_patience=0.3)
        tasks.set_error_sink(services.report_error)
        transport.on_data = services.refreshed
        made.append(services)
        return services

    yield make
    for services in made:
        qrun(services.close())
