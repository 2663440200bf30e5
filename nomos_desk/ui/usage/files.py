"""Asking where to save a file, from async code (opened with open(), never exec())."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from nomos_desk.ui.tasks import open_dialog


def save_dialog(parent: QWidget | None, title: str, name: str, file_filter: str) -> QFileDialog:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    dialog = QFileDialog(parent, title, str(Path(folder) / name), file_filter)
    dialog.setObjectName("saveDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(Path(name).suffix.lstrip("."))
    return dialog


async def ask_save_path(parent: QWidget | None, title: str, name: str, file_filter: str
                        ) -> Path | None:
    """The chosen file, or None when the person cancelled."""
    dialog = save_dialog(parent, title, name, file_filter)
    try:
        if await open_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.selectedFiles()
        return Path(chosen[0]) if chosen else None
    finally:
        if shiboken6.isValid(dialog):
            dialog.deleteLater()
