"""How values read in the app: dates, names, addresses, masked IBANs, plain status words.

One formatter per concept: every view shows a name, an address or an IBAN through
these, so they read the same everywhere and an IBAN is masked by one rule.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from nomos_desk.api.models import Address, Customer, Subscription, Timestamp
from nomos_desk.domain.identifiers import mask_iban

BERLIN = ZoneInfo("Europe/Berlin")
DASH = "–"

STATUS_WORDS = {
    "pending": "Pending (not yet supplied)", "active": "Active", "ended": "Ended",
    "consumption": "Consumption", "feed_in": "Feed-in",
    "smart": "Smart meter (iMSys)", "analog": "Analog meter",
}
BLOCKED_WHY = {"check_missing": "the smart-meter site check has not been done",
               "grid_operator_registration": "the grid operator registration is pending"}
CANCELLED_WHY = {"pre_existing": "a smart meter was already installed",
                 "customer_request": "cancelled on request"}
GFR_TYPES = {"enwg-14a-module-1": "§14a Module 1 (flat reduction)",
             "enwg-14a-module-2": "§14a Module 2 (separate meter)",
             "enwg-14a-module-3": "§14a Module 3 (time-variable)"}
READING_TYPES = {"customer_report": "Customer report", "grid_reading": "Grid operator reading",
                 "grid_estimation": "Grid operator estimate"}


def word(value: str | None, table: dict[str, str] = STATUS_WORDS) -> str:
    """An API value through its label table; an unknown value shows as it is."""
    if not value:
        return DASH
    return table.get(value, value.replace("_", " ").capitalize())


def when_datetime(value: datetime | None, *, with_time: bool = False) -> str:
    if value is None:
        return DASH
    local = value.astimezone(BERLIN) if value.tzinfo else value
    return local.strftime("%d.%m.%Y %H:%M" if with_time else "%d.%m.%Y")


def when(ts: Timestamp | None, *, with_time: bool = False) -> str:
    """A client Timestamp (or None) as a Berlin-local date; unparseable raw text shown as is."""
    if ts is None:
        return DASH
    if ts.value is None:
        return f"{ts.raw} (unreadable date)" if isinstance(ts.raw, str) and ts.raw else DASH
    return when_datetime(ts.value, with_time=with_time)


def clock_time() -> str:
    return datetime.now().strftime("%H:%M:%S")


def status_text(status: str | None, end: datetime | None, terminated: bool) -> str:
    """"Active · terminated, ends 01.02.2027": a terminated contract is still active until
    its end, and an agent must see both at a glance."""
    text = word(status)
    if status == "ended":
        return f"{text} {when_datetime(end)}" if end is not None else text
    if terminated:
        ends = f", ends {when_datetime(end)}" if end is not None else ""
        return f"{text} · terminated{ends}"
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


def number(value: float, decimals: int = 0) -> str:
    """German digit grouping: 12.345,6."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def kwh(value: float | None) -> str:
    return DASH if value is None else f"{number(value)} kWh"
