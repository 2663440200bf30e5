"""A card that loads on its own: placeholder while loading, its own error, then content.

Each section of a workspace fetches independently, so one failing call (say the
meter readings) leaves the others usable and says exactly what failed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.ui.search.text import describe_error
from nomos_desk.ui.theme import mark_secondary


def error_style(widget: QWidget) -> str:
    """Red text that reads on the light and the dark palette alike (the palette's
    BrightText is near-white in light themes, so it cannot carry warnings)."""
    dark = widget.palette().window().color().lightness() < 128
    return f"color: {'#ff7b72' if dark else '#b3261e'};"


class Section(QGroupBox):
    retry_requested = Signal()

    def __init__(self, title: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.state = "loading"
        self.stack = QStackedWidget()
        self.placeholder = QLabel(f"Loading {title.lower()}…")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mark_secondary(self.placeholder)  # visibly a placeholder, still readable
        self.placeholder.setMinimumHeight(60)

        self.error_box = QWidget()
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton("Try again")
        self.retry_button.clicked.connect(self.retry_requested)
        column = QVBoxLayout(self.error_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)  # the message sits where the content would start

        self.content = content
        for w in (self.placeholder, self.error_box, content):
            self.stack.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def show_loading(self) -> None:
        self.state = "loading"
        self.stack.setCurrentWidget(self.placeholder)

    def show_refreshing(self) -> None:
        """Reloading what is on screen: keep showing it until the new answer (or an error)
        arrives. Blanking it to "Loading…" took the facts away from an agent mid-call, and
        while offline that placeholder stayed until the connection came back."""
        if self.state == "ready":
            self.state = "refreshing"
        elif self.state != "refreshing":
            self.show_loading()

    def show_error(self, exc: BaseException, what: str) -> None:
        self.state = "error"
        self.error_label.setText(f"⚠ Could not load {what}. {describe_error(exc)}")
        self.error_label.setStyleSheet(error_style(self))
        self.stack.setCurrentWidget(self.error_box)

    def show_content(self) -> None:
        self.state = "ready"
        self.stack.setCurrentWidget(self.content)
