"""Small read-only tables: grid fee reductions and meter readings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.ui.workspace import format as fmt

READINGS_SHOWN = 24


class SmallTable(QWidget):
    """A table with a sentence in place of an empty grid."""

    def __init__(self, headers: list[str], empty_text: str, parent: QWidget | None = None, *,
                 stretch: int = 0, numeric: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.numeric = numeric
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        # Dates, states and readings always get their full width: in a 1024 px window the
        # cards are narrow, and a stretched layout elided "28.03.2026" to "28.03.…". Only
        # the descriptive column takes the leftover width (and wraps when it must).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(empty_text, wordWrap=True)
        self.note = QLabel(wordWrap=True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addStretch(1)  # keep short lists at the top of their card

    def set_rows(self, rows: list[list[str]], note: str = "") -> None:
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c in self.numeric:  # figures line up by their digits, as on a bill
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        # Fit the table to its rows so the workspace scrolls as a whole, not per table.
        height = self.table.horizontalHeader().height() + 4 + sum(
            self.table.rowHeight(r) for r in range(len(rows)))
        self.table.setFixedHeight(min(height, 320))
        self.note.setText(note)
        self.note.setVisible(bool(note))


def reduction_rows(items: list[Any]) -> list[list[str]]:
    return [[fmt.word(g.type, fmt.GFR_TYPES), fmt.word(g.status), fmt.when(g.valid_from),
             fmt.when(g.valid_until)] for g in items]


def reading_rows(items: list[Any]) -> list[list[str]]:
    ordered = sorted(items, key=lambda m: (m.timestamp.value is None, m.timestamp.value),
                     reverse=True)
    out = []
    for m in ordered[:READINGS_SHOWN]:
        value = f"{fmt.number(m.value, 1)} kWh" if m.value is not None else fmt.DASH
        out.append([fmt.when(m.timestamp), value, fmt.word(m.type, fmt.READING_TYPES)])
    return out
