"""The search view: type a name, street or meter number; paste an id to jump."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.index.records import SearchHit
from nomos_desk.index.sync import SyncProgress, SyncResult
from nomos_desk.ui import fmt
from nomos_desk.ui.errors import describe
from nomos_desk.ui.search.jump import UnknownId, kind_label, parse_id, resolve
from nomos_desk.ui.search.model import (
    ADDRESS,
    COLUMNS,
    EMAIL,
    MATCHED,
    NAME,
    PLAN,
    STATUS,
    SUBSCRIPTION,
    SearchResultsModel,
)
from nomos_desk.ui.search.sync import SyncController, SyncWait
from nomos_desk.ui.search.text import progress_text, results_text, waiting_text
from nomos_desk.ui.theme import error_style
from nomos_desk.ui.views import View
from nomos_desk.ui.widgets import named

if TYPE_CHECKING:
    from nomos_desk.index.sync import Source
    from nomos_desk.ui.services import Services

QUERY_TASK = "search.query"
DEBOUNCE_MS = 180


@dataclass(frozen=True, slots=True)
class ColumnFit:
    minimum: int
    preferred: int


COLUMN_FITS = {
    NAME: ColumnFit(160, 230), ADDRESS: ColumnFit(180, 270),
    SUBSCRIPTION: ColumnFit(95, 95),  # 8-character numbers: shrinking would elide them
    STATUS: ColumnFit(120, 280),  # whole "Aktiv · gekündigt, endet am 01.02.2027" in 1280 px
    MATCHED: ColumnFit(150, 210), EMAIL: ColumnFit(150, 230), PLAN: ColumnFit(100, 150),
}
# What a narrow window gives up first, least useful first: the plan rarely tells two rows
# apart, the email seldom more than the name, a number is what people search by rather
# than read; status and address tell namesakes apart. Name and Matched (why the row is
# here) always stay.
GIVE_UP = (PLAN, EMAIL, SUBSCRIPTION, STATUS, ADDRESS)
GROW_MAX = 1.5  # wide windows grow the columns (company names, emails) up to half again


def fit_widths(room: int, columns: list[int]) -> dict[int, int]:
    """Widths of the columns that fit in `room` pixels; a column left out is given up."""
    shown = list(columns)
    for col in GIVE_UP:
        if sum(COLUMN_FITS[c].minimum for c in shown) <= room:
            break
        if col in shown:
            shown.remove(col)
    fits = {c: COLUMN_FITS[c] for c in shown}
    low = sum(f.minimum for f in fits.values())
    high = sum(f.preferred for f in fits.values())
    if room >= high:
        flexible = sum(f.preferred for f in fits.values() if f.minimum < f.preferred)
        scale = min(GROW_MAX, (room - (high - flexible)) / flexible) if flexible else 1.0
        return {c: int(f.preferred * scale) if f.minimum < f.preferred else f.preferred
                for c, f in fits.items()}
    share = max(0.0, (room - low) / (high - low)) if high > low else 0.0
    return {c: int(f.minimum + (f.preferred - f.minimum) * share) for c, f in fits.items()}


class SearchView(View):
    results_shown = Signal(int)        # emitted after each query lands (tests, status bar)

    def __init__(self, services: Services, *, source: Source | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchView")
        self.services = services
        self.index = services.index
        self.set_title(self.tr("Search"))
        self.sync = SyncController(services, self.index, source, parent=self)
        self._generation = 0

        self.query = QLineEdit(placeholderText=self.tr(
            "Name, email, street, zip, meter number, MaLo, subscription number — or paste an "
            "id (cus_, sub_…)"))
        self.query.setClearButtonEnabled(True)
        self.query.setObjectName("searchQuery")
        self.message = named(QLabel(), "searchMessage")
        self.message.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.model.modelReset.connect(self._fit_columns)  # Matched comes and goes with rows
        self.table = named(QTableView(), "searchResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)  # long company names elide; the tooltip has them whole
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fitting = False
        self._user_sized_columns = False
        self._fit_columns()
        header.sectionResized.connect(self._column_resized)

        self.sync_label = named(QLabel(), "syncLabel")
        # Two lines rather than a wider window: German progress and waiting texts alone
        # would force a 900-pixel window to almost 1200.
        self.sync_label.setWordWrap(True)
        self.sync_bar = named(QProgressBar(), "syncProgress")
        self.sync_bar.setMaximumWidth(160)
        self.sync_bar.setTextVisible(False)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "syncCancel")
        self.sync_button = named(QPushButton(self.tr("Sync now")), "syncNow")
        self.sync_button.setToolTip(self.tr("Fetch what changed since the last sync (F5)"))
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_label, 1)
        sync_row.addWidget(self.sync_bar)
        sync_row.addWidget(self.cancel_button)
        sync_row.addWidget(self.sync_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addLayout(sync_row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_query)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        self.query.returnPressed.connect(self._on_return)
        self.query.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)  # its width is what columns share
        self.table.doubleClicked.connect(lambda idx: self._open_row(idx.row()))
        self.cancel_button.clicked.connect(self.sync.cancel)
        self.sync_button.clicked.connect(self.refresh)
        self.sync.progress.connect(self._on_progress)
        self.sync.finished.connect(self._on_synced)
        self.sync.failed.connect(self._on_sync_failed)
        self.sync.cancelled.connect(self._on_sync_cancelled)
        self.sync.waiting.connect(self._on_sync_waiting)
        services.changes.changed.connect(self._records_changed)
        self._set_syncing(False)
        self.sync_label.setText(self.tr("Index not synced yet."))
        self._show_message(self.tr("Type at least two characters to search."))
        self._closed = False
        # Start after construction so the frame has shown the window first.
        QTimer.singleShot(0, self._first_sync)

    # -- public ----------------------------------------------------------------------
    def refresh(self) -> None:
        """F5: fetch changes (or finish the first walk) and rerun the current query."""
        self.sync.start()
        if not parse_id(self.query.text()):  # re-jumping to an id would leave this view
            self._run_query()

    def _first_sync(self) -> None:
        if not self._closed:  # the session may have ended before the event loop came round
            self.sync.start()

    def activate(self) -> None:
        """Ctrl+K: put the cursor in the query with its text selected, ready to overtype."""
        self.query.setFocus()
        self.query.selectAll()

    def shutdown(self) -> None:
        """The session ends: stop syncing and searching (the session closes the index)."""
        self._closed = True
        self.sync.timer.stop()
        self._debounce.stop()
        self.services.tasks.cancel("search.")

    # -- querying --------------------------------------------------------------------
    def _run_query(self) -> None:
        self._debounce.stop()
        text = self.query.text().strip()
        self._generation += 1
        target = parse_id(text)
        if target:
            self.services.tasks.run(QUERY_TASK, self._jump(*target),
                                    context=self.tr("Opening an id"))
        else:
            self.services.tasks.run(QUERY_TASK, self._search(text, self._generation),
                                    context=self.tr("Searching the local index"))

    async def _search(self, text: str, generation: int) -> None:
        hits = await self.index.search(text)
        if generation != self._generation:
            return  # a newer query was typed while this one ran in the reader thread
        self.model.set_hits(hits)
        if hits:
            self.table.selectRow(0)
        if not text:
            self._show_message(self.tr("Type at least two characters to search."))
        elif len(text) < 2:
            self._show_message(self.tr("Keep typing: one character matches too much."))
        elif not hits:
            building = self.sync.running and self.sync.last is not None and self.sync.last.full
            message = self.tr("Nothing in the index matches “%1”.").replace("%1", text)
            if building:
                message += " " + self.tr("The index is still being built; it may turn up later.")
            self._show_message(message)
        else:
            shown = self.model.shown_hits
            self._show_message(results_text(
                shown=len(shown), typo=sum(h.fuzzy for h in shown), folded=self.model.folded,
                capped=len(hits) >= 50 and not self.model.folded))
        self.results_shown.emit(len(hits))

    async def _jump(self, kind: str, object_id: str) -> None:
        self._show_message(self.tr("Looking up %1 %2 in Nomos…").replace("%1", kind_label(kind))
                           .replace("%2", object_id))
        try:
            jump = await resolve(self.services.client, kind, object_id, self.services.tab_kinds)
        except UnknownId:
            self.model.set_hits([])
            self._show_message(self.tr("There is no %1 with the id %2.")
                               .replace("%1", kind_label(kind)).replace("%2", object_id),
                               error=True)
            self.results_shown.emit(0)
            return
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._show_message(self.tr("Could not look up %1: %2").replace("%1", object_id)
                               .replace("%2", describe(exc).line()), error=True)
            self.results_shown.emit(0)
            return
        self._show_message(jump.note or self.tr("Opened %1 %2.").replace(
            "%1", kind_label(jump.kind)).replace("%2", jump.id))
        self.open_requested.emit(jump.kind, jump.id)
        self.results_shown.emit(0)

    def _records_changed(self, _ids: list[str]) -> None:
        """A write of this session is in the index: rows on screen may show old facts."""
        if not self._closed and self.query.text().strip() and not parse_id(self.query.text()):
            self._run_query()

    def _on_return(self) -> None:
        if self._debounce.isActive() or parse_id(self.query.text()):
            self._run_query()  # Enter on a pasted id jumps without waiting for the debounce
            return
        rows = self.table.selectionModel().selectedRows()
        self._open_row(rows[0].row() if rows else 0)

    def _open_row(self, row: int) -> None:
        if self.model.is_fold_row(row):  # "25 similar names": list them, open nothing
            self.model.expand()
            self.table.setFocus()
            self.table.selectRow(row)
            return
        hit: SearchHit | None = self.model.hit(row)
        if hit is not None:
            self.open_requested.emit(hit.kind, hit.target_id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if obj is self.query and key == Qt.Key.Key_Down and self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().selectedRows():
                self.table.selectRow(0)
            return True
        if obj is self.query and key == Qt.Key.Key_Escape:
            self.query.clear()
            return True
        if obj is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_row(self.table.currentIndex().row())
            return True
        if obj is self.table and key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
            self.query.setFocus()
            return True
        return False

    def _fit_columns(self) -> None:
        """Size the columns to the window, giving up the least useful ones when narrow.

        With fixed widths a 1024 px window pushed what tells two "Jonas Schmidt" apart
        behind a horizontal scroll bar. Matched shows only when a row matched by meter
        number, MaLo or MeLo. Once a person drags a column, their widths win.
        """
        present = [c for c in range(len(COLUMNS))
                   if c != MATCHED or self.model.has_matched_identifiers()]
        self._fitting = True
        try:
            if self._user_sized_columns:
                self.table.setColumnHidden(MATCHED, MATCHED not in present)
                return
            widths = fit_widths(self.table.viewport().width(), present)
            for col in range(len(COLUMNS)):
                self.table.setColumnHidden(col, col not in widths)
                if col in widths:
                    self.table.setColumnWidth(col, widths[col])
        finally:
            self._fitting = False

    def _column_resized(self, index: int, _old: int, new: int) -> None:
        # The last visible section follows the window by itself, and Qt reports hiding a
        # section (to width 0) after the fact; only a drag elsewhere is a choice.
        visible = [c for c in range(len(COLUMNS)) if not self.table.isColumnHidden(c)]
        if not self._fitting and new > 0 and index in visible[:-1]:
            self._user_sized_columns = True

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.setStyleSheet(error_style(self) if error else "")

    # -- sync feedback ---------------------------------------------------------------
    def _set_syncing(self, on: bool) -> None:
        self.sync_bar.setVisible(on)
        self.cancel_button.setVisible(on)
        self.sync_button.setEnabled(not on)

    def _on_progress(self, progress: SyncProgress) -> None:
        self._set_syncing(progress.phase != "done")
        if progress.phase == "details" and progress.details_total:
            self.sync_bar.setRange(0, progress.details_total)
            self.sync_bar.setValue(progress.details_done)
        else:
            self.sync_bar.setRange(0, 0)  # list walks have no known total: a busy bar
        self.sync_label.setText(progress_text(progress))
        self.sync_label.setToolTip("")

    def _on_sync_waiting(self, wait: SyncWait) -> None:
        # The bar keeps moving and the line says why no rows arrive: never a frozen screen.
        self.sync_label.setText(waiting_text(wait))
        self.sync_label.setToolTip(describe(wait.cause).line())

    def _on_synced(self, result: SyncResult) -> None:
        self._set_syncing(False)
        done = progress_text(self.sync.last) if self.sync.last else self.tr("Synced.")
        self.sync_label.setText(self.tr("%1 Last sync %2.").replace("%1", done)
                                .replace("%2", fmt.clock_time()))
        if self.query.text().strip():
            self._run_query()  # show what the sync just added

    def _on_sync_failed(self, exc: BaseException) -> None:
        self._set_syncing(False)
        self.sync_label.setText(self.tr("Sync failed: %1 — F5 tries again.")
                                .replace("%1", describe(exc).line()))

    def _on_sync_cancelled(self) -> None:
        self._set_syncing(False)
        self.sync_label.setText(self.tr("Sync cancelled; searching what is indexed so far. "
                                        "F5 continues."))
