"""Modal questions asked from async code: the one way the app confirms anything.

Dialogs are opened with open() and awaited (see tasks.open_dialog): exec() inside a
coroutine would re-enter the event loop. Cancel is the default button of every
confirmation, so an Enter pressed by habit never sends a write.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget

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
