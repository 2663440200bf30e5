"""All leads, newest first, loading more as the user scrolls.

The period is a filter Nomos applies (`created_at`); converted or not is not one of
the lead list's filters (Nomos ignores filters it does not know and would return
everything), so that one is applied here, over the rows already loaded, and more
pages are asked for while the visible rows do not fill the table.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api.filters import F, Filter
from nomos_desk.api.models import Lead
from nomos_desk.api.pagination import Pager
from nomos_desk.domain.leads import PERIODS, period_bounds
from nomos_desk.ui import fmt
from nomos_desk.ui.errors import describe
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.leads.facts import LeadNames, converted_text
from nomos_desk.ui.paging import Column, ItemRole, PagedModel
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.widgets import named

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

CTX = "LeadsList"
PAGE = 50
CREATED, CUSTOMER, PLAN, CREATED_BY, VISITED, CONVERTED = range(6)
ALL, CONVERTED_ONLY, OPEN_ONLY = "all", "converted", "open"
STATES = {ALL: QT_TRANSLATE_NOOP("LeadsList", "All leads"),
          CONVERTED_ONLY: QT_TRANSLATE_NOOP("LeadsList", "Converted"),
          OPEN_ONLY: QT_TRANSLATE_NOOP("LeadsList", "Not converted")}
PERIOD_WORDS = {"all": QT_TRANSLATE_NOOP("LeadsList", "Any time"),
                "today": QT_TRANSLATE_NOOP("LeadsList", "Today"),
                "7_days": QT_TRANSLATE_NOOP("LeadsList", "Last 7 days"),
                "30_days": QT_TRANSLATE_NOOP("LeadsList", "Last 30 days"),
                "this_month": QT_TRANSLATE_NOOP("LeadsList", "This month"),
                "last_month": QT_TRANSLATE_NOOP("LeadsList", "Last month"),
                "this_year": QT_TRANSLATE_NOOP("LeadsList", "This year")}


class StateFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = ALL

    def set_state(self, state: str) -> None:
        self.beginFilterChange()
        self.state = state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex  # noqa: N802
                         ) -> bool:
        source = self.sourceModel()
        lead = source.data(source.index(row, 0, parent), ItemRole)
        if not isinstance(lead, Lead) or self.state == ALL:
            return True
        return bool(lead.subscription) == (self.state == CONVERTED_ONLY)


class LeadsList(QWidget):
    open_requested = Signal(str, str)

    def __init__(self, services: Services, task_prefix: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("leadsList")
        self.services = services
        self.task_prefix = task_prefix
        self.names = LeadNames()
        columns: list[Column[Lead]] = [
            Column(QT_TRANSLATE_NOOP("LeadsList", "Created"),
                   lambda x: fmt.when(x.created_at, with_time=True), lambda x: x.created_at.value),
            Column(QT_TRANSLATE_NOOP("LeadsList", "Customer"), self.names.customer),
            Column(QT_TRANSLATE_NOOP("LeadsList", "Plan"), self.names.plan),
            Column(QT_TRANSLATE_NOOP("LeadsList", "Created by"),
                   lambda x: x.created_by or fmt.DASH),
            Column(QT_TRANSLATE_NOOP("LeadsList", "Last visited"),
                   lambda x: fmt.when(x.last_visited_at, with_time=True)),
            Column(QT_TRANSLATE_NOOP("LeadsList", "Converted"), converted_text),
        ]
        self.model: PagedModel[Lead] = PagedModel(services.tasks, task_prefix + "page", columns,
                                                  context=CTX, parent=self)
        self.proxy = StateFilter(self)
        self.proxy.setSourceModel(self.model)

        self.state = named(QComboBox(), "leadState")
        for key, text in STATES.items():
            self.state.addItem(self.tr(text), key)
        self.period = named(QComboBox(), "leadPeriod")
        for key in PERIODS:
            self.period.addItem(self.tr(PERIOD_WORDS[key]), key)
        self.open_button = named(QPushButton(self.tr("Open lead")), "openSelectedLead")
        self.subscription_button = named(QPushButton(self.tr("Open subscription")),
                                         "openLeadSubscription")
        self.table = named(QTableView(), "leadsTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # a narrow window scrolls instead of eliding names
        for column, width in ((CREATED, 150), (CUSTOMER, 200), (PLAN, 170), (CREATED_BY, 200),
                              (VISITED, 150), (CONVERTED, 150)):
            self.table.setColumnWidth(column, width)
        self.status = named(QLabel(), "leadsStatus")
        mark_secondary(self.status)
        self.hint = QLabel(self.tr("Double-click a lead to open it; on “Converted”, its "
                                   "subscription."), wordWrap=True)
        mark_secondary(self.hint)
        self.retry_button = named(QPushButton(self.tr("Try again")), "retryLeads")
        self.retry_button.hide()

        self.state.currentIndexChanged.connect(self._state_changed)
        self.period.currentIndexChanged.connect(lambda *_: self.refresh())
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.open_button.clicked.connect(lambda: self._open_selected(subscription=False))
        self.subscription_button.clicked.connect(lambda: self._open_selected(subscription=True))
        self.retry_button.clicked.connect(self._retry)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.finished.connect(self._show_status)
        self.model.failed.connect(self._failed)
        self.model.modelReset.connect(self._show_status)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.state)
        filters.addWidget(QLabel(self.tr("Created:")))
        filters.addWidget(self.period)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.retry_button)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.subscription_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.hint)
        self._selection()
        self.started = False

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Start over (F5, a new period, a lead just created)."""
        self.started = True
        self.services.tasks.run_guarded(self.task_prefix + "plans", self._learn_plans,
                                        on_error=lambda exc: None)  # plan ids stand in
        self.model.reset(self._pager)

    def _pager(self) -> Pager[Lead]:
        return self.services.client.list_leads(self.period_filter(), limit=PAGE)

    def period_filter(self) -> Filter:
        start, end = period_bounds(str(self.period.currentData()), datetime.now(fmt.BERLIN))
        conditions = Filter()
        if start is not None:
            conditions = conditions & F("created_at").gte(start)
        if end is not None:  # dates filter with gte and lte only: the last moment before end
            conditions = conditions & F("created_at").lte(end - timedelta(milliseconds=1))
        return conditions

    async def _learn_plans(self) -> None:
        self.names.learn_plans(await self.services.plans.plans())
        self._names_changed(PLAN)

    def _page_loaded(self, count: int) -> None:
        leads = list(self.model.items)
        self.services.tasks.run_guarded(self.task_prefix + "names", lambda: self._learn(leads),
                                        on_error=lambda exc: None)  # names are a courtesy
        self._show_status()
        QTimer.singleShot(0, self._fill)

    async def _learn(self, leads: list[Lead]) -> None:
        if await self.names.learn_customers(self.services, leads):
            self._names_changed(CUSTOMER)

    def _names_changed(self, column: int) -> None:
        rows = self.model.rowCount()
        if rows:
            self.model.dataChanged.emit(self.model.index(0, column),
                                        self.model.index(rows - 1, column))

    def _fill(self) -> None:
        """Ask for more while the rows shown (after the converted filter) fill no screen."""
        if not self.model.canFetchMore(QModelIndex()):
            return
        row_height = max(self.table.verticalHeader().defaultSectionSize(), 1)
        if self.proxy.rowCount() * row_height < self.table.viewport().height() + row_height:
            self.model.fetchMore(QModelIndex())

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Could not load leads: %1").replace(
            "%1", describe(exc).line()))
        self.status.setStyleSheet(error_style(self))
        self.retry_button.show()

    def _retry(self) -> None:
        self.retry_button.hide()
        self.model.retry()
        self._show_status()

    def _state_changed(self) -> None:
        self.proxy.set_state(str(self.state.currentData()))
        self._show_status()
        self._fill()

    def _show_status(self) -> None:
        if self.model.error is not None:
            return
        self.status.setStyleSheet("")
        shown, loaded = self.proxy.rowCount(), self.model.rowCount()
        if not self.model.done:
            more = self.tr("more load as you scroll") if loaded else self.tr("Loading…")
        elif loaded == 0:
            more = self.tr("no leads in this period")
        else:
            more = self.tr("all loaded")
        if loaded and shown != loaded:
            text = self.tr("%1 of %2 loaded leads shown").replace(
                "%1", fmt.integer(shown)).replace("%2", fmt.integer(loaded))
        elif loaded:
            text = self.tr("%n lead(s)", "", shown)
        else:
            text = ""
        self.status.setText(" · ".join(p for p in (text, more) if p))

    # -- opening -------------------------------------------------------------------------------
    def lead_at(self, row: int) -> Lead | None:
        lead: Any = self.proxy.data(self.proxy.index(row, 0), ItemRole)
        return lead if isinstance(lead, Lead) else None

    def _selected(self) -> Lead | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lead_at(rows[0].row()) if rows else None

    def _selection(self) -> None:
        lead = self._selected()
        self.open_button.setEnabled(lead is not None)
        self.subscription_button.setEnabled(lead is not None and bool(lead.subscription))

    def _activated(self, index: QModelIndex) -> None:
        lead = self.lead_at(index.row())
        if lead is None:
            return
        if index.column() == CONVERTED and lead.subscription:
            self.open_requested.emit("subscription", lead.subscription)
        elif lead.id:
            self.open_requested.emit("lead", lead.id)

    def _open_selected(self, *, subscription: bool) -> None:
        lead = self._selected()
        if lead is None:
            return
        if subscription and lead.subscription:
            self.open_requested.emit("subscription", lead.subscription)
        elif not subscription and lead.id:
            self.open_requested.emit("lead", lead.id)
