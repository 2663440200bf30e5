"""The results table's model: one row per search hit."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from nomos_desk.index.records import SearchHit

COLUMNS = ("Name", "Email", "Subscription", "Status", "Plan", "City")
_FIELDS = ("name", "email", "number", "status", "plan", "city")
HitRole = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(hit, _FIELDS[index.column()])
            if index.column() == 0 and not value:
                return "(customer not yet indexed)"
            if index.column() == 2 and not hit.subscription_id:
                return "no subscription"
            if index.column() == 3:
                return value.capitalize()
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            note = "\nMatched after correcting a likely typo." if hit.fuzzy else ""
            text = getattr(hit, _FIELDS[index.column()])
            return f"{text}\n{hit.target_id}{note}" if text else f"{hit.target_id}{note}"
        if role == Qt.ItemDataRole.FontRole and hit.fuzzy:
            # Typo-corrected matches look different so nobody mistakes them for exact ones.
            return self._italic
        if role == HitRole:
            return hit
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None
