"""How values read in the workspace: German dates, masked IBANs, plain status words."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
DASH = "–"

STATUS_WORDS = {
    "pending": "Pending (not yet supplied)", "active": "Active", "ended": "Ended",
    "consumption": "Consumption", "feed_in": "Feed-in",
    "smart": "Smart meter (iMSys)", "analog": "Analog meter",
}
ORDER_STATUS = {
    "created": "Created", "placed": "Placed with the metering operator",
    "check_submitted": "Site check submitted", "check_reviewed": "Site check reviewed",
    "scheduled": "Installation scheduled", "installed": "Installed",
    "activated": "Activated (meter is live)", "cancelled": "Cancelled",
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
    if not value:
        return DASH
    return table.get(value, value.replace("_", " ").capitalize())


def when(ts: Any, *, with_time: bool = False) -> str:
    """A client Timestamp (or None) as a Berlin-local date; unparseable raw text shown as is."""
    if ts is None:
        return DASH
    value = getattr(ts, "value", None)
    if value is None:
        raw = getattr(ts, "raw", None)
        return f"{raw} (unreadable date)" if isinstance(raw, str) and raw else DASH
    local = value.astimezone(BERLIN) if value.tzinfo else value
    return local.strftime("%d.%m.%Y %H:%M" if with_time else "%d.%m.%Y")


def mask_iban(iban: str | None) -> str:
    """Nomos already masks; masking again guards against an unmasked value ever showing."""
    if not iban:
        return DASH
    compact = iban.replace(" ", "")
    if len(compact) <= 8:
        return compact
    return compact[:4] + "*" * (len(compact) - 8) + compact[-4:]


def address(addr: Any) -> str:
    if addr is None:
        return DASH
    street = " ".join(p for p in (addr.street, addr.house_number) if p)
    city = " ".join(p for p in (addr.zip, addr.city) if p)
    return ", ".join(p for p in (street, city) if p) or DASH


def number(value: float, decimals: int = 0) -> str:
    """German digit grouping: 12.345,6."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def kwh(value: float | None) -> str:
    return DASH if value is None else f"{number(value)} kWh"


def person_name(customer: Any) -> str:
    if customer is None:
        return DASH
    return " ".join(p for p in (customer.first_name, customer.last_name) if p) or DASH
