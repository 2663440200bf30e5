"""Modal questions asked from async code: the one way the app confirms anything.

Dialogs are opened with open() and awaited (see tasks.open_dialog): exec() inside a
coroutine would re-enter the event loop. Cancel is the default button of every
confirmation, so an Enter pressed by habit never sends a write.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from nomos_desk.ui.tasks import open_dialog


class Confirmation(QMessageBox):
    def __init__(self, parent: QWidget | None, title: str, text: str, accept: str, *,
                 details: str = "") -> None:
        super().__init__(QMessageBox.Icon.Question, title, text,
                         QMessageBox.StandardButton.Cancel, parent)
        self.setObjectName("confirmation")
        self.accept_button = self.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if details:
            self.setInformativeText(details)

    @property
    def accepted_by_user(self) -> bool:
        return self.clickedButton() is self.accept_button


async def confirm(parent: QWidget | None, title: str, text: str, accept: str, *,
                  details: str = "") -> bool:
    """Ask; True only when the person clicked `accept`."""
    box = Confirmation(parent, title, text, accept, details=details)
    try:
        await open_dialog(box)
        return box.accepted_by_user
    finally:
        if shiboken6.isValid(box):
            box.deleteLater()


async def choose_save_path(parent: QWidget | None, title: str, suggested: Path,
                           name_filter: str) -> Path | None:
    """Ask where to save a file (the system's save dialog, opened with open()); None when
    the person cancels. `suggested` is the folder and file name offered first."""
    dialog = QFileDialog(parent, title, str(suggested.parent), name_filter)
    dialog.setObjectName("saveFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suggested.suffix.lstrip("."))
    dialog.selectFile(suggested.name)
    try:
        accepted = await open_dialog(dialog) == QFileDialog.DialogCode.Accepted
        files = dialog.selectedFiles() if accepted else []
        return Path(files[0]) if files else None
    finally:
        if shiboken6.isValid(dialog):
            dialog.deleteLater()


def documents_dir() -> Path:
    """Where files are offered to be saved first: the user's documents folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()
