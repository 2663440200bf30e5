"""The two shapes most sections take: label/value facts and a small table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.ui import fmt

MAX_TABLE_HEIGHT = 320


class FormCard(QWidget):
    """Label/value rows whose values can be selected and copied.

    Rows are (key, label, value): the label is what a person reads (translated), the
    key names the row for code and tests whatever the language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values = {}
        for key, label, value in rows:
            field = QLabel(value or fmt.DASH)
            field.setWordWrap(True)
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = field
            self.form.addRow(self.tr("%1:").replace("%1", label), field)

    def value(self, key: str) -> str:
        return self.values[key].text()


class SmallTable(QTableWidget):
    """A read-only table sized to its rows, so the tab scrolls as a whole, not per table."""

    def __init__(self, headers: list[str], parent: QWidget | None = None, *,
                 stretch: int = 0, numeric: tuple[int, ...] = ()) -> None:
        super().__init__(0, len(headers), parent)
        self.numeric = numeric
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        # Dates, states and readings always get their full width: in a 1024 px window the
        # cards are narrow, and a stretched layout elided "28.03.2026" to "28.03.…". Only
        # the descriptive column takes the leftover width.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: list[list[str]], ids: list[str] | None = None) -> None:
        """`ids` (one per row) are kept in the first cell's UserRole, for rows that open."""
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in self.numeric:  # figures line up by their digits, as on a bill
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if c == 0 and ids is not None:
                    item.setData(Qt.ItemDataRole.UserRole, ids[r])
                self.setItem(r, c, item)
        self._fit_height()

    def _fit_height(self) -> None:
        # As tall as its rows, plus the horizontal scroll bar when a narrow window needs one
        # (without it the bar covered the only row).
        height = self.horizontalHeader().height() + 2 * self.frameWidth() + sum(
            self.rowHeight(r) for r in range(self.rowCount()))
        bar = self.horizontalScrollBar()
        if bar.maximum() > 0:
            height += bar.sizeHint().height()
        self.setFixedHeight(min(height, MAX_TABLE_HEIGHT))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def row_id(self, row: int) -> str | None:
        item = self.item(row, 0)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, str) else None
