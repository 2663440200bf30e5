"""The frame every feature lives in: navigation, workspace tabs, banners, menus.

Views are built by factories handed in with the session (SearchView and
SubscriptionWorkspace in the app, small test widgets in tests), so the window knows
nothing about what a view shows; it only routes open requests, F5 and Ctrl+K, and
remembers geometry and open tabs per profile.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
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
from nomos_desk.ui.errors import describe
from nomos_desk.ui.menus import MenuBarMixin
from nomos_desk.ui.services import Services
from nomos_desk.ui.settings import AppSettings, SettingsDialog
from nomos_desk.ui.statusbar import StatusBar, badge
from nomos_desk.ui.theme import apply_theme, icon

SearchFactory = Callable[[Services], QWidget]
WorkspaceFactory = Callable[[Services, str], QWidget]

SEARCH, SUBSCRIPTIONS = "search", "subscriptions"


def _tab_text(title: str) -> str:
    # Tab labels treat "&" as a mnemonic marker ("GmbH & Co. KG" would lose its "&").
    return title.replace("&", "&&")


class MainWindow(MenuBarMixin, QMainWindow):
    sign_out_requested = Signal()
    switch_profile_requested = Signal()
    reconnect_requested = Signal(str)  # sandbox client id (demo only)
    closed = Signal()

    def __init__(self, settings: AppSettings, *, demo: bool = False) -> None:
        super().__init__()
        self.settings = settings
        self.demo = demo
        self.services: Services | None = None
        self.search_view: QWidget | None = None
        self._workspace_factory: WorkspaceFactory | None = None
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
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.stack.addWidget(self.tabs)
        self._nav_items: dict[str, QListWidgetItem] = {}
        self._pages: dict[str, QWidget] = {SUBSCRIPTIONS: self.tabs}

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
        self.sandbox_badge.setToolTip("Demo data from a local sandbox server: nothing here is real")
        self.sandbox_badge.setVisible(demo)
        self._build_menus()
        self.menuBar().setCornerWidget(self.sandbox_badge, Qt.Corner.TopRightCorner)
        self.resize(1280, 800)
        geometry = settings.qsettings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        settings.changed.connect(self._setting_changed)

    # -- session ----------------------------------------------------------------
    def set_session(self, services: Services, search_factory: SearchFactory,
                    workspace_factory: WorkspaceFactory) -> None:
        """Build the views for a signed-in session and reopen that profile's tabs."""
        self.clear_session()
        self.services = services
        self._workspace_factory = workspace_factory
        self.search_view = search_factory(services)
        self._add_page(SEARCH, "Search", "search", self.search_view, index=0)
        self._apply_sync_interval()
        open_requested = getattr(self.search_view, "open_requested", None)
        if open_requested is not None:
            open_requested.connect(self.open_item)
        self._show_identity()
        services.gate.changed.connect(self._show_identity)
        services.connection.state_changed.connect(self._connection_changed)
        self._connection_changed(services.connection.state)
        for sub_id in self._saved_tabs():
            self.open_workspace(sub_id, focus=False)
        self.show_page(SEARCH)
        # Signed in, the first thing anyone does is type a name: the cursor waits in the
        # query (before, typing went nowhere until one clicked into the field).
        self.focus_search()

    def set_connection_monitor(self, old: object, new: object) -> None:
        try:
            old.state_changed.disconnect(self._connection_changed)
        except (RuntimeError, TypeError):
            pass
        new.state_changed.connect(self._connection_changed)
        self._connection_changed(new.state)

    def update_identity(self) -> None:
        """After a reconnect under the same profile (demo: read-only <-> full access)."""
        self._show_identity()

    def clear_session(self) -> None:
        while self.tabs.count():
            self._remove_tab(0, remember=False)
        if self.search_view is not None:
            self._remove_page(SEARCH)
            self.search_view.close()
            self.search_view.deleteLater()
            self.search_view = None
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
        suffix = "" if gate.can_write else " (read-only)"
        sandbox = " — SANDBOX" if self.demo else ""
        self.setWindowTitle(f"Nomos Desk — {profile.name}{suffix}{sandbox}")
        self.read_only_action.setEnabled(gate.can_write)
        self.full_access_action.setEnabled(not gate.can_write)

    # -- pages and tabs ---------------------------------------------------------
    def _add_page(self, key: str, title: str, icon_name: str, widget: QWidget, index: int) -> None:
        item = QListWidgetItem(icon(icon_name), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.insertItem(index, item)
        self._nav_items[key] = item
        self._pages[key] = widget
        self.stack.addWidget(widget)

    def _remove_page(self, key: str) -> None:
        item = self._nav_items.pop(key, None)
        if item is not None:
            self.nav.takeItem(self.nav.row(item))
        widget = self._pages.pop(key, None)
        if widget is not None:
            self.stack.removeWidget(widget)

    def show_page(self, key: str) -> None:
        item = self._nav_items.get(key)
        if item is not None:
            self.nav.setCurrentItem(item)
            self.stack.setCurrentWidget(self._pages[key])

    def current_page(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            self.stack.setCurrentWidget(self._pages[item.data(Qt.ItemDataRole.UserRole)])

    def _sync_subscriptions_entry(self) -> None:
        # The workspace page only exists while a workspace is open: no empty screens.
        if self.tabs.count() and SUBSCRIPTIONS not in self._nav_items:
            item = QListWidgetItem(icon("subscription"), "Subscriptions")
            item.setData(Qt.ItemDataRole.UserRole, SUBSCRIPTIONS)
            self.nav.addItem(item)
            self._nav_items[SUBSCRIPTIONS] = item
        elif not self.tabs.count() and SUBSCRIPTIONS in self._nav_items:
            was_current = self.current_page() == SUBSCRIPTIONS
            self.nav.takeItem(self.nav.row(self._nav_items.pop(SUBSCRIPTIONS)))
            if was_current or self.current_page() is None:
                self.show_page(SEARCH)
        item = self._nav_items.get(SUBSCRIPTIONS)
        if item is not None:
            item.setText(f"Subscriptions ({self.tabs.count()})")

    def open_item(self, kind: str, item_id: str) -> None:
        if kind == "subscription":
            self.open_workspace(item_id)
        else:
            self.status_bar.showMessage(f"There is no workspace for {kind} records yet", 5000)

    def open_workspace(self, subscription_id: str, *, focus: bool = True) -> QWidget | None:
        if self.services is None or self._workspace_factory is None:
            return None
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).property("subscription_id") == subscription_id:
                if focus:
                    self.tabs.setCurrentIndex(index)
                    self.show_page(SUBSCRIPTIONS)
                return self.tabs.widget(index)
        widget = self._workspace_factory(self.services, subscription_id)
        widget.setProperty("subscription_id", subscription_id)
        index = self.tabs.addTab(widget, _tab_text(widget.windowTitle() or subscription_id))
        self.tabs.setTabToolTip(index, subscription_id)
        widget.windowTitleChanged.connect(lambda title, w=widget: self._retitle(w, title))
        for name, slot in (("title_changed", lambda title, w=widget: self._retitle(w, title)),
                           ("open_requested", self.open_item)):
            signal = getattr(widget, name, None)
            if signal is not None:  # a workspace may open siblings and name itself once loaded
                signal.connect(slot)
        self._sync_subscriptions_entry()
        if focus:
            self.tabs.setCurrentIndex(index)
            self.show_page(SUBSCRIPTIONS)
        self._save_tabs()
        return widget

    def _retitle(self, widget: QWidget, title: str) -> None:
        index = self.tabs.indexOf(widget)
        if index >= 0 and title:
            self.tabs.setTabText(index, _tab_text(title))
            self.tabs.setTabToolTip(index, title)

    def open_subscription_ids(self) -> list[str]:
        return [self.tabs.widget(i).property("subscription_id") for i in range(self.tabs.count())]

    def close_tab(self, index: int) -> None:
        self._remove_tab(index, remember=True)

    def _remove_tab(self, index: int, *, remember: bool) -> None:
        widget = self.tabs.widget(index)
        if widget is None:
            return
        self.tabs.removeTab(index)
        widget.close()  # the workspace's closeEvent cancels its own tasks
        # No deleteLater: cancelled tasks still run their handlers on this widget; once
        # they are done nothing references it and Python deletes it.
        widget.setParent(None)
        self._sync_subscriptions_entry()
        if remember:
            self._save_tabs()

    def close_current_tab(self) -> None:
        if self.current_page() == SUBSCRIPTIONS and self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.show_page(SUBSCRIPTIONS)
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def current_view(self) -> QWidget | None:
        if self.current_page() == SUBSCRIPTIONS:
            return self.tabs.currentWidget()
        return self.search_view

    def focus_search(self) -> None:
        if self.search_view is None:
            return
        self.show_page(SEARCH)
        focus = getattr(self.search_view, "focus_search", None)
        query = getattr(self.search_view, "query", None)
        if callable(focus):
            focus()
        elif isinstance(query, QLineEdit):
            query.setFocus(Qt.FocusReason.ShortcutFocusReason)
            query.selectAll()  # Ctrl+K then typing replaces the last query
        else:
            self.search_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        view = self.current_view()
        refresh = getattr(view, "refresh", None)
        if callable(refresh):
            refresh()
            self.status_bar.showMessage("Refreshing…", 2000)

    def _tabs_key(self) -> str | None:
        return f"tabs/{self.services.profile.id}" if self.services is not None else None

    def _saved_tabs(self) -> list[str]:
        key = self._tabs_key()
        value = self.settings.qsettings.value(key, []) if key else []
        if isinstance(value, str):  # QSettings INI turns a one-element list into a string
            value = [value]
        return [v for v in value or [] if isinstance(v, str) and v]

    def _save_tabs(self) -> None:
        key = self._tabs_key()
        if key:
            self.settings.qsettings.setValue(key, self.open_subscription_ids())

    def forget_tabs(self, profile_id: str) -> None:
        self.settings.qsettings.remove(f"tabs/{profile_id}")

    # -- errors and status (the UiSink of Services) --------------------------------
    def report_error(self, exc: BaseException, context: str) -> None:
        if isinstance(exc, asyncio.CancelledError):
            return
        if isinstance(exc, E.TransportError) and self.services is not None:
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
            self.offline_banner.show_info(describe(E.ConnectionLost("offline")), action="Retry now")
        elif self.offline_banner.isVisibleTo(self):
            self.offline_banner.hide()
            self.status_bar.showMessage("Connection to Nomos is back", 4000)
            # Reads parked with run_read resume by themselves; views that showed a failed
            # load instead get one refresh (the search view and what is on screen).
            for view in {self.search_view, self.current_view()} - {None}:
                refresh = getattr(view, "refresh", None)
                if callable(refresh):
                    refresh()

    def _retry_now(self) -> None:
        if self.services is not None:
            self.services.connection.probe_now()

    # -- dialogs ----------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _setting_changed(self, key: str) -> None:
        if key == "theme":
            apply_theme(QApplication.instance(), self.settings.value("theme"))
        elif key == "sync_interval_minutes":
            self._apply_sync_interval()

    def _apply_sync_interval(self) -> None:
        # The search view's background sync runs on its own QTimer; the frame owns the
        # setting, so it sets the interval here (and again whenever the setting changes).
        timer = getattr(getattr(self.search_view, "sync", None), "timer", None)
        if isinstance(timer, QTimer):
            timer.setInterval(int(self.settings.value("sync_interval_minutes")) * 60_000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.qsettings.setValue("window/geometry", self.saveGeometry())
        self._save_tabs()
        self.settings.qsettings.sync()
        event.accept()
        self.closed.emit()
