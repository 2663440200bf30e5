"""How values read in the app: dates, numbers, money, names, addresses, masked IBANs, labels.

One formatter per concept, and all of them through the default QLocale (which
follows the chosen language): 1.234,56 € and 01.12.2026 in German, €1,234.56 and
12/1/2026 in English. API values (statuses, types, reasons) go through label tables
that are themselves translated; a value the table does not know shows as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from nomos_desk.api.models import Address, Customer, Subscription, Timestamp
from nomos_desk.domain.berlin import BERLIN
from nomos_desk.domain.identifiers import mask_iban
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP

DASH = "–"
LABELS = "Labels"

STATUS_WORDS = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Pending (not yet supplied)"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "ended": QT_TRANSLATE_NOOP("Labels", "Ended"),
    "consumption": QT_TRANSLATE_NOOP("Labels", "Consumption"),
    "feed_in": QT_TRANSLATE_NOOP("Labels", "Feed-in"),
    "smart": QT_TRANSLATE_NOOP("Labels", "Smart meter (iMSys)"),
    "analog": QT_TRANSLATE_NOOP("Labels", "Analog meter"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "sepa_debit": QT_TRANSLATE_NOOP("Labels", "SEPA direct debit"),
}
BLOCKED_WHY = {
    "check_missing": QT_TRANSLATE_NOOP("Labels", "the smart-meter site check has not been done"),
    "grid_operator_registration": QT_TRANSLATE_NOOP(
        "Labels", "the grid operator registration is pending"),
}
CANCELLED_WHY = {
    "pre_existing": QT_TRANSLATE_NOOP("Labels", "a smart meter was already installed"),
    "customer_request": QT_TRANSLATE_NOOP("Labels", "cancelled on request"),
}
GFR_TYPES = {
    "enwg-14a-module-1": QT_TRANSLATE_NOOP("Labels", "§14a EnWG Module 1 (flat reduction)"),
    "enwg-14a-module-2": QT_TRANSLATE_NOOP("Labels", "§14a EnWG Module 2 (separate meter)"),
    "enwg-14a-module-3": QT_TRANSLATE_NOOP("Labels", "§14a EnWG Module 3 (time-variable)"),
}
GFR_STATUS = {
    "intended": QT_TRANSLATE_NOOP("Labels", "Intended"),
    "ordered": QT_TRANSLATE_NOOP("Labels", "Ordered"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "activated": QT_TRANSLATE_NOOP("Labels", "Activated"),
    "ended": QT_TRANSLATE_NOOP("Labels", "Ended"),
}
READING_TYPES = {
    "customer_report": QT_TRANSLATE_NOOP("Labels", "Customer report"),
    "grid_reading": QT_TRANSLATE_NOOP("Labels", "Grid operator reading"),
    "grid_estimation": QT_TRANSLATE_NOOP("Labels", "Grid operator estimate"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(LABELS, text)


def word(value: str | None, table: Mapping[str, str] = STATUS_WORDS) -> str:
    """An API value through its label table; an unknown value shows as it came."""
    if not value:
        return DASH
    label = table.get(value)
    return tr(label) if label is not None else value


# -- dates and times ------------------------------------------------------------------
def _date_format(locale: QLocale) -> str:
    # The locale's short format, with the full year (12/1/26 is ambiguous on a bill).
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def day_format() -> str:
    """The pattern `day()` writes, for date inputs that should read the same."""
    return _date_format(QLocale())


def day(value: date | None, *, weekday: bool = False) -> str:
    """01.12.2026; with `weekday` "Di., 01.12.2026" (for end dates, where working days count)."""
    if value is None:
        return DASH
    locale = QLocale()
    text = locale.toString(QDate(value.year, value.month, value.day), _date_format(locale))
    if not weekday:
        return text
    name = locale.dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Labels", "%1, %2").replace("%1", name).replace("%2", text)


def month(value: date | None, *, short: bool = False) -> str:
    """A calendar month in the language's words: "October 2025" / "Oktober 2025"."""
    if value is None:
        return DASH
    return QLocale().toString(QDate(value.year, value.month, 1),
                              "MMM yyyy" if short else "MMMM yyyy")


def when_datetime(value: datetime | None, *, with_time: bool = False) -> str:
    """A moment as the Berlin-local date (and time): Nomos's customers live there."""
    if value is None:
        return DASH
    local = value.astimezone(BERLIN) if value.tzinfo else value
    if not with_time:
        return day(local.date())
    locale = QLocale()
    time = locale.toString(QTime(local.hour, local.minute),
                           locale.timeFormat(QLocale.FormatType.ShortFormat))
    return f"{day(local.date())} {time}"


