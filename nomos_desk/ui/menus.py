"""The menu bar and its shortcuts, kept apart from the window's layout and routing.

Every action is also added to the window itself, so its shortcut works where the
menu bar is native (macOS) or hidden. Standard key sequences are used where Qt has
them, so each platform gets the keys its people expect.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from nomos_desk import __version__
from nomos_desk.ui.dialogs import confirm

if TYPE_CHECKING:
    from nomos_desk.ui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str


class Menus:
    """The window's menus and actions (File, View, Sandbox, Help)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        file = bar.addMenu("&File")
        self.switch_action = self._action("Switch profile…", window.switch_profile_requested.emit,
                                          "Ctrl+Shift+O")
        self.sign_out_action = self._action("Sign out", self._confirm_sign_out)
        self.settings_action = self._action("Settings…", window.open_settings, "Ctrl+,",
                                            QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action("Quit", window.close, QKeySequence.StandardKey.Quit,
                                        QAction.MenuRole.QuitRole)
        file.addActions([self.switch_action, self.sign_out_action])
        file.addSeparator()
        file.addAction(self.settings_action)
        file.addSeparator()
        file.addAction(self.quit_action)

        view = bar.addMenu("&View")
        self.search_action = self._action("Search", window.focus_search, "Ctrl+K")
        self.refresh_action = self._action("Refresh", window.refresh,
                                           QKeySequence.StandardKey.Refresh)
        self.close_tab_action = self._action("Close tab", window.close_current_tab, "Ctrl+W")
        self.next_tab_action = self._action("Next tab", lambda: window.step_tab(1), "Ctrl+PgDown")
        self.prev_tab_action = self._action("Previous tab", lambda: window.step_tab(-1),
                                            "Ctrl+PgUp")
        view.addActions([self.search_action, self.refresh_action])
        view.addSeparator()
        view.addActions([self.close_tab_action, self.next_tab_action, self.prev_tab_action])

        self.sandbox_menu = bar.addMenu("&Sandbox")
        self.read_only_action = self._action(
            "Reconnect as read-only client (sandbox-ro)",
            lambda: window.reconnect_requested.emit("sandbox-ro"))
        self.full_access_action = self._action(
            "Reconnect with full access (sandbox-rw)",
            lambda: window.reconnect_requested.emit("sandbox-rw"))
        self.sandbox_menu.addActions([self.read_only_action, self.full_access_action])
        self.sandbox_menu.menuAction().setVisible(window.demo)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("About Nomos Desk", self._about,
                                         role=QAction.MenuRole.AboutRole))

    def _action(self, text: str, slot: Callable[[], object], shortcut: Shortcut | None = None,
                role: QAction.MenuRole | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if role is not None:
            action.setMenuRole(role)
        action.triggered.connect(lambda *_: slot())
        self.window.addAction(action)  # shortcuts work even when the menu bar is native/hidden
        return action

    def _confirm_sign_out(self) -> None:
        self.window.tasks.run("confirm-sign-out", self._sign_out_flow())

    async def _sign_out_flow(self) -> None:
        if await confirm(self.window, "Sign out", "Sign out and delete this profile's local "
                         "data (search index, caches, open tabs)? The profile and its secret "
                         "stay.", "Sign out"):
            self.window.sign_out_requested.emit()

    def _about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "About Nomos Desk",
                          f"Nomos Desk {__version__}\nBack-office desktop tool for energy "
                          "brands on Nomos.", QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
