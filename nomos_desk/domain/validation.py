"""Checks of what a person types, made before anything is sent to Nomos.

Each check returns None when the value is fine, or a `Problem`: a code saying what is
wrong (the UI turns it into a sentence in the user's language) and, where it helps,
the normalised value. Codes, not sentences: this layer speaks no language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .identifiers import is_valid_iban, normalize_iban

MIN_YEARLY_USAGE_KWH = 100
_ZIP = re.compile(r"\d{5}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")


@dataclass(frozen=True, slots=True)
class Problem:
    code: str  # "required", "zip_format", "iban_format", "iban_checksum", "email_format",
    #            "usage_too_low", "date_in_past", "not_a_number", "not_positive", …
    limit: str | None = None  # the bound a message may name ("100", "01.03.2027" as ISO)


def required(value: str) -> Problem | None:
    return Problem("required") if not value.strip() else None


def german_zip(value: str) -> Problem | None:
    """German postcodes have five digits (a leading zero included: 01067 Dresden)."""
    value = value.strip()
    if not value:
        return Problem("required")
    return None if _ZIP.fullmatch(value) else Problem("zip_format")


def email(value: str) -> Problem | None:
    value = value.strip()
    if not value:
        return Problem("required")
    return None if _EMAIL.fullmatch(value) else Problem("email_format")


def iban(value: str) -> Problem | None:
    """Format (country, check digits, length; German ones exactly 22 characters) and the
    ISO 7064 mod-97 checksum, so a typo is caught before the customer's bank is asked."""
    compact = normalize_iban(value)
    if not compact:
        return Problem("required")
    if not _IBAN_SHAPE.fullmatch(compact) or (compact.startswith("DE") and len(compact) != 22):
        return Problem("iban_format")
    return None if is_valid_iban(compact) else Problem("iban_checksum")


def yearly_usage(kwh: float | None) -> Problem | None:
    if kwh is None:
        return Problem("required")
    if kwh < MIN_YEARLY_USAGE_KWH:
        return Problem("usage_too_low", str(MIN_YEARLY_USAGE_KWH))
    return None


def future_day(value: date | None, today: date) -> Problem | None:
    if value is None:
        return Problem("required")
    return None if value > today else Problem("date_not_in_future", today.isoformat())