def when(ts: Timestamp | None, *, with_time: bool = False) -> str:
    """A client Timestamp (or None) as a Berlin-local date; unreadable raw text as it came."""
    if ts is None:
        return DASH
    if ts.value is None:
        if isinstance(ts.raw, str) and ts.raw:
            return QCoreApplication.translate("Labels", "%1 (unreadable date)").replace(
                "%1", ts.raw)
        return DASH
    return when_datetime(ts.value, with_time=with_time)


def clock_time(value: datetime | None = None) -> str:
    value = value or datetime.now()
    locale = QLocale()
    return locale.toString(QDateTime(QDate(value.year, value.month, value.day),
                                     QTime(value.hour, value.minute, value.second)),
                           locale.timeFormat(QLocale.FormatType.LongFormat).replace(" t", "")
                           .replace("t", "").strip())


# -- numbers and money -------------------------------------------------------------------
def number(value: float, decimals: int = 0) -> str:
    """Digit grouping of the language: 12.345,6 or 12,345.6."""
    return QLocale().toString(float(value), "f", decimals)


def integer(value: int) -> str:
    return QLocale().toString(int(value))


def data_size(value: int) -> str:
    """Bytes the way file managers say it: 1,5 MB or 1.5 MB."""
    return QLocale().formattedDataSize(int(value), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def kwh(value: float | None, decimals: int = 0) -> str:
    return DASH if value is None else f"{number(value, decimals)} kWh"


def money(value: float | None, currency: str = "€") -> str:
    if value is None:
        return DASH
    return QLocale().toCurrencyString(float(value), currency, 2)


# -- records -------------------------------------------------------------------------------
def status_text(status: str | None, end: datetime | None, terminated: bool) -> str:
    """"Active · terminated, ends 01.02.2027": a terminated contract is still active until
    its end, and an agent must see both at a glance."""
    text = word(status)
    if status == "ended":
        if end is None:
            return text
        return QCoreApplication.translate("Labels", "Ended %1").replace("%1", when_datetime(end))
    if terminated:
        if end is None:
            return QCoreApplication.translate("Labels", "%1 · terminated").replace("%1", text)
        return (QCoreApplication.translate("Labels", "%1 · terminated, ends %2")
                .replace("%1", text).replace("%2", when_datetime(end)))
    return text


def subscription_status(sub: Subscription) -> str:
    terminated = sub.terminated_at.value is not None or bool(sub.terminated_at.raw)
    return status_text(sub.status, sub.end_at.value, terminated)


def iban(value: str | None) -> str:
    """Nomos already masks; masking again guards against an unmasked value ever showing."""
    if not value:
        return DASH
    try:
        return mask_iban(value)
    except ValueError:  # too short to be an IBAN: still never shown in clear
        return "*" * len(value)


def address(addr: Address | None) -> str:
    return (addr.one_line() if addr is not None else "") or DASH


def contact_name(customer: Customer | None) -> str:
    """The person's name (a company's contact person)."""
    if customer is None:
        return DASH
    return " ".join(p for p in (customer.first_name, customer.last_name) if p) or DASH


def order_status(label: str) -> str:
    """A meter-order status label from the pinned version's table (api.versions)."""
    return QCoreApplication.translate("MeterOrderStatus", label)


# -- chart labels -------------------------------------------------------------------------
def clock(value: datetime) -> str:
    """The Berlin wall-clock time of a moment ("14:15", "2:15 PM")."""
    local = value.astimezone(BERLIN)
    locale = QLocale()
    return locale.toString(QTime(local.hour, local.minute),
                           locale.timeFormat(QLocale.FormatType.ShortFormat))


def weekday_day(value: date) -> str:
    """A day with its weekday and the full date: "So., 25.10.2026", "Sun, 10/25/2026"."""
    return f"{QLocale().dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)}, {day(value)}"


def month_year(value: date, *, short: bool = False) -> str:
    """"Oktober 2026" / "October 2026" (short: "Okt. 2026")."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return f"{QLocale().standaloneMonthName(value.month, kind)} {value.year}"


def day_month(value: date) -> str:
    """A day without its year, in the language's order: "25.10." / "10/25"."""
    locale = QLocale()
    # German keeps the dot after the month ("25.10."), as it is written there.
    pattern = _date_format(locale).replace("yyyy", "").strip(" ,/-").lstrip(".")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)
