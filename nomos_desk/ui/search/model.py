"""The results table's model: one row per search hit, typo corrections folded when plenty.

When exact hits are plenty, the typo corrections wait behind one last row ("25 similar
names"); `expand` lists them in its place.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from nomos_desk.api.models import Address, Timestamp
from nomos_desk.index.records import SearchHit
from nomos_desk.index.search import fold_similar
from nomos_desk.ui import fmt
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.search.text import matched_text

COLUMNS = (QT_TRANSLATE_NOOP("SearchResultsModel", "Name"),
           QT_TRANSLATE_NOOP("SearchResultsModel", "Address"),
           QT_TRANSLATE_NOOP("SearchResultsModel", "Subscription"),
           QT_TRANSLATE_NOOP("SearchResultsModel", "Status"),
           QT_TRANSLATE_NOOP("SearchResultsModel", "Matched"),
           QT_TRANSLATE_NOOP("SearchResultsModel", "Email"),
           QT_TRANSLATE_NOOP("SearchResultsModel", "Plan"))
NAME, ADDRESS, SUBSCRIPTION, STATUS, MATCHED, EMAIL, PLAN = range(len(COLUMNS))
HitRole = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


def cell_text(hit: SearchHit, column: int) -> str:
    if column == NAME:
        return hit.name or QCoreApplication.translate("SearchResultsModel",
                                                      "(customer not yet indexed)")
    if column == ADDRESS:
        return fmt.address(Address(street=hit.street, house_number=hit.house_number,
                                   zip=hit.zip, city=hit.city)) if hit.subscription_id else ""
    if column == SUBSCRIPTION:
        return hit.number if hit.subscription_id else QCoreApplication.translate(
            "SearchResultsModel", "no subscription")
    if column == STATUS:
        if not hit.subscription_id:
            return ""
        end = Timestamp.parse(hit.end_at).value if hit.end_at else None
        return fmt.status_text(hit.status, end, bool(hit.terminated_at))
    if column == MATCHED:
        return matched_text(hit.matched_field, hit.matched_value)
    if column == EMAIL:
        return hit.email
    return hit.plan


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._folded: list[SearchHit] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits, self._folded = fold_similar(list(hits))
        self.endResetModel()

    def expand(self) -> None:
        """List the folded typo corrections in place of their row."""
        if self._folded:
            self.beginResetModel()
            self._hits, self._folded = self._hits + self._folded, []
            self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def is_fold_row(self, row: int) -> bool:
        return bool(self._folded) and row == len(self._hits)

    @property
    def folded(self) -> int:
        return len(self._folded)

    @property
    def shown_hits(self) -> list[SearchHit]:
        return list(self._hits)

    def has_matched_identifiers(self) -> bool:
        """Whether the Matched column has anything to say for the rows listed."""
        return any(h.matched_field for h in self._hits)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits) + bool(self._folded)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if self.is_fold_row(index.row()):
            return self._fold_row_data(index.column(), role)
        hit = self.hit(index.row())
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(hit, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text of the cell (narrow columns elide it), then the id.
            note = ("\n" + self.tr("Matched after correcting a likely typo.")) if hit.fuzzy else ""
            text = cell_text(hit, index.column())
            return f"{text}\n{hit.target_id}{note}" if text else f"{hit.target_id}{note}"
        if role == Qt.ItemDataRole.FontRole and hit.fuzzy:
            # Typo-corrected matches look different so nobody mistakes them for exact ones.
            return self._italic
        if role == HitRole:
            return hit
        return None

    def _fold_row_data(self, column: int, role: int) -> object:
        folded = len(self._folded)  # lupdate reads a plural's count only from a plain name
        if role == Qt.ItemDataRole.DisplayRole:
            if column != NAME:
                return ""
            return "▸ " + QCoreApplication.translate(
                "SearchResultsModel", "%Ln similar name(s)", "", folded)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "SearchResultsModel", "%Ln more result(s) after correcting a likely typo, "
                "folded because the exact matches are plenty. Enter or a double click lists "
                "them.", "", folded)
        if role == Qt.ItemDataRole.FontRole:
            return self._italic
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section])
        return None
