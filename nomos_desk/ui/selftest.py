"""`nomos-desk --self-test`: prove that an installation works, then exit 0 (or 1).

Run by packaging/build_linux.py against the fresh bundle, and usable by IT after an
install. The app starts the demo sandbox in a throw-away home and signs in as usual;
then this opens every page and every record-tab kind of the registry (with real ids
taken from the sandbox), waits for each to finish loading and fails on any error it
logged, any section that shows an error and any unexpected exception. It also checks
what a bundle can lose on the way: icons, catalogues, licence metadata, the keyring
backend of the OS, QtPdf and pyqtgraph.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QDialog

from nomos_desk.ui.about import AboutDialog, components
from nomos_desk.ui.i18n import load_catalogue
from nomos_desk.ui.logs import installed
from nomos_desk.ui.main_window import MainWindow
from nomos_desk.ui.record.tab import RecordTab
from nomos_desk.ui.services import Services
from nomos_desk.ui.theme import icon
from nomos_desk.ui.views import View

log = logging.getLogger(__name__)

SETTLE_TIMEOUT = 90.0
QUIET_FOR = 0.5
# Work that may run on in the background while a screen counts as loaded.
BACKGROUND = ("sync", "probe")
KEYRING_BACKENDS = {"linux": ("keyring.backends.SecretService", "secretstorage", "jeepney"),
                    "darwin": ("keyring.backends.macOS",),
                    "win32": ("keyring.backends.Windows", "win32ctypes.core")}
MODULES = ("PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtSvg", "pyqtgraph", "numpy")


class SelfTestFailed(Exception):
    pass


class SelfTest:
    def __init__(self, out: Callable[[str], None] = print) -> None:
        self.out = out
        self.failures: list[str] = []
        self._errors_seen = 0

    @property
    def status(self) -> int:
        return 1 if self.failures else 0

    def say(self, line: str) -> None:
        # Also into the log file: a windowed Windows build has no console to print to.
        log.info("%s", line)
        self.out(line)

    def check(self, what: str, problem: str | None) -> None:
        if problem is None:
            self.say(f"self-test ok: {what}")
        else:
            self.failures.append(f"{what}: {problem}")
            self.say(f"self-test FAILED: {what}: {problem}")

    async def run(self, window: MainWindow) -> int:
        started = time.monotonic()
        services = window.services
        if services is None:
            self.check("sign-in", "no session after start-up")
            return self.status
        self.check(f"sign-in to the demo sandbox as {services.profile.client_id}", None)
        self._new_errors()  # what start-up logged is judged with the first screen
        self._installation(window)
        for page in window.registry.pages():
            await self._page(window, services, page.key)
        for kind in sorted(window.registry.tab_kinds):
            await self._tab(window, services, kind)
        self._dialogs(window)
        self.say(f"self-test: {'FAILED' if self.failures else 'passed'} in "
                 f"{time.monotonic() - started:.1f} s ({len(self.failures)} failure(s))")
        return self.status

    # -- what a bundle must carry ---------------------------------------------------------
    def _installation(self, window: MainWindow) -> None:
        names = ["nomos-desk", "records", *(p.icon for p in window.registry.pages())]
        names += [kind.icon for kind in map(window.registry.tab_kind, window.registry.tab_kinds)
                  if kind is not None]
        broken = sorted({n for n in names if icon(n).pixmap(48, 48).isNull()})
        self.check("icons render (SVG icon engine)", f"no pixmap for {broken}" if broken else None)
        missing = [code for code in ("de", "en") if load_catalogue(code) is None]
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        missing += [f"qtbase_{code}" for code in ("de", "en")
                    if not QTranslator().load(f"qtbase_{code}", qt_dir)]
        self.check("translations de, en (the app's and Qt's)",
                   f"missing {missing}" if missing else None)
        found = components()
        self.check(f"licence metadata of {len(found)} components",
                   None if len(found) > 5 else "the distributions' metadata is missing")
        for name in (*KEYRING_BACKENDS.get(sys.platform, ()), *MODULES):
            try:
                importlib.import_module(name)
            except Exception as exc:
                self.check(f"import {name}", f"{type(exc).__name__}: {exc}")
            else:
                self.check(f"import {name}", None)

    # -- screens --------------------------------------------------------------------------
    async def _page(self, window: MainWindow, services: Services, key: str) -> None:
        window.show_page(key)
        view = window.pages[key]
        view.refresh()
        busy = await self._settle(services, "")
        self.check(f"page {key}", busy or self._new_errors() or self._view_problem(view))

    async def _tab(self, window: MainWindow, services: Services, kind: str) -> None:
        try:
            record_id = await self._first_id(services, kind)
        except SelfTestFailed as exc:
            self.check(f"tab {kind}", str(exc))
            return
        view = window.open(kind, record_id)
        if view is None:
            self.check(f"tab {kind} {record_id}", "the window did not open it")
            return
        busy = await self._settle(services, getattr(view, "task_prefix", ""))
        self.check(f"tab {kind} {record_id}",
                   busy or self._new_errors() or self._view_problem(view))

    async def _first_id(self, services: Services, kind: str) -> str:
        lister = getattr(services.client, f"list_{kind}s", None)
        if lister is None:
            raise SelfTestFailed(f"the client has no list_{kind}s to find a {kind}")
        page = await lister(limit=1).first_page()
        if not page.items or not getattr(page.items[0], "id", None):
            raise SelfTestFailed(f"the demo sandbox has no {kind}")
        return str(page.items[0].id)

    async def _settle(self, services: Services, prefix: str) -> str | None:
        """Until no task of the screen (or, for pages, of the session) has run for a
        moment; background syncs may go on. Says what is still running after the limit."""
        deadline = time.monotonic() + SETTLE_TIMEOUT
        quiet_since: float | None = None
        while time.monotonic() < deadline:
            busy = [n for n in services.tasks.names(prefix)
                    if not any(b in n for b in BACKGROUND)]
            if busy:
                quiet_since = None
            elif quiet_since is None:
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since >= QUIET_FOR:
                return None
            await asyncio.sleep(0.05)
        return f"still loading after {SETTLE_TIMEOUT:.0f} s: {services.tasks.names(prefix)}"

    def _view_problem(self, view: View) -> str | None:
        if isinstance(view, RecordTab):
            failed = [k for k, section in view.sections.items() if section.state == "error"]
            if failed:
                return f"sections failed: {failed}"
        return None

    def _new_errors(self) -> str | None:
        logs = installed()
        if logs is None:
            return None
        fresh = logs.recent.since(self._errors_seen)
        self._errors_seen = logs.recent.total
        return "; ".join(f"{e.source}: {e.message}" for e in fresh) or None

    def _dialogs(self, window: MainWindow) -> None:
        dialogs: list[QDialog] = [window.open_settings(), AboutDialog(window)]
        for dialog in dialogs:
            dialog.show()
            dialog.grab()  # renders every widget once
            dialog.close()
            self.check(f"dialog {type(dialog).__name__}", self._new_errors())
