"""One board column: the status's name, its count, the load's progress, and the cards.

While a column loads, its bar shows how far the walk has come against the count of
the last load (a busy bar when there is none); a walk that failed says so in the
column, with "Try again", and the cards it had stay.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api.versions import StatusInfo
from nomos_desk.domain.order_stages import Lifecycle
from nomos_desk.ui import fmt
from nomos_desk.ui.board.card_list import CardList, CardModel
from nomos_desk.ui.errors import describe
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.widgets import named

COLUMN_WIDTH = 240


class BoardColumn(QFrame):
    retry_requested = Signal(str)  # status

    def __init__(self, status: StatusInfo, lifecycle: Lifecycle,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status.name
        self.setObjectName(f"boardColumn_{status.name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.title = named(QLabel(fmt.order_status(status.label)), "columnTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        # Two lines for every title, so the first cards of all columns line up.
        self.title.setMinimumHeight(2 * self.title.fontMetrics().lineSpacing())
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.count = named(QLabel("0"), "columnCount")
        mark_secondary(self.count)
        self.progress = named(QProgressBar(), "columnProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        self.progress.hide()
        self.error = named(QLabel(wordWrap=True), "columnError")
        self.retry_button = named(QPushButton(self.tr("Try again")), "columnRetry")
        self.retry_button.clicked.connect(lambda: self.retry_requested.emit(self.status))
        self.error_row = QWidget()
        row = QVBoxLayout(self.error_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.error)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.error_row.hide()
        self.model = CardModel(lifecycle, self)
        self.cards = named(CardList(self.model), f"cards_{status.name}")
        self.cards.setAccessibleName(fmt.order_status(status.label))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)  # the whole width: German status names run long
        layout.addWidget(self.count)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_row)
        layout.addWidget(self.cards, 1)

    def show_count(self, shown: int, total: int) -> None:
        if shown == total:
            self.count.setText(fmt.integer(total))
            self.count.setToolTip(QCoreApplication.translate(
                "BoardColumn", "%Ln order(s) in this status", "", total))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", fmt.integer(shown))
                               .replace("%2", fmt.integer(total)))
            self.count.setToolTip(QCoreApplication.translate(
                "BoardColumn", "%Ln order(s) of the cohort in this status", "", shown))

    def show_loading(self, loaded: int, expected: int | None) -> None:
        self.error_row.hide()
        self.progress.show()
        if expected:
            self.progress.setRange(0, max(expected, loaded))
            self.progress.setValue(loaded)
        else:
            self.progress.setRange(0, 0)  # busy: nothing to compare with yet

    def show_done(self) -> None:
        self.progress.hide()
        self.error_row.hide()

    def show_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.error.setText(self.tr("Not loaded: %1").replace("%1", describe(exc).line()))
        self.error.setStyleSheet(error_style(self))
        self.error_row.show()
