"""The menu bar and its shortcuts, kept apart from the window's layout and routing.

Every action is also added to the window itself, so its shortcut works where the
menu bar is native (macOS) or hidden. Standard key sequences are used where Qt has
them, so each platform gets the keys its people expect; Settings, About and Quit carry
their menu roles, so macOS moves them into the application menu (Preferences… ⌘,).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from nomos_desk.ui import help_menu
from nomos_desk.ui.dialogs import confirm

if TYPE_CHECKING:
    from nomos_desk.ui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str


class Menus(QObject):
    """The window's menus and actions (File, View, Sandbox, Help)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: list[QAction] = []
        bar = window.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.switch_action = self._action(self.tr("Switch profile…"),
                                          window.switch_profile_requested.emit, "Ctrl+Shift+O")
        self.sign_out_action = self._action(self.tr("Sign out…"), self._confirm_sign_out)
        self.settings_action = self._action(self.tr("Settings…"), window.open_settings,
                                            "Ctrl+,", QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.tr("Quit"), window.close,
                                        QKeySequence.StandardKey.Quit, QAction.MenuRole.QuitRole)
        file.addActions([self.switch_action, self.sign_out_action])
        file.addSeparator()
        file.addAction(self.settings_action)
        file.addSeparator()
        file.addAction(self.quit_action)

        view = bar.addMenu(self.tr("&View"))
        self.search_action = self._action(self.tr("Search"), window.focus_search, "Ctrl+K")
        self.refresh_action = self._action(self.tr("Refresh"), window.refresh,
                                           QKeySequence.StandardKey.Refresh)
        self.close_tab_action = self._action(self.tr("Close tab"), window.close_current_tab,
                                             "Ctrl+W")
        self.next_tab_action = self._action(self.tr("Next tab"), lambda: window.step_tab(1),
                                            "Ctrl+PgDown")
        self.prev_tab_action = self._action(self.tr("Previous tab"),
                                            lambda: window.step_tab(-1), "Ctrl+PgUp")
        view.addActions([self.search_action, self.refresh_action])
        view.addSeparator()
        view.addActions([self.close_tab_action, self.next_tab_action, self.prev_tab_action])

        self.sandbox_menu = bar.addMenu(self.tr("&Sandbox"))
        self.read_only_action = self._action(
            self.tr("Reconnect as read-only client (sandbox-ro)"),
            lambda: window.reconnect_requested.emit("sandbox-ro"))
        self.full_access_action = self._action(
            self.tr("Reconnect with full access (sandbox-rw)"),
            lambda: window.reconnect_requested.emit("sandbox-rw"))
        self.sandbox_menu.addActions([self.read_only_action, self.full_access_action])
        self.flaky_action = self._action(
            self.tr("Flaky network"),
            lambda: window.flaky_network_requested.emit(self.flaky_action.isChecked()))
        self.flaky_action.setCheckable(True)
        self.flaky_action.setChecked(window.flaky_network)
        self.flaky_action.setStatusTip(self.tr(
            "The sandbox answers slowly, with errors, \"too many requests\" and dropped "
            "connections, to watch the app cope"))
        self.sandbox_menu.addSeparator()
        self.sandbox_menu.addAction(self.flaky_action)
        self.sandbox_menu.menuAction().setVisible(window.demo)

        menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(self.tr("Keyboard shortcuts"),
                                             lambda: help_menu.show_shortcuts(window), "Ctrl+/")
        self.docs_action = self._action(self.tr("Nomos documentation"), help_menu.open_docs,
                                        QKeySequence.StandardKey.HelpContents)
        self.diagnostics_action = self._action(self.tr("Copy diagnostic info"),
                                               lambda: help_menu.copy_diagnostics(window))
        self.diagnostics_action.setToolTip(self.tr(
            "Versions, system, connection (without secrets) and recent errors with their "
            "request ids, for a support ticket"))
        self.log_action = self._action(self.tr("Open log folder"), help_menu.open_log_folder)
        self.about_action = self._action(self.tr("About Nomos Desk"),
                                         lambda: help_menu.show_about(window),
                                         role=QAction.MenuRole.AboutRole)
        menu.addActions([self.shortcuts_action, self.docs_action])
        menu.addSeparator()
        menu.addActions([self.diagnostics_action, self.log_action])
        menu.addSeparator()
        menu.addAction(self.about_action)

    def remove(self) -> None:
        """Take the menus and their shortcuts off the window (before building new ones)."""
        for action in self.actions:
            self.window.removeAction(action)
        self.window.menuBar().clear()
        self.deleteLater()

    def _action(self, text: str, slot: Callable[[], object], shortcut: Shortcut | None = None,
                role: QAction.MenuRole | None = None) -> QAction:
        action = QAction(text, self)  # deleted with these menus when they are rebuilt
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if role is not None:
            action.setMenuRole(role)
        action.triggered.connect(lambda *_: slot())
        self.window.addAction(action)  # shortcuts work even when the menu bar is native/hidden
        self.actions.append(action)
        return action

    def _confirm_sign_out(self) -> None:
        self.window.tasks.run("confirm-sign-out", self._sign_out_flow())

    async def _sign_out_flow(self) -> None:
        question = self.tr("Sign out and delete this profile's local data (search index, "
                           "caches, open tabs)? The profile and its secret stay.")
        if await confirm(self.window, self.tr("Sign out"), question, self.tr("Sign out")):
            self.window.sign_out_requested.emit()
