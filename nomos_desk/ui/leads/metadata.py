"""Key/value pairs the brand keeps on a lead (campaign, partner, CRM id)."""

from __future__ import annotations

from PySide6.QtCore import Signal
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

from nomos_desk.ui.widgets import named

VISIBLE_ROWS = 3  # rows shown without scrolling


class MetadataEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = named(QTableWidget(0, 2), "leadMetadata")
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Value")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        self.add_button = named(QPushButton(self.tr("Add entry")), "addMetadata")
        self.remove_button = named(QPushButton(self.tr("Remove entry")), "removeMetadata")
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._fit()

    def pairs(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            key, value = self.table.item(row, 0), self.table.item(row, 1)
            pair = (key.text() if key else "", value.text() if value else "")
            if pair != ("", ""):
                out.append(pair)
        return out

    def set_pairs(self, pairs: list[tuple[str, str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for key, value in pairs:
            self._append(key, value)
        self.table.blockSignals(False)
        self._fit()

    def _append(self, key: str, value: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(key))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        return row

    def _add(self) -> None:
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
        rows = max(1, min(self.table.rowCount(), VISIBLE_ROWS))
        height = self.table.horizontalHeader().sizeHint().height() + 6 + rows * (
            self.table.verticalHeader().defaultSectionSize())
        self.table.setFixedHeight(height)
        self.remove_button.setEnabled(self.table.rowCount() > 0)
