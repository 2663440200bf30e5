"""Timestamps as the sandbox writes them, and Europe/Berlin day boundaries.

The Berlin offset is computed from the EU summer-time rule instead of zoneinfo
because Windows builds carry no tz database (and tzdata is not a dependency).
"""

from __future__ import annotations

import secrets
import string
from datetime import UTC, date, datetime, timedelta

_ID_ALPHABET = string.ascii_lowercase + string.digits


def new_id(prefix: str) -> str:
    """Nomos-style id: prefix + 24 lowercase alphanumerics (cuid2-like)."""
    return prefix + "".join(secrets.choice(_ID_ALPHABET) for _ in range(24))


def iso(dt: datetime) -> str:
    """UTC with milliseconds and 'Z', the form Nomos' own examples use."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def berlin_offset(instant: datetime) -> timedelta:
    """UTC offset of Europe/Berlin at an instant (CEST between the last Sundays
    of March and October, switching at 01:00 UTC)."""
    utc = instant.astimezone(UTC)
    start = datetime.combine(_last_sunday(utc.year, 3), datetime.min.time(), UTC) + timedelta(hours=1)
    end = datetime.combine(_last_sunday(utc.year, 10), datetime.min.time(), UTC) + timedelta(hours=1)
    return timedelta(hours=2 if start <= utc < end else 1)


def berlin_start_of_day(instant: datetime) -> datetime:
    """Midnight (Berlin) of the Berlin calendar day containing `instant`, in UTC."""
    local_day = (instant.astimezone(UTC) + berlin_offset(instant)).date()
    # The offset at local midnight can differ from the offset at `instant`
    # only on switch days, where midnight lies before the 01:00 UTC switch.
    guess = datetime.combine(local_day, datetime.min.time(), UTC) - timedelta(hours=1)
    return datetime.combine(local_day, datetime.min.time(), UTC) - berlin_offset(guess)
