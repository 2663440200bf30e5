"""A non-modal message strip above the views: message, Nomos code, request id, copy.

Non-modal on purpose: an error must never block typing or steal focus from a form
the person is filling in; it stays until dismissed or replaced by a newer one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nomos_desk.ui.errors import ErrorInfo, Severity
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP

# (light background, light border, dark background, dark border); text colour follows.
_COLOURS = {
    Severity.ERROR: ("#fdecea", "#d9534f", "#4a1f1d", "#c9302c"),
    Severity.HINT: ("#fff6da", "#e0b030", "#463a12", "#c99a1a"),
    Severity.OFFLINE: ("#e8eef7", "#6f8fbf", "#1f2c40", "#5a7bb0"),
    Severity.INFO: ("#e9f5ec", "#4f9d69", "#1d3a26", "#3f8a57"),
}
_TITLES = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Banner", "Error"),
    Severity.HINT: QT_TRANSLATE_NOOP("Banner", "Please check"),
    Severity.OFFLINE: QT_TRANSLATE_NOOP("Banner", "Offline"),
    Severity.INFO: QT_TRANSLATE_NOOP("Banner", "Note"),
}


class Banner(QFrame):
    dismissed = Signal()
    action_triggered = Signal()

    def __init__(self, parent: QWidget | None = None, *, closable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.info: ErrorInfo | None = None

        self.title = QLabel(self)
        self.title.setObjectName("BannerTitle")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(self)
        self.details.setObjectName("BannerDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setToolTip(
            self.tr("Copy message, error code and request id for a support ticket"))
        self.copy_button.clicked.connect(self.copy_details)
        self.action_button = QPushButton(self)
        self.action_button.hide()
        self.action_button.clicked.connect(self.action_triggered)
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.setVisible(closable)
        self.close_button.clicked.connect(self.dismiss)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.message)
        text.addWidget(self.details)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 8, 6)
        row.addLayout(text, 1)
        for button in (self.action_button, self.copy_button, self.close_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_info(self, info: ErrorInfo, action: str | None = None) -> None:
        self.info = info
        self.title.setText(self.tr(_TITLES[info.severity]))
        self.message.setText(info.message)
        meta = []
        if info.code:
            meta.append(self.tr("Code %1").replace("%1", info.code))
        if info.request_id:
            meta.append(self.tr("Request id %1").replace("%1", info.request_id))
        self.details.setText("  ·  ".join(meta))
        self.details.setVisible(bool(meta))
        self.copy_button.setVisible(bool(meta))
        self.action_button.setVisible(action is not None)
        if action is not None:
            self.action_button.setText(action)
        self._restyle()
        self.show()

    def dismiss(self) -> None:
        self.info = None
        self.hide()
        self.dismissed.emit()

    def copy_details(self) -> None:
        if self.info is not None:
            QGuiApplication.clipboard().setText(self.info.copy_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        if self.info is None:
            return
        light_bg, light_border, dark_bg, dark_border = _COLOURS[self.info.severity]
        dark = self.palette().window().color().lightness() < 128
        bg, border = (dark_bg, dark_border) if dark else (light_bg, light_border)
        fg = "#f2f2f2" if dark else "#1d1d1d"
        sheet = (
            f"QFrame#Banner {{ background: {bg}; border: 1px solid {border}; border-radius: 4px; }}"
            f"QFrame#Banner QLabel {{ color: {fg}; background: transparent; border: none; }}"
            "QLabel#BannerTitle { font-weight: bold; }"
        )
        # Setting a style sheet itself posts a PaletteChange: only set a different one.
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
