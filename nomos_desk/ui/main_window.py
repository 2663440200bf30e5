"""The frame every feature lives in: navigation, record tabs, banners, menus.

What it shows comes from the registry (pages and record tabs by kind), so the
window knows nothing about what a view shows: it builds pages when a session
starts, routes every `open(kind, id)` to its tab (reusing an open one), forwards
F5 and Ctrl+K through the view protocol, and remembers geometry and open tabs per
profile.
"""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api import errors as E
from nomos_desk.ui.banner import Banner
from nomos_desk.ui.connection import OFFLINE
from nomos_desk.ui.errors import ErrorInfo, Severity, describe
from nomos_desk.ui.i18n import Translations
from nomos_desk.ui.menus import Menus
from nomos_desk.ui.profiles import ProfileStore
from nomos_desk.ui.registry import SEARCH, Registry
from nomos_desk.ui.search.jump import kind_label
from nomos_desk.ui.services import Services
from nomos_desk.ui.settings import AppSettings
from nomos_desk.ui.settings_dialog import SettingsDialog
from nomos_desk.ui.statusbar import StatusBar, badge
from nomos_desk.ui.tasks import TaskRunner
from nomos_desk.ui.theme import apply_theme, icon
from nomos_desk.ui.views import View

TABS = "tabs"  # the navigation entry of the record tabs


def _tab_text(title: str) -> str:
    # Tab labels treat "&" as a mnemonic marker ("GmbH & Co. KG" would lose its "&").
    return title.replace("&", "&&")


def tab_key(kind: str, record_id: str) -> str:
    return f"{kind}:{record_id}"


