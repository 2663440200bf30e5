"""Timestamps as the sandbox writes them, and Europe/Berlin wall-clock time.

The Berlin offset is computed from the EU summer-time rule (last Sunday of
March to last Sunday of October, switching at 01:00 UTC) instead of zoneinfo
because Windows builds carry no tz database (and tzdata is not a dependency).
This module is the one place that rule lives; it imports no numpy, so the
server can use it without loading the generator's series code.
"""

from __future__ import annotations

import secrets
import string
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

_ID_ALPHABET = string.ascii_lowercase + string.digits
# Days a client may name (periods, readings, end dates). Berlin-time arithmetic near
# year 1 or 9999 overflows, and no contract date lies outside these centuries.
EARLIEST_DAY, LATEST_DAY = date(1900, 1, 1), date(2199, 12, 31)


def new_id(prefix: str) -> str:
    """Nomos-style id: prefix + 24 lowercase alphanumerics (cuid2-like)."""
    return prefix + "".join(secrets.choice(_ID_ALPHABET) for _ in range(24))


_TWO = [f"{n:02d}" for n in range(60)]
_THREE = [f"{n:03d}" for n in range(1000)]


@lru_cache(maxsize=4096)
def _day_prefix(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}T"


def iso(dt: datetime) -> str:
    """UTC with milliseconds and 'Z' ('YYYY-MM-DDTHH:MM:SS.mmmZ'), the form Nomos' own
    examples use.

    Built from cached pieces: the generator formats millions of timestamps and
    this is three times faster than isoformat/strftime.
    """
    if dt.tzinfo is not UTC:
        dt = dt.astimezone(UTC)
    return (_day_prefix(dt.year, dt.month, dt.day) + _TWO[dt.hour] + ":" + _TWO[dt.minute]
            + ":" + _TWO[dt.second] + "." + _THREE[dt.microsecond // 1000] + "Z")


def parse_iso(text: str) -> datetime | None:
    """Tolerant parse of a stored or client-sent timestamp: None when it is not one;
    a value without an offset is taken as UTC."""
    try:
        parsed = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


@lru_cache(maxsize=256)
def summer_time_bounds(year: int) -> tuple[float, float]:
    """UTC epoch seconds where Berlin summer time starts and ends in `year`."""
    start = datetime.combine(_last_sunday(year, 3), datetime.min.time(), UTC) + timedelta(hours=1)
    end = datetime.combine(_last_sunday(year, 10), datetime.min.time(), UTC) + timedelta(hours=1)
    return start.timestamp(), end.timestamp()


def _is_summer_utc(utc: datetime) -> bool:
    start, end = summer_time_bounds(utc.year)
    return start <= utc.timestamp() < end


def to_berlin(dt: datetime) -> datetime:
    """Berlin wall-clock time (naive) of an aware instant."""
    utc = dt.astimezone(UTC)
    return (utc + timedelta(hours=2 if _is_summer_utc(utc) else 1)).replace(tzinfo=None)


def from_berlin(local: datetime) -> datetime:
    """Aware UTC instant of a naive Berlin wall-clock time (summer time where it applies)."""
    summer = (local - timedelta(hours=2)).replace(tzinfo=UTC)
    return summer if _is_summer_utc(summer) else (local - timedelta(hours=1)).replace(tzinfo=UTC)


@lru_cache(maxsize=8192)
def local_midnight(d: date) -> datetime:
    """00:00 Berlin time of `d`, as an aware UTC datetime."""
    return from_berlin(datetime(d.year, d.month, d.day))


def local_date(dt: datetime) -> date:
    return to_berlin(dt).date()


def berlin_start_of_day(instant: datetime) -> datetime:
    """Midnight (Berlin) of the Berlin calendar day containing `instant`, in UTC."""
    return local_midnight(local_date(instant))
