"""A subscription's metadata as an editable key/value table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.domain.metadata import MetadataEdit, metadata_patch, shown
from nomos_desk.ui.care.dialog import WrappedLabel
from nomos_desk.ui.theme import mark_secondary
from nomos_desk.ui.widgets import named

VISIBLE_ROWS = (3, 6)  # the table shows at least / at most this many rows before scrolling


class MetadataEditor(QWidget):
    def __init__(self, stored: Mapping[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stored = dict(stored or {})
        self.table = named(QTableWidget(0, 2), "metadataTable")
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Value")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for key, value in self.stored.items():
            self.add_row(key, shown(value))
        self.add_button = named(QPushButton(self.tr("Add entry")), "metadataAdd")
        self.add_button.clicked.connect(lambda: self._add_and_edit())
        hint = WrappedLabel(self.tr("Clear a value to remove its key. Values are saved as "
                                    "text; untouched ones keep their type."))
        mark_secondary(hint)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self._fit()

    def add_row(self, key: str = "", value: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(key))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        self._fit()
        return row

    def _add_and_edit(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def set_value(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is not None:
            item.setText(text)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""
        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]

    def edit(self) -> MetadataEdit:
        return metadata_patch(self.stored, self.rows())

    def _fit(self) -> None:
        low, high = VISIBLE_ROWS
        shown_rows = min(max(self.table.rowCount(), low), high)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + shown_rows * row_height + 2 * self.table.frameWidth() + 8)
