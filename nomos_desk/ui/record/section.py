"""A section of a record tab: declared once, loads on its own, fails on its own.

A tab lists its sections as `SectionSpec`s (title, body, empty text, where it sits).
Each body is a widget with one coroutine, `load()`, which fills it from Nomos and
says whether there is anything to show. The `Section` frame around it shows a
placeholder while loading, the empty text, or the error with "Try again", so one
failing call (say the meter readings) leaves the rest of the tab usable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.ui.errors import describe
from nomos_desk.ui.record.widgets import FormCard
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.widgets import left_row, named

if TYPE_CHECKING:
    from nomos_desk.ui.record.tab import RecordTab
    from nomos_desk.ui.services import Services

LEFT, RIGHT, WIDE = 0, 1, -1


class SectionBody(QWidget):
    """The content of one section. Subclasses fill themselves in `load()`."""

    # A title that fits what was loaded better than the declared one (translated text).
    retitled = Signal(str)

    def __init__(self, tab: RecordTab) -> None:
        super().__init__()
        self.tab = tab

    @property
    def services(self) -> Services:
        return self.tab.services

    async def load(self) -> bool:
        """Fetch and show; return False when there is nothing to show (the empty text)."""
        raise NotImplementedError


class FactsBody(SectionBody):
    """A section of label/value rows (`self.facts`), the most common body."""

    def __init__(self, tab: RecordTab) -> None:
        super().__init__(tab)
        self.facts = FormCard()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.facts)


@dataclass(frozen=True, slots=True)
class SectionSpec:
    """Title and empty text are marked with QT_TRANSLATE_NOOP("Sections", …)."""

    key: str
    title: str
    # A body class: its constructor takes its own tab class (hence Any here).
    body: Callable[[Any], SectionBody]
    empty_text: str = ""
    column: int = LEFT  # LEFT, RIGHT or WIDE (both columns)
    stretch: bool = False  # takes the leftover height of its column


class Section(QGroupBox):
    retry_requested = Signal()

    def __init__(self, spec: SectionSpec, body: SectionBody, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Sections", spec.title), parent)
        self.setObjectName(f"section_{spec.key}")
        self.spec = spec
        self.body = body
        body.retitled.connect(self.setTitle)
        self.state = "loading"
        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Loading…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mark_secondary(self.placeholder)  # visibly a placeholder, still readable
        self.placeholder.setMinimumHeight(60)
        self.empty = named(QLabel(QCoreApplication.translate("Sections", spec.empty_text),
                                  wordWrap=True), "sectionEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.error_box = QWidget()
        self.error_label = named(QLabel(wordWrap=True), "sectionError")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.retry_requested)
        column = QVBoxLayout(self.error_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.error_label)
        row = left_row(self.retry_button)
        column.addLayout(row)
        column.addStretch(1)  # the message sits where the content would start

        for w in (self.placeholder, self.empty, self.error_box, body):
            self.stack.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def show_refreshing(self) -> None:
        """Reloading what is on screen: keep showing it until the new answer (or an error)
        arrives. Blanking it to "Loading…" took the facts away from an agent mid-call, and
        while offline that placeholder stayed until the connection came back."""
        if self.state in ("ready", "empty"):
            self.state = "refreshing"
        elif self.state != "refreshing":
            self.state = "loading"
            self.stack.setCurrentWidget(self.placeholder)

    def show_error(self, exc: BaseException) -> None:
        if self.state == "refreshing":
            # Known facts stay; the failed refresh is reported by the tab's header line.
            self.state = "ready" if self.stack.currentWidget() is self.body else "empty"
            return
        self.state = "error"
        self.error_label.setText(self.tr("⚠ Could not load this part. %1")
                                 .replace("%1", describe(exc).line()))
        self.error_label.setStyleSheet(error_style(self))
        self.stack.setCurrentWidget(self.error_box)

    def show_result(self, has_content: bool) -> None:
        self.state = "ready" if has_content else "empty"
        self.stack.setCurrentWidget(self.body if has_content else self.empty)
