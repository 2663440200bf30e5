"""The columns of an invoice list, and whose invoice a row is (from the search index).

The all-invoices list names each row's customer and subscription number. Nomos lists
carry the subscription id only; the local search index already knows the number and
the customer's name, so each arriving page is looked up there (no extra requests). A
subscription the index does not know yet shows its id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Signal

from nomos_desk.api.models import Invoice, Timestamp
from nomos_desk.domain.berlin import local_day
from nomos_desk.index.service import IndexService
from nomos_desk.index.store import IndexStore
from nomos_desk.ui import fmt
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.invoices import labels
from nomos_desk.ui.paging import Column

CONTEXT = "InvoiceList"


@dataclass(frozen=True, slots=True)
class Owner:
    number: str
    customer: str


def _owners(store: IndexStore, sub_ids: list[str]) -> dict[str, Owner]:
    out: dict[str, Owner] = {}
    for sub_id in sub_ids:
        sub = store.subscription(sub_id)
        if sub is None:
            continue
        person = store.customer(sub.customer_id) if sub.customer_id else None
        name = ""
        if person is not None:
            name = person.company_name or " ".join(
                p for p in (person.first_name, person.last_name) if p)
        out[sub_id] = Owner(sub.number or sub_id, name)
    return out


class OwnerNames(QObject):
    """Subscription id -> number and customer name, filled page by page from the index."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.known: dict[str, Owner] = {}

    async def learn(self, index: IndexService, invoices: list[Invoice]) -> None:
        wanted = sorted({i.subscription for i in invoices if i.subscription}
                        - self.known.keys())
        if not wanted or index.closed:
            return
        self.known.update(await index.read(lambda store: _owners(store, wanted)))
        self.changed.emit()

    def customer(self, invoice: Invoice) -> str:
        owner = self.known.get(invoice.subscription or "")
        return owner.customer if owner is not None and owner.customer else fmt.DASH

    def number(self, invoice: Invoice) -> str:
        owner = self.known.get(invoice.subscription or "")
        return owner.number if owner is not None else (invoice.subscription or fmt.DASH)


def local_date(ts: Timestamp) -> date | None:
    return local_day(ts.value) if ts.value is not None else None


def _month(invoice: Invoice) -> date | None:
    """The month the invoice is for, as Nomos states it (month, year), else its period's
    first day. Read from the fields: this runs for every painted row."""
    if invoice.year is not None and invoice.month is not None and 1 <= invoice.month <= 12:
        return date(invoice.year, invoice.month, 1)
    span = labels.days(invoice)
    return span[0] if span is not None else None


def _usage(invoice: Invoice) -> str:
    return fmt.kwh(invoice.usage, 2) if invoice.usage is not None else fmt.DASH


NUMBER: Column[Invoice] = Column(
    QT_TRANSLATE_NOOP("InvoiceList", "Number"), lambda i: i.invoice_number or i.id or fmt.DASH,
    lambda i: i.invoice_number or "")
TYPE: Column[Invoice] = Column(QT_TRANSLATE_NOOP("InvoiceList", "Type"), labels.kind,
                               labels.kind)
PERIOD: Column[Invoice] = Column(QT_TRANSLATE_NOOP("InvoiceList", "Period"),
                                 lambda i: fmt.month(_month(i), short=True), _month)
STATUS: Column[Invoice] = Column(QT_TRANSLATE_NOOP("InvoiceList", "Status"), labels.status,
                                 labels.status)
ISSUED: Column[Invoice] = Column(QT_TRANSLATE_NOOP("InvoiceList", "Issued"),
                                 lambda i: fmt.when(i.issued_at), lambda i: local_date(i.issued_at))
PAID: Column[Invoice] = Column(QT_TRANSLATE_NOOP("InvoiceList", "Paid"),
                               lambda i: fmt.when(i.paid_at), lambda i: local_date(i.paid_at))
USAGE: Column[Invoice] = Column(QT_TRANSLATE_NOOP("InvoiceList", "Usage"), _usage,
                                lambda i: i.usage, numeric=True)
TOTAL: Column[Invoice] = Column(QT_TRANSLATE_NOOP("InvoiceList", "Total"),
                                lambda i: fmt.money(i.total), lambda i: i.total, numeric=True)


def invoice_columns(owners: OwnerNames | None = None) -> list[Column[Invoice]]:
    """The list's columns; with `owners` (the all-invoices page) whose invoice it is."""
    columns: list[Column[Invoice]] = [NUMBER]
    if owners is not None:
        columns += [
            Column(QT_TRANSLATE_NOOP("InvoiceList", "Customer"), owners.customer,
                   owners.customer),
            Column(QT_TRANSLATE_NOOP("InvoiceList", "Subscription"), owners.number,
                   owners.number),
        ]
    return columns + [TYPE, PERIOD, STATUS, ISSUED, PAID, USAGE, TOTAL]
