"""Asking where to save a file, without a nested event loop.

QFileDialog's static helpers run exec(), which inside a coroutine would re-enter the
loop; the dialog is opened with open() and awaited like every other dialog.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from nomos_desk.ui.tasks import open_dialog


async def ask_save_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    dialog = QFileDialog(parent, title, str(Path.home() / suggested),
                         QCoreApplication.translate("BoardSaving", "CSV files (*.csv)"))
    dialog.setObjectName("saveDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("csv")
    try:
        if not await open_dialog(dialog):
            return None
        chosen = dialog.selectedFiles()
        return Path(chosen[0]) if chosen else None
    finally:
        if shiboken6.isValid(dialog):
            dialog.deleteLater()