def delete_when_settled(widget: QWidget) -> None:
    """Delete a closed tab once the work its closing cancelled has wound down (a cancelled
    task's handler may still touch it). Python's collector alone never frees it: Qt holds
    the slots of its signals, and a lambda among them that refers back to the view (a
    section's "Try again", the tab's title) keeps the view alive unseen."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # no loop, so no task can still be winding down
        widget.deleteLater()
        return
    waiting = {task for task in asyncio.all_tasks() if task.cancelling()}

    def settled(task: asyncio.Task[object]) -> None:
        waiting.discard(task)
        if not waiting and shiboken6.isValid(widget):
            widget.deleteLater()

    if not waiting:
        widget.deleteLater()
    for task in list(waiting):
        task.add_done_callback(settled)


def parse_tab_key(value: str) -> tuple[str, str] | None:
    kind, sep, record_id = value.partition(":")
    if not sep:  # saved before tabs had kinds: a bare subscription id
        return ("subscription", value) if value else None
    return (kind, record_id) if kind and record_id else None


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    switch_profile_requested = Signal()
    reconnect_requested = Signal(str)  # sandbox client id (demo only)
    flaky_network_requested = Signal(bool)  # the demo sandbox's fault mix on or off
    closed = Signal()

    def __init__(self, settings: AppSettings, registry: Registry, *, demo: bool = False,
                 tasks: TaskRunner | None = None,
                 translations: Translations | None = None,
                 profiles: ProfileStore | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.profiles = profiles
        self.registry = registry
        self.translations = translations
        self.demo = demo
        # The app's own work outside any session (confirmations from the menus).
        self.tasks = tasks or TaskRunner()
        self.services: Services | None = None
        self.pages: dict[str, View] = {}
        self.flaky_network = False  # the demo sandbox answers with faults on purpose
        self.setWindowTitle("Nomos Desk")
        self.setWindowIcon(icon("nomos-desk"))
        self.setObjectName("MainWindow")

        self.offline_banner = Banner(self, closable=False)
        self.offline_banner.setObjectName("Banner")
        self.offline_banner.action_triggered.connect(self._retry_now)
        self.error_banner = Banner(self)

        self.nav = QListWidget(self)
        self.nav.setObjectName("Navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(200)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.stack = QStackedWidget(self)
        self.tabs = QTabWidget(self)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.tabBar().tabMoved.connect(lambda *_: self._save_tabs())
        self.stack.addWidget(self.tabs)
        self._nav_items: dict[str, QListWidgetItem] = {}

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 0)
        outer.addWidget(self.offline_banner)
        outer.addWidget(self.error_banner)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.status_bar = StatusBar(self)
        self.setStatusBar(self.status_bar)
        self.sandbox_badge = badge("SANDBOX", "#e07b00", parent=self)
        self.sandbox_badge.setToolTip(
            self.tr("Demo data from a local sandbox server: nothing here is real"))
        self.sandbox_badge.setVisible(demo)
        self.menus = Menus(self)
        self.menuBar().setCornerWidget(self.sandbox_badge, Qt.Corner.TopRightCorner)
        self.resize(1280, 800)
        geometry = settings.qsettings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        settings.changed.connect(self._setting_changed)

    # -- session ----------------------------------------------------------------
    def set_session(self, services: Services) -> None:
        """Build the pages for a signed-in session and reopen that profile's tabs."""
        self.clear_session()
        self.services = services
        for page in self.registry.pages():
            view = page.factory(services)
            view.open_requested.connect(self.open)
            self.pages[page.key] = view
            title = QCoreApplication.translate("Pages", page.title)
            item = QListWidgetItem(icon(page.icon), title)
            item.setToolTip(title)  # the navigation is narrow: long titles are elided
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.nav.addItem(item)
            self._nav_items[page.key] = item
            self.stack.addWidget(view)
        self._show_identity()
        services.gate.changed.connect(self._show_identity)
        services.connection.state_changed.connect(self._connection_changed)
        self._connection_changed(services.connection.state)
        for kind, record_id in self._saved_tabs():
            self.open(kind, record_id, focus=False)
        self.show_page(SEARCH)
        # Signed in, the first thing anyone does is type a name: the cursor waits in the
        # query (before, typing went nowhere until one clicked into the field).
        self.focus_search()

    @property
    def search_view(self) -> View | None:
        return self.pages.get(SEARCH)

    def clear_session(self) -> None:
        """Shut every view of the session down and take it off the screen."""
        while self.tabs.count():
            self._remove_tab(0, remember=False)
        for key, view in list(self.pages.items()):
            item = self._nav_items.pop(key, None)
            if item is not None:
                self.nav.takeItem(self.nav.row(item))
            self.stack.removeWidget(view)
            view.close_view()
            view.deleteLater()
        self.pages = {}
        if self.services is not None:
            for signal, slot in ((self.services.gate.changed, self._show_identity),
                                 (self.services.connection.state_changed, self._connection_changed)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self.services = None
        self.error_banner.dismiss()
        self.offline_banner.hide()

    def _show_identity(self) -> None:
        if self.services is None:
            return
        profile, gate = self.services.profile, self.services.gate
        self.status_bar.set_profile(profile)
        self.status_bar.set_scopes(gate.scopes, gate.can_write)
        title = (self.tr("Nomos Desk — %1") if gate.can_write
                 else self.tr("Nomos Desk — %1 (read-only)")).replace("%1", profile.name)
        # The menu-bar badge is invisible under macOS's native menu bar: the title says it.
        self.setWindowTitle(f"{title} — SANDBOX" if self.demo else title)
        self.menus.read_only_action.setEnabled(gate.can_write)
        self.menus.full_access_action.setEnabled(not gate.can_write)

    def show_flaky_network(self, on: bool) -> None:
        """Whether the session's sandbox answers with faults on purpose (menu and badge)."""
        self.flaky_network = on
        self.menus.flaky_action.setChecked(on)  # also takes back a switch that failed
        self.status_bar.set_flaky_network(on)

    # -- pages ------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        item = self._nav_items.get(key)
        if item is not None:
            self.nav.setCurrentItem(item)
            self.stack.setCurrentWidget(self.tabs if key == TABS else self.pages[key])

    def current_page(self) -> str | None:
        item = self.nav.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return key if isinstance(key, str) else None

    def _nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            key = item.data(Qt.ItemDataRole.UserRole)
            self.stack.setCurrentWidget(self.tabs if key == TABS else self.pages[key])

    def _sync_tabs_entry(self) -> None:
        # The tabs' page only exists while a tab is open: no empty screens.
        if self.tabs.count() and TABS not in self._nav_items:
            item = QListWidgetItem(icon("records"), "")
            item.setData(Qt.ItemDataRole.UserRole, TABS)
            self.nav.addItem(item)
            self._nav_items[TABS] = item
        elif not self.tabs.count() and TABS in self._nav_items:
            was_current = self.current_page() == TABS
            self.nav.takeItem(self.nav.row(self._nav_items.pop(TABS)))
            item = None
            if was_current or self.current_page() is None:
                self.show_page(SEARCH)
        item = self._nav_items.get(TABS)
        if item is not None:
            count = self.tabs.count()  # lupdate reads a plural's count only from a plain name
            item.setText(QCoreApplication.translate("MainWindow", "Open records (%n)", "", count))
            item.setToolTip(item.text())

    # -- record tabs ------------------------------------------------------------------
    def open(self, kind: str, record_id: str, *, focus: bool = True) -> View | None:
        """Show a record: its tab (reused when open), or the page of that name."""
        if self.services is None:
            return None
        tab_kind = self.registry.tab_kind(kind)
        if tab_kind is None:
            if kind in self.pages:
                self.show_page(kind)
                return self.pages[kind]
            self.error_banner.show_info(ErrorInfo(
                Severity.INFO, self.tr("The app cannot show %1 records in a tab of their own "
                                       "yet (%2).").replace("%1", kind_label(kind))
                .replace("%2", record_id)))
            return None
        key = tab_key(kind, record_id)
        for index, open_view in enumerate(self.tab_views()):
            if open_view.property("record_key") == key:
                if focus:
                    self.tabs.setCurrentIndex(index)
                    self.show_page(TABS)
                return open_view
        view = tab_kind.factory(self.services, record_id)
        view.setProperty("record_key", key)
        index = self.tabs.addTab(view, icon(tab_kind.icon), _tab_text(view.title() or record_id))
        self.tabs.setTabToolTip(index, record_id)
        view.title_changed.connect(lambda title, v=view: self._retitle(v, title))
        view.open_requested.connect(self.open)
        self._sync_tabs_entry()
        if focus:
            self.tabs.setCurrentIndex(index)
            self.show_page(TABS)
        self._save_tabs()
        return view

    def _retitle(self, view: View, title: str) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0 and title:
            self.tabs.setTabText(index, _tab_text(title))
            self.tabs.setTabToolTip(index, title)

    def tab_views(self) -> list[View]:
        views = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [v for v in views if isinstance(v, View)]

    def open_tab_keys(self) -> list[str]:
        return [str(v.property("record_key")) for v in self.tab_views()]

    def close_tab(self, index: int) -> None:
        self._remove_tab(index, remember=True)

    def _remove_tab(self, index: int, *, remember: bool) -> None:
        widget = self.tabs.widget(index)
        if widget is None:
            return
        self.tabs.removeTab(index)
        if isinstance(widget, View):
            widget.close_view()  # cancels its own tasks
        widget.setParent(None)
        delete_when_settled(widget)
        self._sync_tabs_entry()
        if remember:
            self._save_tabs()

    def close_current_tab(self) -> None:
        if self.current_page() == TABS and self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.show_page(TABS)
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def current_view(self) -> View | None:
        page = self.current_page()
        widget = self.tabs.currentWidget() if page == TABS else self.pages.get(page or "")
        return widget if isinstance(widget, View) else None

    def focus_search(self) -> None:
        view = self.search_view
        if view is not None:
            self.show_page(SEARCH)
            view.activate()

    def refresh(self) -> None:
        view = self.current_view()
        if view is not None:
            view.refresh()
            self.status_bar.showMessage(self.tr("Refreshing…"), 2000)

    def _tabs_setting(self) -> str | None:
        return f"tabs/{self.services.profile.id}" if self.services is not None else None

    def _saved_tabs(self) -> list[tuple[str, str]]:
        key = self._tabs_setting()
        value = self.settings.qsettings.value(key, []) if key else []
        if isinstance(value, str):  # QSettings INI turns a one-element list into a string
            value = [value]
        values = value if isinstance(value, list) else []
        parsed = (parse_tab_key(v) for v in values if isinstance(v, str))
        return [p for p in parsed if p is not None]

    def _save_tabs(self) -> None:
        key = self._tabs_setting()
        if key:
            self.settings.qsettings.setValue(key, self.open_tab_keys())

    def forget_tabs(self, profile_id: str) -> None:
        self.settings.qsettings.remove(f"tabs/{profile_id}")

    # -- errors and status (the UiSink of Services) --------------------------------
    def report_error(self, exc: BaseException, context: str) -> None:
        if isinstance(exc, asyncio.CancelledError):
            return
        if isinstance(exc, E.TransportError) and not isinstance(exc, E.Timeout) \
                and self.services is not None:
            self.services.connection.report_offline(exc)
            return
        self.error_banner.show_info(describe(exc, context))

    def status(self, text: str) -> None:
        self.status_bar.showMessage(text, 5000)

    def refreshed(self) -> None:
        self.status_bar.mark_refreshed()

    def _connection_changed(self, state: str) -> None:
        self.status_bar.set_connection(state)
        if state == OFFLINE:
            self.offline_banner.show_info(describe(E.ConnectionLost("offline")),
                                          action=self.tr("Retry now"))
        elif self.offline_banner.isVisibleTo(self):
            self.offline_banner.hide()
            self.status_bar.showMessage(self.tr("Connection to Nomos is back"), 4000)
            # Reads parked with run_read resume by themselves; views that showed a failed
            # load instead get one refresh (the search page and what is on screen).
            for view in {self.search_view, self.current_view()} - {None}:
                assert view is not None
                view.refresh()

    def _retry_now(self) -> None:
        if self.services is not None:
            self.services.connection.probe_now()

    # -- dialogs ----------------------------------------------------------------
    def open_settings(self, page: str | None = None) -> SettingsDialog:
        services = self.services
        dialog = SettingsDialog(
            self.settings, self, caches=services.caches if services else None,
            profile=services.profile if services else None,
            profiles=self.profiles.all() if self.profiles is not None else None,
            manage_profiles=self.switch_profile_requested.emit, page=page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _setting_changed(self, key: str) -> None:
        if key == "theme":
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            apply_theme(app, self.settings.value("theme"))
        elif key == "language" and self.translations is not None:
            self.translations.apply(self.settings.value("language"))
            self.retranslate()

    def retranslate(self) -> None:
        """Show everything in the language just chosen: menus and status bar are rebuilt,
        and the session's pages and tabs are built anew (forms keep their drafts)."""
        self.menus.remove()
        self.menus = Menus(self)
        self.sandbox_badge.setToolTip(
            self.tr("Demo data from a local sandbox server: nothing here is real"))
        self.status_bar.retranslate()
        services = self.services
        if services is None:
            return
        page, tab = self.current_page(), self.tabs.currentIndex()
        self._save_tabs()
        self.clear_session()
        self.set_session(services)
        if page == TABS and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        if page is not None:
            self.show_page(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.qsettings.setValue("window/geometry", self.saveGeometry())
        self._save_tabs()
        self.settings.qsettings.sync()
        event.accept()
        self.closed.emit()
