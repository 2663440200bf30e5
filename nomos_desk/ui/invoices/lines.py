"""The invoice's line items and whether they add up: as sent, or rebuilt and labelled so.

A usage invoice shows energy, grid fees, levies and taxes, the base fees and VAT, then
the verdict ("matches to the cent" / "differs by 3,12 €"). A prepayment shows what the
period's real usage cost against the advance; a Storno whether it reverses the voided
invoice in full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout

from nomos_desk.domain.billing import PER_KWH, VAT_RATE, LineItem
from nomos_desk.domain.reconcile import SENT, PrepaymentBalance, Reconciliation
from nomos_desk.ui import fmt
from nomos_desk.ui.invoices import labels
from nomos_desk.ui.invoices.reckoning import (
    Outcome,
    QuoteMemo,
    Unchecked,
    VoidReport,
    check_invoice,
)
from nomos_desk.ui.record.section import SectionBody
from nomos_desk.ui.record.widgets import FormCard, SmallTable
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.widgets import named

if TYPE_CHECKING:
    from nomos_desk.ui.invoices.tab import InvoiceTab


def quantity_text(item: LineItem) -> str:
    if item.unit == PER_KWH:
        return fmt.kwh(item.quantity, 2)
    if float(item.quantity).is_integer():
        months = int(item.quantity)  # lupdate reads a plural's count only from a plain name
        return QCoreApplication.translate("InvoiceLines", "%Ln month(s)", "", months)
    return QCoreApplication.translate("InvoiceLines", "%1 months").replace(
        "%1", fmt.number(item.quantity, 2))


def unit_price_text(item: LineItem) -> str:
    if item.unit == PER_KWH:
        return QCoreApplication.translate("InvoiceLines", "%1 ct/kWh").replace(
            "%1", fmt.number(item.unit_price, 2))
    return QCoreApplication.translate("InvoiceLines", "%1 per month").replace(
        "%1", fmt.money(item.unit_price))


def item_rows(items: tuple[LineItem, ...]) -> list[list[str]]:
    return [[labels.line_label(i), quantity_text(i), unit_price_text(i), fmt.money(i.amount)]
            for i in items]


class LineItems(SectionBody):
    def __init__(self, tab: InvoiceTab) -> None:
        super().__init__(tab)
        self.outcome: Outcome | None = None
        self.memo = QuoteMemo()
        self.source = named(QLabel(wordWrap=True), "linesSource")
        mark_secondary(self.source)
        self.table = named(SmallTable([self.tr("Item"), self.tr("Quantity"),
                                       self.tr("Unit price"), self.tr("Amount")],
                                      stretch=0, numeric=(1, 2, 3)), "lineItems")
        self.sums = FormCard()
        self.verdict = named(QLabel(wordWrap=True), "linesVerdict")
        font = QFont(self.verdict.font())
        font.setBold(True)
        self.verdict.setFont(font)
        self.notes = named(QLabel(wordWrap=True), "linesNotes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The verdict first: "does it add up?" is what the caller asks.
        for widget in (self.verdict, self.source, self.table, self.sums, self.notes):
            layout.addWidget(widget)
        layout.addStretch(1)

    async def load(self) -> bool:
        loaded = await self.tab.record()
        outcome = await check_invoice(self.services.client, loaded.invoice,
                                      loaded.subscription, self.memo, loaded.voids)
        self.show_outcome(outcome)
        return True

    def show_outcome(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.table.setVisible(not isinstance(outcome, Unchecked))
        self.notes.setText("")
        if isinstance(outcome, Reconciliation):
            self._show_usage(outcome)
        elif isinstance(outcome, PrepaymentBalance):
            self._show_prepayment(outcome)
        elif isinstance(outcome, VoidReport):
            self._show_void(outcome)
        else:
            self.source.setText(self.tr("The line items cannot be shown: %1")
                                .replace("%1", labels.missing(outcome.why)))
            self.sums.set_rows([])
            self._set_verdict("", ok=True)
        self.notes.setVisible(bool(self.notes.text()))

    def show_items(self, items: tuple[LineItem, ...]) -> None:
        self.table.set_rows(item_rows(items))
        for row, item in enumerate(items):
            cell = self.table.item(row, 0)
            if cell is not None and item.name:  # as the customer's document words it
                cell.setToolTip(self.tr("On the document: %1").replace("%1", item.name))

    def _set_verdict(self, text: str, *, ok: bool) -> None:
        self.verdict.setText(text)
        self.verdict.setVisible(bool(text))
        self.verdict.setStyleSheet("" if ok else error_style(self))
        self.verdict.setProperty("ok", ok)

    def _vat_rows(self, check: Reconciliation) -> list[tuple[str, str, str]]:
        vat = fmt.number(VAT_RATE * 100, 0)
        return [("net", self.tr("Net"), fmt.money(check.breakdown.net)),
                ("vat", self.tr("VAT %1 %").replace("%1", vat), fmt.money(check.breakdown.vat))]

    def _show_usage(self, check: Reconciliation) -> None:
        if check.source == SENT:
            self.source.setText(self.tr("Line items as Nomos sent them with the invoice."))
        else:
            self.source.setText(self.tr(
                "Reconstructed from the period's usage × prices plus the plan's monthly base "
                "fees: Nomos sends no line items for this invoice."))
        self.show_items(check.breakdown.items)
        self.sums.set_rows(self._vat_rows(check) + [
            ("lines_total", self.tr("Line items total"), fmt.money(check.breakdown.total)),
            ("invoice_total", self.tr("Invoice total"), fmt.money(check.stated_total))])
        self._set_verdict(labels.verdict(check), ok=check.matches)
        self.notes.setText("\n".join(labels.notes(check)))

    def _show_prepayment(self, balance: PrepaymentBalance) -> None:
        self.source.setText(self.tr(
            "A prepayment (Abschlag) charges a fixed advance. Set against the period's real "
            "usage, rebuilt from usage × prices plus the plan's monthly base fees:"))
        cost = balance.cost
        self.show_items(cost.breakdown.items)
        self.sums.set_rows([
            ("usage_cost", self.tr("Cost of the period's usage"), fmt.money(cost.breakdown.total)),
            ("advance", self.tr("Advance charged"), fmt.money(balance.advance)),
            ("balance", self.tr("Balance"), fmt.money(balance.balance))])
        self._set_verdict(labels.balance_text(balance), ok=True)
        if cost.priced is not None and cost.priced.averaged:
            self.notes.setText(self.tr(
                "The meter reports its usage per month, so the energy is priced at the "
                "month's average price: the cost is an estimate."))

    def _show_void(self, report: VoidReport) -> None:
        original = report.original
        number = original.invoice_number or original.id or fmt.DASH
        self.source.setText(self.tr("A Storno reverses an invoice: its total is the voided "
                                    "invoice's, negated."))
        self.table.set_rows([[self.tr("Reversal of invoice %1").replace("%1", number),
                              fmt.DASH, fmt.DASH, fmt.money(report.check.void_total)]])
        self.sums.set_rows([
            ("original", self.tr("Voided invoice %1").replace("%1", number),
             fmt.money(report.check.original_total)),
            ("reversal", self.tr("This Storno"), fmt.money(report.check.void_total)),
            ("remainder", self.tr("Left of the voided invoice"),
             fmt.money(report.check.remainder))])
        if report.check.reverses_in_full:
            self._set_verdict(self.tr("Reverses invoice %1 in full.").replace("%1", number),
                              ok=True)
        else:
            self._set_verdict(self.tr("Reverses invoice %1 only in part: %2 remain.")
                              .replace("%1", number)
                              .replace("%2", fmt.money(report.check.remainder)), ok=False)
