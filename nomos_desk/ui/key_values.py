"""Metadata as an editable key/value table: a lead's (campaign, partner, CRM id) and a
subscription's (where clearing a value removes its key, see domain/metadata.py)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.ui.theme import mark_secondary
from nomos_desk.ui.widgets import named


class KeyValueTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *,
                 visible_rows: tuple[int, int] = (3, 6)) -> None:
        super().__init__(parent)
        self.visible_rows = visible_rows  # shown at least / at most before scrolling
        self.table = named(QTableWidget(0, 2), "metadataTable")
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Value")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        self.add_button = named(QPushButton(self.tr("Add entry")), "metadataAdd")
        self.remove_button = named(QPushButton(self.tr("Remove entry")), "metadataRemove")
        self.add_button.clicked.connect(self._add_and_edit)
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout()
        hint = self.hint()
        if hint:
            note = QLabel(hint, wordWrap=True)
            mark_secondary(note)
            row.addWidget(note, 1)
        else:
            row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self._fit()

    def hint(self) -> str:
        """A line beside the buttons saying what editing means here (none by default)."""
        return ""

    def rows(self) -> list[tuple[str, str]]:
        """Every row as typed, empty ones included (a cleared value means something)."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""
        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]

    def pairs(self) -> list[tuple[str, str]]:
        """The rows with anything in them."""
        return [pair for pair in self.rows() if pair != ("", "")]

    def set_pairs(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for key, value in pairs:
            self._append(key, value)
        self.table.blockSignals(False)
        self._fit()

    def add_row(self, key: str = "", value: str = "") -> int:
        row = self._append(key, value)
        self._fit()
        return row

    def set_value(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is not None:
            item.setText(text)

    def _append(self, key: str, value: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(key))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        return row

    def _add_and_edit(self) -> None:
        self.table.blockSignals(True)
        row = self._append("", "")
        self.table.blockSignals(False)
        self._fit()
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.rowCount() - 1]
        for row in rows:
            self.table.removeRow(row)
        self._fit()
        self.changed.emit()

    def _fit(self) -> None:
        low, high = self.visible_rows
        shown = min(max(self.table.rowCount(), low), high)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + shown * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth() + 8)
        self.remove_button.setEnabled(self.table.rowCount() > 0)
