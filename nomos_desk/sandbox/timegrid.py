"""The sandbox's time axis: 15-minute UTC slots and Berlin calendar days.

Every series is indexed by slot number k = UTC epoch seconds // 900, so a
value depends only on (key, k) and any sub-range yields the same numbers as
the full range. Day boundaries, day types and seasons follow Berlin local time
(the BDEW profiles are defined in local time); outputs are UTC.

Berlin time comes from the EU summer-time rule in ``timeutil`` (not zoneinfo,
which Windows builds lack); tests compare it to zoneinfo.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

import numpy as np

from nomos_desk.sandbox.timeutil import (  # noqa: F401  (re-exported for the generator)
    from_berlin,
    iso,
    local_date,
    local_midnight,
    summer_time_bounds,
    to_berlin,
)

SLOT_SECONDS = 900
SLOTS_PER_YEAR = 35040  # a 365-day year; profiles are normalised to this
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def parse_iso(value: str) -> datetime:
    """Strict parse of a generated timestamp (raises on anything else), in UTC."""
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def slot_of(dt: datetime) -> int:
    return int(dt.timestamp()) // SLOT_SECONDS


def slot_time(k: int) -> datetime:
    return datetime.fromtimestamp(k * SLOT_SECONDS, UTC)


def day_slot(d: date) -> int:
    """Slot index of Berlin midnight starting day `d`."""
    return slot_of(local_midnight(d))


def month_start(d: date) -> date:
    return d.replace(day=1)


def add_months(d: date, n: int) -> date:
    """First day of the month `n` months after the month of `d`."""
    m = d.year * 12 + d.month - 1 + n
    return date(m // 12, m % 12 + 1, 1)


def months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(year, month, day)


@lru_cache(maxsize=64)
def holidays(year: int) -> frozenset[date]:
    """Nationwide German public holidays (regional ones vary by state; left out)."""
    e = easter(year)
    fixed = [date(year, 1, 1), date(year, 5, 1), date(year, 10, 3),
             date(year, 12, 25), date(year, 12, 26)]
    moving = [e - timedelta(days=2), e + timedelta(days=1), e + timedelta(days=39),
              e + timedelta(days=50)]
    return frozenset(fixed + moving)


WEEKDAY, SATURDAY, SUNDAY = 0, 1, 2
WINTER, SUMMER, TRANSITION = 0, 1, 2


def day_type(d: date) -> int:
    """BDEW day type; 24.12. and 31.12. count as Saturday."""
    if d in holidays(d.year) or d.weekday() == 6:
        return SUNDAY
    if d.weekday() == 5 or (d.month == 12 and d.day in (24, 31)):
        return SATURDAY
    return WEEKDAY


def season(d: date) -> int:
    """BDEW seasons: winter 1.11.-20.3., summer 15.5.-14.9., transition otherwise."""
    md = (d.month, d.day)
    if md >= (11, 1) or md <= (3, 20):
        return WINTER
    if (5, 15) <= md <= (9, 14):
        return SUMMER
    return TRANSITION


def _dst_bounds(year: int) -> tuple[int, int]:
    """UTC slots where Berlin summer time starts and ends."""
    start, end = summer_time_bounds(year)
    return int(start) // SLOT_SECONDS, int(end) // SLOT_SECONDS


def local_minutes(k: np.ndarray) -> np.ndarray:
    """Berlin wall-clock minutes since 1970-01-01 00:00 local for UTC slots `k`."""
    minutes = k.astype(np.int64) * 15
    offset = np.full(k.shape, 60, dtype=np.int64)
    if k.size:
        y0 = slot_time(int(k.min())).year
        y1 = slot_time(int(k.max())).year
        for year in range(y0, y1 + 1):
            s, e = _dst_bounds(year)
            offset[(k >= s) & (k < e)] = 120
    return minutes + offset


def calendar_arrays(days: np.ndarray) -> dict[str, np.ndarray]:
    """Per local day index (days since 1970-01-01): day type, season, day of year."""
    dtype_, season_, doy = (np.empty(days.shape, dtype=np.int64) for _ in range(3))
    for i, n in enumerate(days.tolist()):
        d = date.fromordinal(EPOCH_ORDINAL + n)
        dtype_[i], season_[i] = day_type(d), season(d)
        doy[i] = d.timetuple().tm_yday
    return {"day_type": dtype_, "season": season_, "doy": doy}

