"""Lists that grow as the user scrolls: a table model over a cursor walk.

Qt asks `canFetchMore()` when the view nears the end of what it has; `fetchMore()`
then starts one named task (through the session's runner) for the next page and
inserts its rows when they arrive. A walk that fails keeps its cursor: the next
`fetchMore()` (or `retry()`) asks for the same page again. `reset()` starts over
(new filters), cancelling a page still on its way. A header click sorts what is
loaded (`sort()`), and later pages join that order. Invoices, leads and board
columns all use this one model; each says what its columns show.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from nomos_desk.api.pagination import Page, Pager
from nomos_desk.ui.fmt import DASH
from nomos_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column: its header (marked QT_TRANSLATE_NOOP(context, …)), the text of a cell
    and, for sorting and totals, the cell's value (a number, a date, a string)."""

    header: str
    text: Callable[[T], str]
    value: Callable[[T], Any] | None = None
    numeric: bool = False  # right-aligned, as figures on a bill


class PagedModel(QAbstractTableModel, Generic[T]):
    page_loaded = Signal(int)       # rows added by the page that just arrived
    failed = Signal(object)         # the exception of a page that did not arrive
    finished = Signal()             # the walk reached its end

    def __init__(self, tasks: TaskRunner, name: str, columns: Sequence[Column[T]], *,
                 context: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._name = name  # the task name: one page in flight per list
        self._context = context  # the translation context of the headers
        self.columns = list(columns)
        self.items: list[T] = []
        self._pager: Pager[T] | None = None
        self._pages: AsyncIterator[Page[T]] | None = None
        self.error: BaseException | None = None
        self.done = False
        self._unreadable: set[int] = set()  # columns that failed on a row (logged once)
        self._order: tuple[int, Qt.SortOrder] | None = None  # (column, order) once sorted

    # -- the walk --------------------------------------------------------------------------
    def reset(self, pager_factory: Callable[[], Pager[T]] | None) -> None:
        """Start over with a new walk (None: empty and done); a chosen order is kept."""
        self._tasks.cancel(self._name)
        self.beginResetModel()
        self.items = []
        self._pager = pager_factory() if pager_factory is not None else None
        self._pages = None
        self.error = None
        self.done = self._pager is None
        self.endResetModel()
        if not self.done:
            self.fetchMore(QModelIndex())

    @property
    def loading(self) -> bool:
        return self._tasks.is_running(self._name)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self.done and self.error is None \
            and not self.loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self.done or self.loading or self._pager is None:
            return
        self._tasks.run_guarded(self._name, self._next_page, on_error=self._failed)

    def retry(self) -> None:
        """After a failed page: ask for the same page again."""
        self.error = None
        self.fetchMore(QModelIndex())

    async def _next_page(self) -> None:
        assert self._pager is not None
        if self._pages is None:
            self._pages = self._pager.pages().__aiter__()
        try:
            page = await self._pages.__anext__()
        except StopAsyncIteration:
            self.done = True
            self.finished.emit()
            return
        except BaseException:
            # The pager keeps its cursor: a fresh iterator continues with the failed page.
            self._pages = None
            raise
        if page.items:
            first = len(self.items)
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            self.items.extend(page.items)
            self.endInsertRows()
            self._apply_order()  # a sorted list stays sorted as pages arrive
        self.page_loaded.emit(len(page.items))
        if not page.has_more:
            self.done = True
            self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self.failed.emit(exc)

    # -- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort what is loaded by the column's value (the view calls this on a header
        click); rows without a value go last either way. One Python sort over precomputed
        keys: a QSortFilterProxyModel calls into Python for every comparison, which took
        seconds for 10,000 rows."""
        self._order = (column, order) if 0 <= column < len(self.columns) else None
        self._apply_order()

    def _apply_order(self) -> None:
        if self._order is None or len(self.items) < 2:
            return
        column, order = self._order
        spec = self.columns[column]
        value = spec.value if spec.value is not None else spec.text
        keyed = [(_sort_key(self._cell(column, value, item, None)), row)
                 for row, item in enumerate(self.items)]
        known = sorted((k for k in keyed if k[0] is not None),
                       key=lambda k: k[0], reverse=order == Qt.SortOrder.DescendingOrder)
        rows = [row for _, row in known] + [row for key, row in keyed if key is None]
        self.layoutAboutToBeChanged.emit()
        new_row = {old: new for new, old in enumerate(rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_row[i.row()], i.column()) if i.isValid() else i
                         for i in persistent])
        self.items = [self.items[row] for row in rows]
        self.layoutChanged.emit()

    # -- the table -------------------------------------------------------------------------
    def item(self, row: int) -> T | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def replace(self, row: int, item: T) -> None:
        """A record changed (after a write): show the new state in place."""
        self.items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def total(self, column: int) -> float:
        value = self.columns[column].value
        return sum(float(v) for v in (value(i) for i in self.items) if v is not None) \
            if value is not None else 0.0

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(index.column(), column.text, item, DASH)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SortRole:
            return self._cell(index.column(), column.value or column.text, item, None)
        if role == ItemRole:
            return item
        return None

    def _cell(self, column: int, read: Callable[[T], Any], item: T, fallback: Any) -> Any:
        # A row Nomos sent in a shape the column did not expect shows a dash: an exception
        # here would surface in Qt's painting, on every repaint, instead of in one cell.
        try:
            return read(item)
        except Exception:
            if column not in self._unreadable:
                self._unreadable.add(column)
                log.warning("column %s of %s cannot show a row", column, self._name,
                            exc_info=True)
            return fallback

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self._context, self.columns[section].header)
        return None


def _sort_key(value: Any) -> Any:
    """Texts compare without case and accents (Müller beside Muller, not after Zander)."""
    if isinstance(value, str):
        folded = unicodedata.normalize("NFKD", value.casefold())
        return "".join(c for c in folded if not unicodedata.combining(c))
    return value
