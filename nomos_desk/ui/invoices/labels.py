"""Invoice words: statuses, types, periods, line-item kinds and the check's verdict."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from nomos_desk.api.models import Invoice
from nomos_desk.domain.berlin import months_later
from nomos_desk.domain.billing import PER_KWH, LineItem
from nomos_desk.domain.pricing import billing_days
from nomos_desk.domain.reconcile import RECONSTRUCTED, PrepaymentBalance, Reconciliation
from nomos_desk.ui import fmt
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.invoices.reckoning import Missing

INVOICE_STATUS = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "paid": QT_TRANSLATE_NOOP("Labels", "Paid"),
    "voided": QT_TRANSLATE_NOOP("Labels", "Voided"),
    "uncollectible": QT_TRANSLATE_NOOP("Labels", "Uncollectible"),
}
INVOICE_TYPES = {
    "usage": QT_TRANSLATE_NOOP("Labels", "Usage invoice"),
    "prepayment": QT_TRANSLATE_NOOP("Labels", "Prepayment invoice"),
    "void": QT_TRANSLATE_NOOP("Labels", "Storno (void)"),
}
# A line item by its group, per kWh or per month.
LINE_KINDS = {
    ("energy", True): QT_TRANSLATE_NOOP("Labels", "Energy"),
    ("grid", True): QT_TRANSLATE_NOOP("Labels", "Grid fees per kWh"),
    ("levies", True): QT_TRANSLATE_NOOP("Labels", "Levies and taxes"),
    ("fee", False): QT_TRANSLATE_NOOP("Labels", "Base fee"),
    ("grid", False): QT_TRANSLATE_NOOP("Labels", "Grid fees per month"),
    ("metering", False): QT_TRANSLATE_NOOP("Labels", "Metering fee"),
}
MISSING = {
    Missing.PERIOD: QT_TRANSLATE_NOOP("Invoices", "The invoice's billing period is unreadable."),
    Missing.TOTAL: QT_TRANSLATE_NOOP("Invoices", "The invoice carries no total to check."),
    Missing.SUBSCRIPTION: QT_TRANSLATE_NOOP(
        "Invoices", "The subscription lacks its plan, delivery address or meter."),
    Missing.NOT_ACTIVE: QT_TRANSLATE_NOOP(
        "Invoices", "Nomos gives prices only while a subscription is active; this one is "
                    "not, so the line items cannot be rebuilt."),
    Missing.NO_USAGE: QT_TRANSLATE_NOOP("Invoices", "Nomos has no usage data for this period."),
    Missing.NO_PRICES: QT_TRANSLATE_NOOP("Invoices", "Nomos has no prices for this period."),
    Missing.NO_BASE_FEES: QT_TRANSLATE_NOOP(
        "Invoices", "Nomos refused a quote for the plan, so its monthly base fees are unknown."),
    Missing.ORIGINAL: QT_TRANSLATE_NOOP("Invoices", "The voided invoice cannot be found."),
}


def status(invoice: Invoice) -> str:
    return fmt.word(invoice.status, INVOICE_STATUS)


def kind(invoice: Invoice) -> str:
    return fmt.word(invoice.type, INVOICE_TYPES)


def days(invoice: Invoice) -> tuple[date, date] | None:
    """The local days [first, stop) the invoice bills, None when its period is unreadable."""
    start, end = invoice.period_start.value, invoice.period_end.value
    if start is None or end is None or end <= start:
        return None
    return billing_days(start, end)


def period(invoice: Invoice) -> str:
    """"October 2025" for a calendar month, else the first and last day."""
    span = days(invoice)
    if span is None:
        return fmt.DASH
    first, stop = span
    if first.day == 1 and stop == months_later(first, 1):
        return fmt.month(first)
    return (QCoreApplication.translate("Invoices", "%1 – %2").replace("%1", fmt.day(first))
            .replace("%2", fmt.day(stop - timedelta(days=1))))


def line_label(item: LineItem) -> str:
    """What a line is, in the user's language; a kind the app does not know keeps its name."""
    label = LINE_KINDS.get((item.group, item.unit == PER_KWH))
    return fmt.tr(label) if label is not None else (item.name or fmt.DASH)


def missing(why: Missing) -> str:
    return QCoreApplication.translate("Invoices", MISSING[why])


def verdict(check: Reconciliation) -> str:
    """Whether the line items add up to the invoice's total, and if not by how much."""
    difference = check.difference
    if difference == 0:
        return QCoreApplication.translate(
            "Invoices", "Matches to the cent: the line items add up to the invoice total.")
    amount = fmt.money(abs(difference))
    priced = check.priced
    if check.source == RECONSTRUCTED and priced is not None and priced.averaged:
        text = QCoreApplication.translate(
            "Invoices", "Differs by %1. The meter reports its usage per month, so the energy "
            "is priced here at the month's average price; the invoice prices it over the "
            "month's hours, so this rebuild is an estimate.")
    elif check.source == RECONSTRUCTED and abs(difference) <= 0.01:
        text = QCoreApplication.translate(
            "Invoices", "Differs by %1, within the rounding of the quarter-hour usage figures "
            "Nomos sends.")
    elif difference > 0:
        text = QCoreApplication.translate(
            "Invoices", "Differs by %1: the invoice asks %1 more than its line items add up to.")
    else:
        text = QCoreApplication.translate(
            "Invoices", "Differs by %1: the invoice asks %1 less than its line items add up to.")
    return text.replace("%1", amount)


def notes(check: Reconciliation) -> list[str]:
    """What else an agent should know about the figures behind the check."""
    out: list[str] = []
    gap = check.usage_difference
    priced = check.priced
    if gap is not None and priced is not None and check.stated_usage is not None:
        out.append(QCoreApplication.translate(
            "Invoices", "The invoice states %1 of usage, Nomos's usage data %2.")
            .replace("%1", fmt.kwh(check.stated_usage, 2)).replace("%2", fmt.kwh(priced.kwh, 2)))
    if priced is not None and priced.unpriced_kwh > 0.005:
        out.append(QCoreApplication.translate(
            "Invoices", "%1 of the usage has no price in Nomos's data and is left out.")
            .replace("%1", fmt.kwh(priced.unpriced_kwh, 2)))
    return out


def balance_text(balance: PrepaymentBalance) -> str:
    value = balance.balance
    if value == 0:
        return QCoreApplication.translate(
            "Invoices", "The advance covered the period's usage exactly.")
    if value > 0:
        text = QCoreApplication.translate(
            "Invoices", "The advance was %1 more than the usage cost: a credit at the final bill.")
    else:
        text = QCoreApplication.translate(
            "Invoices", "The advance was %1 less than the usage cost: the customer owes it at "
            "the final bill.")
    return text.replace("%1", fmt.money(abs(value)))
