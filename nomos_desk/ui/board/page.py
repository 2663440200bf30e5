"""The meter-order board: the rollout at a glance, its cohorts, analytics and bulk orders.

Opening the page shows the last load from the profile's store at once and then loads
afresh (one walk per status, all at once). When the load is complete it is stored,
which dates stage entries and marks what moved since the previous load. The cohort
bar filters the board, the analytics and the bulk run alike.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.domain.cohorts import Cohort
from nomos_desk.domain.order_stages import BoardOrder, OrderFacts
from nomos_desk.domain.order_store import OrderStore
from nomos_desk.ui import fmt
from nomos_desk.ui.board import cards, joins, table
from nomos_desk.ui.board.bulk_view import BulkView
from nomos_desk.ui.board.cohort_bar import CohortBar
from nomos_desk.ui.board.kanban import Kanban
from nomos_desk.ui.board.loader import BoardLoader
from nomos_desk.ui.board.state import BoardState
from nomos_desk.ui.dialogs import choose_save_path, documents_dir
from nomos_desk.ui.export import write_csv
from nomos_desk.ui.services import Services
from nomos_desk.ui.tasks import open_dialog
from nomos_desk.ui.theme import mark_secondary
from nomos_desk.ui.views import View
from nomos_desk.ui.widgets import named

if TYPE_CHECKING:
    from nomos_desk.ui.board.analytics import AnalyticsView

PREFIX = "board."


class BoardPage(View):
    opened = Signal()        # the last stored load is on the board (before Nomos answers)
    first_cards = Signal()   # the first cards of a load are on the board
    complete = Signal()      # every card of the load is on the board, in order
    loaded = Signal()        # a load was stored and the board shows it

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardPage")
        self.services = services
        self.version = services.client.version
        self.lifecycle = joins.lifecycle_of(self.version)
        self.state = BoardState(self.lifecycle)
        self.loader = BoardLoader(services.tasks, self)
        self.set_title(self.tr("Meter orders"))
        self._opened = False
        self._recorded: set[str] = set()
        self._expected: dict[str, int] = {}
        self._cards_seen = False
        self._first_look = False  # the load on screen is the first one stored

        self.summary = named(QLabel(wordWrap=True), "boardSummary")
        self.counts = named(QLabel(), "boardCounts")
        mark_secondary(self.counts)
        self.refresh_button = named(QPushButton(self.tr("Refresh")), "boardRefresh")
        self.refresh_button.setToolTip(self.tr("Load every order again from Nomos (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = named(QPushButton(self.tr("Export CSV…")), "boardExport")
        self.export_button.setToolTip(self.tr("Save the orders of this cohort for a spreadsheet"))
        self.export_button.clicked.connect(self._export_clicked)
        self.copy_button = named(QPushButton(self.tr("Copy cards")), "boardCopy")
        self.copy_button.setToolTip(self.tr("Copy the selected cards as a table (Ctrl+C)"))
        self.copy_button.clicked.connect(self.copy_selected)

        self.cohort_bar = CohortBar()
        self.cohort_bar.changed.connect(self.set_cohort)
        self.cohort_bar.save_requested.connect(self._save_cohort_clicked)
        self.cohort_bar.delete_requested.connect(self._delete_cohort)
        self.kanban = Kanban(self.version.meter_order_statuses, self.lifecycle)
        self.kanban.open_card.connect(self.open_card)
        self.kanban.copy_requested.connect(self.copy_selected)
        self.kanban.retry_requested.connect(self.loader.retry)
        # pyqtgraph takes half a second to import: the charts are made when first shown,
        # not at every sign-in.
        self.analytics_tab = named(QWidget(), "analyticsTab")
        QVBoxLayout(self.analytics_tab).setContentsMargins(0, 0, 0, 0)
        self._analytics: AnalyticsView | None = None
        self.bulk = BulkView(services, self._subscriptions_with_orders)
        self.tabs = named(QTabWidget(), "boardTabs")
        self.tabs.addTab(self.kanban, self.tr("Board"))
        self.tabs.addTab(self.analytics_tab, self.tr("Analytics"))
        self.tabs.addTab(self.bulk, self.tr("Bulk ordering"))
        self.tabs.currentChanged.connect(lambda _: self._update_analytics())

        self.loader.page_arrived.connect(self._page)
        self.loader.column_done.connect(self._column_done)
        self.loader.column_failed.connect(self._column_failed)
        self.loader.finished.connect(self._load_finished)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.kanban,
                  self.copy_selected, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        header = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(self.summary)
        words.addWidget(self.counts)
        header.addLayout(words, 1)
        for button in (self.copy_button, self.export_button, self.refresh_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.cohort_bar)
        layout.addWidget(self.tabs, 1)
        self._show_summary()

    # -- view protocol -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._shut_down or self.services.tasks.closed:
            return  # shown while the session ends: nothing may start (or reopen a file)
        if not self._opened:
            self._opened = True
            self.services.tasks.run(PREFIX + "open", self._open(),
                                    context=self.tr("Opening the meter-order board"))
        elif not self.loader.loading:
            # Names come from the search index, which may have filled up meanwhile.
            self.services.tasks.run(PREFIX + "join", self._rejoin(), report=False)

    def refresh(self) -> None:
        if self._shut_down or self.services.tasks.closed:
            return
        if not self._opened:
            self._opened = True
            self.services.tasks.run(PREFIX + "open", self._open(),
                                    context=self.tr("Opening the meter-order board"))
        else:
            self.start_load()

    def activate(self) -> None:
        for status in self.kanban.order():
            if self.kanban.columns[status].model.rowCount():
                self.kanban.focus_card(status, 0)
                return
        super().activate()

    def shutdown(self) -> None:
        self.loader.cancel()
        self.bulk.shutdown()
        self.services.tasks.cancel(PREFIX)

    # -- loading -------------------------------------------------------------------------
    async def _open(self) -> None:
        version = self.version.name
        storage = self.services.board
        # Both files at once, each on its own thread.
        (snapshot, saved), parties = await asyncio.gather(
            storage.orders.call(lambda s: (s.snapshot(version), s.cohorts())),
            self.services.index.read(joins.parties))
        self.state.parties = parties
        self.state.load_snapshot(snapshot)
        self.cohort_bar.set_saved(saved)
        await self.show_board_gradually()
        self.opened.emit()
        self.start_load()
        self.cohort_bar.set_plans(await self.services.plans.names_or_empty())

    async def _rejoin(self) -> None:
        self.state.set_parties(await self.services.index.read(joins.parties))
        await self.show_board_gradually()

    def start_load(self) -> None:
        self._first_look = self.state.loaded_at is None
        self.state.begin_load()
        self._recorded = set()
        self._cards_seen = False
        self._expected = {s: self.state.total(s) for s in self.kanban.columns}
        self.loader.start(self.services.client, list(self.kanban.columns), self._expected)
        for status, column in self.kanban.columns.items():
            column.show_loading(0, self._expected.get(status))
        self._show_summary()

    def _page(self, status: str, page: list[OrderFacts]) -> None:
        added, gone = self.state.put_page(status, page)
        for where, ids in gone.items():
            column = self.kanban.columns.get(where)
            if column is not None and ids:
                column.model.remove(ids)
        column = self.kanban.columns[status]
        keep = self.state.filter()
        column.model.append([o for o in added if keep(o)])
        walk = self.loader.walks[status]
        column.show_loading(len(walk.orders), self._expected.get(status))
        column.show_count(column.model.rowCount(), self.state.total(status))
        if added and not self._cards_seen:
            self._cards_seen = True
            self.first_cards.emit()

    def _column_done(self, status: str) -> None:
        self.kanban.columns[status].show_done()

    def _column_failed(self, status: str, exc: BaseException) -> None:
        self.kanban.columns[status].show_failed(exc)

    def _load_finished(self) -> None:
        walked = self.loader.walked() - self._recorded
        self._recorded |= walked
        facts = [f for s in walked for f in self.loader.walks[s].orders]
        self.services.tasks.run(PREFIX + "store", self._store(facts, walked),
                                context=self.tr("Saving the meter orders"))

    async def _store(self, facts: list[OrderFacts], walked: set[str]) -> None:
        # Every card is on the board: sorted, it is complete. The store's verdict (what
        # moved, which stages began) follows and redraws only the columns it touches.
        await self.show_board_gradually()
        for status in walked:
            self.kanban.columns[status].show_done()
        self.complete.emit()
        version, lifecycle, at = self.version.name, self.lifecycle, self.state.now
        if walked:
            look = await self.services.board.orders.call(
                lambda s: s.record_load(facts, walked, lifecycle, version, at))
            touched = self.state.finish_load(look)
            await self.show_board_gradually(touched)
            self.services.refreshed()
        self._show_summary()
        self.loaded.emit()

    # -- showing -------------------------------------------------------------------------
    def show_board(self) -> None:
        """Every column afresh from the state (a cohort change, say)."""
        for _ in self._show_columns():
            pass

    async def show_board_gradually(self, only: set[str] | None = None) -> None:
        """The same (for the columns `only`, if given), a column per turn of the event
        loop: thousands of cards arrive without the window freezing."""
        for _ in self._show_columns(only):
            await asyncio.sleep(0)

    def _show_columns(self, only: set[str] | None = None) -> Iterator[str]:
        focused = self.kanban.focused_card()
        providers = {o.facts.provider for o in self.state.orders.values() if o.facts.provider}
        self.cohort_bar.set_providers(providers)
        grouped = self.state.grouped()
        for status, column in self.kanban.columns.items():
            if only is not None and status not in only:
                continue
            shown = self.state.arrange(grouped.get(status, []))
            column.model.now = self.state.now
            column.model.set_cards(shown)
            column.show_count(len(shown), self.state.total(status))
            yield status
        if focused is not None and focused.status in self.kanban.columns:
            row = self.kanban.columns[focused.status].model.row_of(focused.id)
            if row >= 0:
                self.kanban.focus_card(focused.status, row)
        self._show_summary()
        self._update_analytics()

    def set_cohort(self, cohort: Cohort) -> None:
        self.state.cohort = cohort
        self.bulk.set_cohort(cohort)
        self.show_board()

    def _show_summary(self) -> None:
        state = self.state
        if state.loaded_at is None:
            text = self.tr("Loading the meter orders from Nomos…") if self.loader.loading \
                else self.tr("No orders loaded yet.")
        elif state.changes:
            text = self.tr("Since the last look: %1").replace("%1", cards.summary(state.changes))
        elif self._first_look:
            text = self.tr("First look at the orders: from the next load on, the board marks "
                           "what moved.")
        else:
            text = self.tr("Nothing moved since the last look.")
        self.summary.setText(text)
        total = len(state.orders)
        parts = [QCoreApplication.translate("BoardPage", "%Ln order(s)", "", total)]
        if state.loaded_at is not None:
            parts.append(self.tr("loaded %1").replace(
                "%1", fmt.when_datetime(state.loaded_at, with_time=True)))
        if not state.cohort == Cohort():
            shown = sum(self.kanban.columns[s].model.rowCount() for s in self.kanban.columns)
            parts.append(QCoreApplication.translate("BoardPage", "%Ln in this cohort", "",
                                                    shown))
        if self.loader.loading:
            parts.append(self.tr("refreshing…"))
        self.counts.setText(" · ".join(parts))

    @property
    def analytics(self) -> AnalyticsView:
        if self._analytics is None:
            from nomos_desk.ui.board.analytics import AnalyticsView
            self._analytics = AnalyticsView(self.version, self.lifecycle)
            layout = self.analytics_tab.layout()
            assert layout is not None
            layout.addWidget(self._analytics)
        return self._analytics

    def _update_analytics(self) -> None:
        if self.tabs.currentWidget() is self.analytics_tab:
            # What the columns show already, not state.visible() (filtering and sorting
            # every column again, 80-140 ms at 20,000 orders).
            shown = [o for column in self.kanban.columns.values() for o in column.model.cards]
            self.analytics.show_orders(shown, self.state.now)

    # -- cards ---------------------------------------------------------------------------
    def open_card(self, order: BoardOrder) -> None:
        self.open_requested.emit("subscription", order.facts.subscription)

    def selected_or_focused(self) -> list[BoardOrder]:
        chosen = self.kanban.selected()
        focused = self.kanban.focused_card()
        return chosen or ([focused] if focused is not None else [])

    def copy_selected(self) -> None:
        chosen = self.selected_or_focused()
        if not chosen:
            self.services.status(self.tr("Select cards to copy first."))
            return
        text = table.clipboard_text(table.rows(chosen, self.version, self.lifecycle,
                                               self.state.now))
        QApplication.clipboard().setText(text)
        count = len(chosen)
        self.services.status(QCoreApplication.translate(
            "BoardPage", "%Ln card(s) copied as a table.", "", count))

    def export_to(self, path: Path) -> int:
        orders = self.state.visible()
        write_csv(path, table.headers(), table.rows(orders, self.version, self.lifecycle,
                                                    self.state.now))
        return len(orders)

    def _export_clicked(self) -> None:
        self.services.tasks.run(PREFIX + "export", self._export(),
                                context=self.tr("Exporting the meter orders"))

    async def _export(self) -> None:
        path = await choose_save_path(self, self.tr("Export meter orders"),
                                      documents_dir() / self.tr("meter-orders.csv"),
                                      QCoreApplication.translate("BoardSaving",
                                                                 "CSV files (*.csv)"))
        if path is None:
            return
        count = self.export_to(path)
        self.services.status(QCoreApplication.translate(
            "BoardPage", "%Ln order(s) saved to %1.", "", count).replace("%1", str(path)))

    # -- cohorts -------------------------------------------------------------------------
    def _save_cohort_clicked(self) -> None:
        self.services.tasks.run(PREFIX + "cohort", self._ask_and_save(),
                                context=self.tr("Saving the cohort"))

    async def _ask_and_save(self) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("cohortName")
        dialog.setWindowTitle(self.tr("Save cohort"))
        dialog.setLabelText(self.tr("Name of the cohort:"))
        dialog.setTextValue(self.cohort_bar.cohort().name)
        try:
            if not await open_dialog(dialog) or not dialog.textValue().strip():
                return
            name = dialog.textValue().strip()
        finally:
            dialog.deleteLater()
        await self.save_cohort(name)

    async def save_cohort(self, name: str) -> None:
        cohort = self.cohort_bar.cohort().named(name)
        storage = self.services.board
        def save(store: OrderStore) -> list[Cohort]:
            store.save_cohort(cohort)
            return store.cohorts()

        saved = await storage.orders.call(save)
        self.cohort_bar.set_saved(saved)
        self.cohort_bar.choose(name)

    def _delete_cohort(self, name: str) -> None:
        def forget(store: OrderStore) -> list[Cohort]:
            store.delete_cohort(name)
            return store.cohorts()

        async def delete() -> None:
            self.cohort_bar.set_saved(await self.services.board.orders.call(forget))

        if name:
            self.services.tasks.run(PREFIX + "cohort", delete(),
                                    context=self.tr("Deleting the cohort"))

    def _subscriptions_with_orders(self) -> set[str]:
        return {o.facts.subscription for o in self.state.orders.values()}
