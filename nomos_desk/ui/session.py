"""The app's life: sign in (or start the demo), run a session, switch, sign out, quit.

One coroutine, `AppController.run()`, spans the whole process on the qasync loop.
Sessions come and go inside it; quitting ends the current session (cancel its tasks
with a short bound, close the HTTP client), stops the sandbox child and returns.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any

import httpx
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from nomos_desk.api import BACKGROUND_RETRY, INTERACTIVE_RETRY, NomosClient, RetryNotice
from nomos_desk.domain.redaction import RedactingFilter
from nomos_desk.ui.connection import ConnectionMonitor, ObservingTransport
from nomos_desk.ui.demo import (
    FLAKY,
    FULL_CLIENT,
    NO_FAULTS,
    SANDBOX_SECRET,
    SandboxProcess,
    demo_profile,
    set_fault_mix,
)
from nomos_desk.ui.errors import retrying_text
from nomos_desk.ui.gating import ScopeGate
from nomos_desk.ui.i18n import Translations
from nomos_desk.ui.main_window import MainWindow
from nomos_desk.ui.network import transport_from
from nomos_desk.ui.profiles import AppPaths, Profile, ProfileStore, SecretStore
from nomos_desk.ui.registry import Registry, default_registry
from nomos_desk.ui.services import Services
from nomos_desk.ui.settings import NETWORK, AppSettings
from nomos_desk.ui.settings_dialog import SettingsDialog
from nomos_desk.ui.signin import SignInDialog
from nomos_desk.ui.tasks import TaskRunner, open_dialog

log = logging.getLogger(__name__)

TransportFactory = Callable[[Profile], httpx.AsyncBaseTransport]
PROFILE_CHANGE = "profile-change"
FAULTS_TASK = "sandbox-faults"


def token_values(client: NomosClient) -> tuple[str, ...]:
    token = client.token
    if token is None:
        return ()
    return (token.access_token,) + ((token.refresh_token,) if token.refresh_token else ())


class Connected:
    """A client with a token plus the monitor watching its transport."""

    def __init__(self, profile: Profile, client: NomosClient, monitor: ConnectionMonitor,
                 transport: ObservingTransport) -> None:
        self.profile = profile
        self.client = client
        self.monitor = monitor
        self.transport = transport


class AppController(QObject):
    session_started = Signal()  # a session runs and its window shows (links wait for it)

    def __init__(
        self,
        paths: AppPaths,
        settings: AppSettings,
        *,
        sandbox: SandboxProcess | None = None,
        registry: Registry | None = None,
        translations: Translations | None = None,
        transport_factory: TransportFactory | None = None,
        on_window_ready: Callable[[MainWindow], None] | None = None,
        redaction: RedactingFilter | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings
        self.sandbox = sandbox
        self.registry = registry
        self.translations = translations
        # The app's own work outside any session: sign-in attempts, profile changes.
        self.tasks = TaskRunner()
        # Proxy and CA from the settings, read at each sign-in (ui/network.py).
        self.transport_factory = transport_factory or (lambda profile: transport_from(settings))
        self.on_window_ready = on_window_ready
        # The log's redaction learns each connection's secret and tokens (they have no
        # shape a pattern could find) for as long as the connection lives.
        self.redaction = redaction
        self.profiles = ProfileStore(paths)
        self.secrets = SecretStore()
        self.window: MainWindow | None = None
        self.services: Services | None = None
        self.dialog: SignInDialog | None = None
        self.gate = ScopeGate()
        self.flaky = False  # the demo sandbox's fault mix is the "flaky" preset
        self._quit = asyncio.Event()
        self._startup: asyncio.Future[bool] | None = None

    @property
    def demo(self) -> bool:
        return self.sandbox is not None

    @property
    def main_window(self) -> MainWindow:
        """The window of a started session (profile changes only run once it exists)."""
        assert self.window is not None
        return self.window

    # -- the whole run --------------------------------------------------------------
    async def run(self) -> int:
        self._startup = self.tasks.run("startup", self._start_up(), report=False)
        try:
            try:
                started = await self._startup
            except asyncio.CancelledError:
                if not self._quit.is_set():
                    raise
                started = False  # quit (window manager, Ctrl+C) while starting up
            if started:
                await self._quit.wait()
        finally:
            await self.shutdown()
        return 0

    async def _start_up(self) -> bool:
        if self.sandbox is not None:
            base_url = await self.sandbox.start()
            await self.start_session(await self.connect_profile(demo_profile(base_url, FULL_CLIENT), SANDBOX_SECRET))
            return True
        return await self.sign_in()

    def request_quit(self) -> None:
        self._quit.set()
        if self._startup is not None and not self._startup.done():
            self._startup.cancel()
        if self.dialog is not None:
            self.dialog.reject()  # a sign-in shown for a switch or after sign-out

    async def shutdown(self) -> None:
        started = time.monotonic()
        self.tasks.cancel(PROFILE_CHANGE)  # a profile change half-way: the app is ending anyway
        if self.window is not None and self.window.isVisible():
            self.window.closed.disconnect(self.request_quit)
            self.window.close()  # saves geometry and tabs
        await self.end_session()
        log.debug("session ended after %.3f s", time.monotonic() - started)
        if self.sandbox is not None:
            self.sandbox.stop()
            log.debug("sandbox stopped after %.3f s", time.monotonic() - started)

    # -- connecting -----------------------------------------------------------------
    async def connect_profile(self, profile: Profile, secret: str) -> Connected:
        """Build a client for `profile` and get a token; raises what Nomos answered."""
        monitor = ConnectionMonitor()
        transport = ObservingTransport(self.transport_factory(profile), monitor, profile.base_url,
                                       on_data=self._refreshed)
        monitor.probe = transport.probe
        client = NomosClient(
            base_url=profile.base_url, client_id=profile.client_id,
            secret_provider=lambda: secret, api_version=profile.api_version,
            transport=transport, timeout=float(self.settings.value("request_timeout_seconds")),
            retry=replace(INTERACTIVE_RETRY, on_retry=self._retrying),
            background_retry=replace(BACKGROUND_RETRY, on_retry=self._retrying),
        )
        if self.redaction is not None:
            self.redaction.watch(client, lambda c: (secret, *token_values(c)))
        try:
            await client.authenticate()
        except BaseException:
            await client.aclose()
            monitor.close()
            if self.redaction is not None:
                self.redaction.forget(client)
            raise
        return Connected(profile, client, monitor, transport)

    def _retrying(self, notice: RetryNotice) -> None:
        # Every screen waits on the same client: one line in the status bar says why.
        if self.window is not None:
            self.window.status(retrying_text(notice.cause, notice.delay))

    def _refreshed(self) -> None:
        if self.window is not None:
            self.window.refreshed()

    async def sign_in(self, preselect: str | None = None) -> bool:
        """Show the sign-in dialog; True once a session runs, False when cancelled."""
        self.dialog = SignInDialog(self.profiles, self.secrets, self.connect_profile, self.tasks,
                                   self.window if self.window is not None
                                   and self.window.isVisible() else None,
                                   preselect=preselect, demo_url=self._demo_url(),
                                   network_settings=self.network_settings)
        try:
            result = await open_dialog(self.dialog)
            if result != QDialog.DialogCode.Accepted:
                return False
            await self.start_session(self.dialog.result_value)
            return True
        finally:
            self.dialog.deleteLater()
            self.dialog = None

    # -- sessions ---------------------------------------------------------------------
    async def start_session(self, connected: Connected) -> Services:
        profile, client = connected.profile, connected.client
        tasks = TaskRunner(connection=connected.monitor)
        self.gate.set_scopes(client.scopes)
        if self.window is None:
            self.window = MainWindow(self.settings, self.registry or default_registry(),
                                     demo=self.demo, tasks=self.tasks,
                                     translations=self.translations, profiles=self.profiles)
            self.window.closed.connect(self.request_quit)
            self.window.sign_out_requested.connect(lambda: self._start(self.sign_out()))
            self.window.switch_profile_requested.connect(lambda: self._start(self.switch_profile()))
            self.window.reconnect_requested.connect(lambda cid: self._start(self.reconnect(cid)))
            self.window.flaky_network_requested.connect(self.switch_flaky_network)
        services = Services(
            client=client, gate=self.gate, tasks=tasks, profile=profile,
            data_dir=self.paths.profile_dir(profile.id), settings=self.settings,
            connection=connected.monitor, sink=self.window,
            tab_kinds=self.window.registry.tab_kinds,
        )
        tasks.set_error_sink(services.report_error)
        self.services = services
        self.window.set_session(services)
        self._show_flaky()
        self.window.show()
        self.window.raise_()
        ready, window = self.on_window_ready, self.window
        if ready is not None:
            QTimer.singleShot(0, lambda: ready(window))
        self.session_started.emit()
        return services

    async def end_session(self, *, wipe: bool = False) -> None:
        services, self.services = self.services, None
        if services is None:
            return
        # Cancel and await the session's work while its views still exist: a task's
        # cancellation handler may still touch its widget.
        await services.tasks.shutdown(timeout=1.5)
        if self.window is not None:
            self.window.clear_session()
            if wipe:
                self.window.forget_tabs(services.profile.id)
        await services.close(wipe=wipe)
        if self.redaction is not None:
            self.redaction.forget(services.client)
        if wipe:
            self.paths.wipe_profile(services.profile.id)

    def _start(self, coro: Coroutine[Any, Any, None]) -> None:
        # One profile change at a time; a second click while one runs is ignored.
        if self.tasks.is_running(PROFILE_CHANGE):
            coro.close()
            return
        self.tasks.run(PROFILE_CHANGE, coro, context=self.tr("Changing the connection"))

    async def sign_out(self) -> None:
        """Forget the token, wipe the profile's local data, back to sign-in."""
        profile_id = self.services.profile.id if self.services else None
        await self.end_session(wipe=True)
        self.main_window.hide()
        if not await self.sign_in(preselect=profile_id):
            self.request_quit()

    async def switch_profile(self) -> None:
        current = self.services.profile.id if self.services else None
        self.main_window.hide()
        previous = self.services
        # The old session keeps running behind the dialog so Cancel can return to it.
        dialog = SignInDialog(self.profiles, self.secrets, self.connect_profile, self.tasks, None,
                              preselect=current, demo_url=self._demo_url(),
                              network_settings=self.network_settings)
        self.dialog = dialog
        try:
            if await open_dialog(dialog) != QDialog.DialogCode.Accepted:
                self.main_window.show()
                return
            if previous is not None:
                await self.end_session()
            await self.start_session(dialog.result_value)
        finally:
            dialog.deleteLater()
            self.dialog = None

    async def reconnect(self, client_id: str) -> None:
        """Demo: same sandbox, other client. The session is rebuilt (views may hold the
        client), under the same profile id, so the same index and tabs come back and
        every registered write action follows the new token's scope."""
        services = self.services
        if services is None or not self.demo:
            return
        connected = await self.connect_profile(demo_profile(services.profile.base_url, client_id), SANDBOX_SECRET)
        await self.end_session()
        await self.start_session(connected)

    def network_settings(self, parent: QWidget) -> SettingsDialog:
        """The settings' Network page over the sign-in: a proxy or CA must be set before
        the first sign-in can succeed."""
        dialog = SettingsDialog(self.settings, parent, page=NETWORK)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- the demo's flaky network --------------------------------------------------------
    def switch_flaky_network(self, on: bool) -> None:
        """Sandbox ▸ Flaky network: the demo sandbox's fault mix to "flaky" or back off."""
        self.tasks.run(FAULTS_TASK, self._switch_faults(on), report=False)

    async def _switch_faults(self, on: bool) -> None:
        base_url = self._demo_url()
        if base_url is None:
            return
        try:
            mix = await set_fault_mix(base_url, {"preset": FLAKY if on else NO_FAULTS},
                                      self.transport_factory(demo_profile(base_url)))
        except httpx.HTTPError as exc:
            log.warning("switching the sandbox's faults failed: %r", exc)
            if self.window is not None:
                self.window.report_error(exc, self.tr("Switching the flaky network"))
        else:
            self.flaky = mix.get("preset") == FLAKY
        self._show_flaky()

    def _show_flaky(self) -> None:
        """The badge and the menu's tick follow the sandbox, for a session on the sandbox."""
        if self.window is None:
            return
        on_demo = self.services is not None and self.services.profile.base_url == self._demo_url()
        self.window.show_flaky_network(self.flaky and on_demo)

    def _demo_url(self) -> str | None:
        """The running demo sandbox, so the sign-in can lead back to it after a sign-out."""
        return self.sandbox.base_url if self.sandbox is not None else None
