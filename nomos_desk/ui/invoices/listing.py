"""An invoice list that scales: filters sent to Nomos, pages loaded as the user scrolls,
sorting, totals of what is shown and CSV export of the whole filtered list.

The same widget serves the Invoices page (all subscriptions, with customer and
subscription columns from the search index) and a subscription workspace's section.
Double-click or Enter opens an invoice in its own tab.
"""

from __future__ import annotations

import asyncio
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api.models import Invoice
from nomos_desk.ui import fmt
from nomos_desk.ui.dialogs import choose_save_path, documents_dir
from nomos_desk.ui.errors import describe
from nomos_desk.ui.export import Cell, write_csv
from nomos_desk.ui.invoices.columns import (
    CONTEXT,
    TOTAL,
    TYPE,
    USAGE,
    OwnerNames,
    invoice_columns,
)
from nomos_desk.ui.invoices.filters import InvoiceFilters
from nomos_desk.ui.paging import ItemRole, PagedModel
from nomos_desk.ui.services import Services
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.widgets import named

PAGE_SIZE = 50


async def next_page(model: PagedModel[Invoice]) -> None:
    """Wait until the page in flight has arrived (or the walk ended or failed)."""
    if not model.loading:
        if model.error is not None:
            raise model.error
        return
    arrived: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def settle(*_: object) -> None:
        if not arrived.done():
            arrived.set_result(None)

    signals = (model.page_loaded, model.finished, model.failed)
    for signal in signals:
        signal.connect(settle)
    try:
        await arrived
    finally:
        for signal in signals:
            signal.disconnect(settle)
    if model.error is not None:
        raise model.error


class InvoiceList(QWidget):
    open_requested = Signal(str, str)  # kind, id

    def __init__(self, services: Services, task_prefix: str, *,
                 subscription: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.subscription = subscription
        self.task_prefix = task_prefix
        self.owners = OwnerNames(self) if subscription is None else None
        self.filters = named(InvoiceFilters(), "invoiceFilters")
        self.filters.changed.connect(self.reload)
        self.export_button = named(QPushButton(self.tr("Export CSV…")), "exportInvoices")
        self.export_button.setToolTip(self.tr("Save every invoice these filters match as a "
                                              "spreadsheet file"))
        self.export_button.clicked.connect(self._export_clicked)

        self.model: PagedModel[Invoice] = PagedModel(
            services.tasks, task_prefix + "page", invoice_columns(self.owners), context=CONTEXT,
            parent=self)
        self.table = named(QTableView(), "invoiceTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 10,000 rows scroll smoothly
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # Nomos's order: newest first
        self.table.setSortingEnabled(True)
        self.table.setToolTip(self.tr("Double-click or press Enter to open the invoice"))
        self.table.activated.connect(self._open)
        self._sized = False

        self.summary = named(QLabel(wordWrap=True), "invoiceSummary")
        mark_secondary(self.summary)
        self.problem = named(QLabel(wordWrap=True), "invoiceProblem")
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.model.retry)

        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.model.page_loaded.connect(self._page_loaded)
        self.model.finished.connect(self._show_state)
        self.model.failed.connect(self._show_state)
        self.model.modelReset.connect(self._show_state)
        if self.owners is not None:
            self.owners.changed.connect(self._owners_known)
        self._show_state()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Start the list over with the current filters (the page in flight is cancelled)."""
        client, conditions, subscription = (self.services.client, self.filters.filter(),
                                            self.subscription)
        self.model.reset(lambda: client.list_invoices(conditions, subscription=subscription,
                                                      limit=PAGE_SIZE))

    async def first_page(self) -> None:
        """Reload and wait for the first page; its failure is raised (a section shows it)."""
        self.reload()
        await next_page(self.model)

    async def load_all(self) -> None:
        """Every remaining page of the filtered list (for the export)."""
        while not self.model.done:
            if not self.model.loading:
                self.model.error = None
                self.model.fetchMore(QModelIndex())
            await next_page(self.model)
            self._show_state()

    def shutdown(self) -> None:
        self.services.tasks.cancel(self.task_prefix)

    # -- what is shown --------------------------------------------------------------------------
    def _page_loaded(self, count: int) -> None:
        if not self._sized and self.model.rowCount():
            self._sized = True
            self.table.resizeColumnsToContents()
            # The words take the spare width: whose invoice (page) or which kind (section).
            spare = self.model.columns.index(TYPE) if self.owners is None else 1
            self.table.horizontalHeader().setSectionResizeMode(
                spare, QHeaderView.ResizeMode.Stretch)
        if self.owners is not None and count:
            page = self.model.items[-count:]
            self.services.tasks.run(self.task_prefix + f"owners{len(self.model.items)}",
                                    self.owners.learn(self.services.index, page), report=False)
        self._show_state()

    def _owners_known(self) -> None:
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 1),
                                        self.model.index(self.model.rowCount() - 1, 2))
            self.table.resizeColumnToContents(2)  # numbers now, no longer long ids

    def _show_state(self, *_: object) -> None:
        error = self.model.error
        self.problem.setVisible(error is not None)
        self.retry_button.setVisible(error is not None)
        if error is not None:
            self.problem.setText(self.tr("⚠ The next invoices did not load: %1")
                                 .replace("%1", describe(error).line()))
            self.problem.setStyleSheet(error_style(self))
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        count = self.model.rowCount()
        if count == 0:
            if self.model.done:
                return (self.tr("No invoices match these filters.") if self.filters.active()
                        else self.tr("No invoices yet."))
            return self.tr("Loading invoices…")
        shown = QCoreApplication.translate("InvoiceList", "%Ln invoice(s)", "", count)
        total = fmt.money(self.model.total(self.model.columns.index(TOTAL)))
        usage = fmt.kwh(self.model.total(self.model.columns.index(USAGE)), 0)
        text = (self.tr("%1 · total %2 · usage %3").replace("%1", shown)
                .replace("%2", total).replace("%3", usage))
        if not self.model.done:
            text += " · " + self.tr("more load as you scroll")
        return text

    def _open(self, index: QModelIndex) -> None:
        invoice = index.data(ItemRole)
        if isinstance(invoice, Invoice) and invoice.id:
            self.open_requested.emit("invoice", invoice.id)

    # -- export -----------------------------------------------------------------------------------
    def _export_clicked(self) -> None:
        name = self.task_prefix + "export"
        if self.services.tasks.is_running(name):
            self.services.tasks.cancel(name)
            return
        self.services.tasks.run(name, self._export(), context=self.tr("Exporting invoices"))

    async def _export(self) -> None:
        path = await choose_save_path(self, self.tr("Export invoices"),
                                      documents_dir() / self.tr("invoices.csv"),
                                      self.tr("CSV files (*.csv)"))
        if path is None:
            return
        self.export_button.setText(self.tr("Cancel export"))
        try:
            await self.load_all()
        finally:
            self.export_button.setText(self.tr("Export CSV…"))
        headers = [QCoreApplication.translate(CONTEXT, c.header) for c in self.model.columns]
        write_csv(path, headers, self.rows())
        count = len(self.model.items)
        self.services.status(QCoreApplication.translate(
            "InvoiceList", "Saved %Ln invoice(s) to %1.", "", count).replace("%1", str(path)))

    def rows(self) -> list[list[Cell]]:
        """The loaded rows in the order shown, each cell as a value a spreadsheet can use."""
        out: list[list[Cell]] = []
        for item in self.model.items:
            out.append([_cell(c.value(item) if c.value is not None else c.text(item))
                        for c in self.model.columns])
        return out


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | date):
        return value
    return str(value)
