"""The columns side by side: one per status of the pinned version, scrolling sideways.

Left and Right move the cursor to the neighbouring column (skipping empty ones) at
about the same height; Up and Down move within a column; Enter or a click opens
the card's subscription; Ctrl+C copies the selected cards of every column as a
table that pastes into a spreadsheet.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QScrollArea, QWidget

from nomos_desk.api.versions import StatusInfo
from nomos_desk.domain.order_stages import BoardOrder, Lifecycle
from nomos_desk.ui.board.column import BoardColumn


class Kanban(QScrollArea):
    open_card = Signal(object)   # BoardOrder
    copy_requested = Signal()
    retry_requested = Signal(str)

    def __init__(self, statuses: Sequence[StatusInfo], lifecycle: Lifecycle,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kanban")
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.columns: dict[str, BoardColumn] = {}
        for status in statuses:
            column = BoardColumn(status, lifecycle)
            column.cards.step.connect(lambda d, s=status.name: self.step(s, d))
            column.cards.open_card.connect(self.open_card)
            column.cards.copy_requested.connect(self.copy_requested)
            column.retry_requested.connect(self.retry_requested)
            self.columns[status.name] = column
            row.addWidget(column)
        row.addStretch(1)
        self.setWidget(body)

    def order(self) -> list[str]:
        return list(self.columns)

    def step(self, status: str, direction: int) -> None:
        """Move the cursor from `status`'s column to the next one with cards."""
        names = self.order()
        here = self.columns[status].cards
        row = max(0, here.currentIndex().row())
        i = names.index(status) + direction
        while 0 <= i < len(names):
            target = self.columns[names[i]]
            count = target.model.rowCount()
            if count:
                self.focus_card(names[i], min(row, count - 1))
                return
            i += direction

    def focus_card(self, status: str, row: int) -> None:
        column = self.columns[status]
        index = column.model.index(row, 0)
        column.cards.setFocus(Qt.FocusReason.OtherFocusReason)
        column.cards.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        column.cards.scrollTo(index)
        self.ensureWidgetVisible(column)

    def focused_card(self) -> BoardOrder | None:
        widget = QApplication.focusWidget()
        for column in self.columns.values():
            if column.cards is widget:
                return column.cards.current_card()
        return None

    def selected(self) -> list[BoardOrder]:
        out: list[BoardOrder] = []
        for column in self.columns.values():
            out.extend(column.cards.selected_cards())
        return out
