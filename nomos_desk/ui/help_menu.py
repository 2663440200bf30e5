"""What the Help menu does: shortcuts overview, Nomos docs, diagnostic info, logs, About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from nomos_desk.ui.about import DOCS_URL, AboutDialog
from nomos_desk.ui.diagnostics import diagnostic_text
from nomos_desk.ui.logs import installed

if TYPE_CHECKING:
    from nomos_desk.ui.main_window import MainWindow


def action_text(action: QAction) -> str:
    """"&Close tab…" as a person reads it: "Close tab"."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


def shortcut_rows(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action, keys)]) for every action of the window that has a key, in
    menu order; actions outside the menus (a view's own) come last, under "Other"."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[int] = set()

    def row(action: QAction) -> tuple[str, str] | None:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if not keys or not action.isVisible() or id(action) in seen:
            return None
        seen.add(id(action))
        return action_text(action), ", ".join(keys)

    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu) or not top.isVisible():
            continue
        rows = [r for r in (row(a) for a in menu.actions()) if r is not None]
        if rows:
            groups.append((action_text(top), rows))
    others = [r for r in (row(a) for a in window.findChildren(QAction)) if r is not None]
    if others:
        groups.append((QCoreApplication.translate("Help", "Other"), others))
    return groups


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        groups = shortcut_rows(window)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for title, rows in groups:
            heading = QTableWidgetItem(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.table.insertRow(self.table.rowCount())
            self.table.setItem(self.table.rowCount() - 1, 0, heading)
            for text, keys in rows:
                self.table.insertRow(self.table.rowCount())
                self.table.setItem(self.table.rowCount() - 1, 0, QTableWidgetItem("    " + text))
                self.table.setItem(self.table.rowCount() - 1, 1, QTableWidgetItem(keys))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a list to read, nothing to pick
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 460)


def _open(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_shortcuts(window: MainWindow) -> QDialog:
    return _open(ShortcutsDialog(window))


def show_about(window: MainWindow) -> QDialog:
    return _open(AboutDialog(window))


def open_docs() -> None:
    QDesktopServices.openUrl(QUrl(DOCS_URL))


def copy_diagnostics(window: MainWindow) -> str:
    text = diagnostic_text(window.settings, window.services)
    QGuiApplication.clipboard().setText(text)
    window.status(QCoreApplication.translate(
        "Help", "Diagnostic info copied: paste it into your support ticket."))
    return text


def open_log_folder() -> None:
    logs = installed()
    if logs is not None and logs.file is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(logs.file.parent)))
