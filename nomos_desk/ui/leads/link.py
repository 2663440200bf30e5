"""The checkout link with Copy and Open: what the salesperson reads out or sends."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from nomos_desk.ui.theme import mark_secondary
from nomos_desk.ui.widgets import named

SAFE_SCHEMES = ("https", "http")


class LinkBox(QWidget):
    def __init__(self, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        """`stacked` puts the buttons under the link, for narrow places (a tab's section)."""
        super().__init__(parent)
        self.field = named(QLineEdit(), "checkoutLink")
        self.field.setReadOnly(True)
        self.field.setToolTip(self.tr("The prospect opens this link and only adds their "
                                      "payment details"))
        self.copy_button = named(QPushButton(self.tr("Copy")), "copyLink")
        self.copy_button.setToolTip(self.tr("Copy the checkout link to the clipboard"))
        self.open_button = named(QPushButton(self.tr("Open")), "openLink")
        self.open_button.setToolTip(self.tr("Open the checkout in the web browser"))
        self.copied = QLabel()
        mark_secondary(self.copied)
        self.copy_button.clicked.connect(self.copy)
        self.open_button.clicked.connect(self.open)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        column.addLayout(row)
        if stacked:
            column.insertWidget(0, self.field)
        else:
            row.addWidget(self.field, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.open_button)
        row.addWidget(self.copied)
        if stacked:
            row.addStretch(1)
        self.set_link("")

    def link(self) -> str:
        return self.field.text()

    def set_link(self, link: str) -> None:
        self.field.setText(link)
        self.field.setCursorPosition(0)
        self.copied.clear()
        self.copy_button.setEnabled(bool(link))
        # A link from an answer is opened only if it is a web address, nothing else.
        self.open_button.setEnabled(QUrl(link).scheme() in SAFE_SCHEMES)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.link())
        self.copied.setText(self.tr("Copied."))

    def open(self) -> None:
        url = QUrl(self.link())
        if url.scheme() in SAFE_SCHEMES:
            QDesktopServices.openUrl(url)
