"""An invoice in its own tab: its facts, its line items and check, and its PDF.

Usage, prepayment and void invoices each read as what they are. A Storno links to
the invoice it voids; a voided invoice links to its Storno, which Nomos does not
name (only the Storno carries `voids`), so it is found by listing the subscription's
void invoices.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api import errors
from nomos_desk.api.models import Invoice, Subscription
from nomos_desk.ui import fmt
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.invoices import labels
from nomos_desk.ui.invoices.document import InvoiceDocument
from nomos_desk.ui.invoices.lines import LineItems
from nomos_desk.ui.invoices.reckoning import find_void_of
from nomos_desk.ui.record.section import LEFT, RIGHT, SectionBody, SectionSpec
from nomos_desk.ui.record.tab import RecordTab
from nomos_desk.ui.record.widgets import FormCard
from nomos_desk.ui.services import Services
from nomos_desk.ui.widgets import left_row, named

T = TypeVar("T")
# Below this width the document goes under the facts: beside them it had no room for its
# tools or a readable page.
SIDE_BY_SIDE_WIDTH = 1000
COLUMN_ROOM = 60  # margins, spacing and the scroll bar beside the two columns


@dataclass(frozen=True, slots=True)
class LoadedInvoice:
    invoice: Invoice
    subscription: Subscription | None
    voids: Invoice | None = None      # the invoice this Storno reverses
    voided_by: Invoice | None = None  # the Storno that reverses this invoice


async def _found(call: Awaitable[T]) -> T | None:
    """The record, or None where Nomos does not know it (a link into nothing)."""
    try:
        return await call
    except errors.NotFound:
        return None


async def _nothing() -> None:
    return None


def number_of(invoice: Invoice | None) -> str:
    if invoice is None:
        return fmt.DASH
    return invoice.invoice_number or invoice.id or fmt.DASH


class InvoiceFacts(SectionBody):
    def __init__(self, tab: InvoiceTab) -> None:
        super().__init__(tab)
        self.related_id: str | None = None
        self.facts = FormCard()
        self.related = named(QLabel(wordWrap=True), "invoiceRelated")
        self.related_button = named(QPushButton(), "openRelated")
        self.related_button.clicked.connect(self._open_related)
        row = left_row(self.related_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.facts)
        layout.addWidget(self.related)
        layout.addLayout(row)
        layout.addStretch(1)

    async def load(self) -> bool:
        loaded: LoadedInvoice = await self.tab.record()
        self.facts.set_rows(self.rows(loaded))
        self.show_related(loaded)
        return True

    def rows(self, loaded: LoadedInvoice) -> list[tuple[str, str, str]]:
        inv, sub = loaded.invoice, loaded.subscription
        customer = sub.customer.display_name if sub is not None and sub.customer else None
        total_label = {"prepayment": self.tr("Advance"), "void": self.tr("Reversed amount")}
        rows = [
            ("number", self.tr("Invoice number"), inv.invoice_number or fmt.DASH),
            ("type", self.tr("Type"), labels.kind(inv)),
            ("status", self.tr("Status"), labels.status(inv)),
            ("period", self.tr("Billing period"), labels.period(inv)),
            ("issued", self.tr("Issued"), fmt.when(inv.issued_at)),
            ("paid", self.tr("Paid"), fmt.when(inv.paid_at)),
        ]
        if inv.type == "usage" or inv.usage is not None:
            rows.append(("usage", self.tr("Usage"), fmt.kwh(inv.usage, 2)))
        rows += [
            ("total", total_label.get(inv.type or "", self.tr("Total")), fmt.money(inv.total)),
            ("subscription", self.tr("Subscription"),
             (sub.number if sub is not None else None) or inv.subscription or fmt.DASH),
            ("customer", self.tr("Customer"), customer or fmt.DASH),
            ("invoice_id", self.tr("Invoice id"), inv.id or fmt.DASH),
        ]
        return rows

    def show_related(self, loaded: LoadedInvoice) -> None:
        inv = loaded.invoice
        self.related_id = None
        text = ""
        if inv.type == "void":
            original = loaded.voids
            self.related_id = inv.voids
            if original is not None:
                text = (self.tr("This Storno reverses invoice %1 (%2, %3).")
                        .replace("%1", number_of(original)).replace("%2", labels.period(original))
                        .replace("%3", fmt.money(original.total)))
            else:
                text = self.tr("This Storno reverses invoice %1, which Nomos does not know.") \
                    .replace("%1", inv.voids or fmt.DASH)
                self.related_id = None
            self.related_button.setText(self.tr("Open voided invoice"))
        elif inv.status == "voided":
            storno = loaded.voided_by
            if storno is not None:
                self.related_id = storno.id
                text = (self.tr("Voided by Storno %1, issued %2.")
                        .replace("%1", number_of(storno)).replace("%2", fmt.when(storno.issued_at)))
            else:
                text = self.tr("Voided; its Storno is not among the subscription's invoices.")
            self.related_button.setText(self.tr("Open Storno"))
        self.related.setText(text)
        self.related.setVisible(bool(text))
        self.related_button.setVisible(self.related_id is not None)

    def _open_related(self) -> None:
        if self.related_id:
            self.tab.open_requested.emit("invoice", self.related_id)


class InvoiceTab(RecordTab):
    KIND = "invoice"
    SECTIONS = (
        SectionSpec("facts", QT_TRANSLATE_NOOP("Sections", "Invoice"), InvoiceFacts,
                    column=LEFT),
        SectionSpec("lines", QT_TRANSLATE_NOOP("Sections", "Line items"), LineItems,
                    column=LEFT),
        SectionSpec("document", QT_TRANSLATE_NOOP("Sections", "Document"), InvoiceDocument,
                    column=RIGHT, stretch=True),
    )

    def __init__(self, services: Services, record_id: str) -> None:
        self.subscription_id: str | None = None
        super().__init__(services, record_id)
        self.open_subscription = named(QPushButton(self.tr("Open subscription")),
                                       "openSubscription")
        self.open_subscription.setEnabled(False)
        self.open_subscription.clicked.connect(self._open_subscription)
        self.action_row.addWidget(self.open_subscription)
        # Wrapped labels are taller when narrower: a scroll bar that came and went with the
        # height changed the width, and each turn re-rendered the PDF (seconds in German).
        self.loaded.connect(self._fit_columns)
        self.document.state_changed.connect(self._fit_columns)
        scroll = self.findChild(QScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if scroll is not None:
            scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def _grid(self) -> QWidget:
        """Two columns that grow on their own: the document is as tall as a page, and in
        the frame's shared rows it stretched the facts beside it and pushed the line
        items below the fold. A narrow window puts the document below them."""
        body = QWidget()
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        for side in (LEFT, RIGHT):
            column = QVBoxLayout()
            for section in self.sections.values():
                if section.spec.column == side:
                    column.addWidget(section, 1 if section.spec.stretch else 0)
            if not any(s.spec.stretch for s in self.sections.values() if s.spec.column == side):
                column.addStretch(1)
            # The facts and line items get the larger share: the PDF reads well narrower.
            self.columns.addLayout(column, 3 if side == LEFT else 2)
        return body

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self, *_: object) -> None:
        """Side by side only where both columns fit: longer texts (German) and a loaded
        document need more room than the empty sections the tab opened with."""
        need = sum(max((s.minimumSizeHint().width() for s in self.sections.values()
                        if s.spec.column == side), default=0) for side in (LEFT, RIGHT))
        narrow = self.width() < max(SIDE_BY_SIDE_WIDTH, need + COLUMN_ROOM)
        direction = (QBoxLayout.Direction.TopToBottom if narrow
                     else QBoxLayout.Direction.LeftToRight)
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    @property
    def document(self) -> InvoiceDocument:
        body = self.sections["document"].body
        assert isinstance(body, InvoiceDocument)
        return body

    async def fetch_record(self) -> LoadedInvoice:
        client = self.services.client
        invoice = await client.get_invoice(self.record_id)
        voids = invoice.voids if invoice.type == "void" else None
        sub, original, storno = await asyncio.gather(
            _found(client.get_subscription(invoice.subscription))
            if invoice.subscription else _nothing(),
            _found(client.get_invoice(voids)) if voids else _nothing(),
            find_void_of(client, invoice) if invoice.status == "voided" else _nothing())
        return LoadedInvoice(invoice, sub, original, storno)

    async def show_record(self, record: LoadedInvoice) -> None:
        inv, sub = record.invoice, record.subscription
        kind = {"void": self.tr("Storno %1"), "prepayment": self.tr("Prepayment invoice %1")}
        title = kind.get(inv.type or "", self.tr("Invoice %1")).replace("%1", number_of(inv))
        self.title_label.setText(title)
        who = sub.customer.display_name if sub is not None and sub.customer else None
        self.subtitle.setText(" · ".join(p for p in (
            labels.status(inv), labels.period(inv), fmt.money(inv.total), who) if p))
        self.set_title(title)
        self.subscription_id = inv.subscription
        self.open_subscription.setEnabled(bool(inv.subscription))

    def _open_subscription(self) -> None:
        if self.subscription_id:
            self.open_requested.emit("subscription", self.subscription_id)

    def shutdown(self) -> None:
        super().shutdown()
        self.document.shutdown()
