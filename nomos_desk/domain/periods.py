"""Periods of the Berlin calendar and the quarter-hour grid under them (pure, Qt-free).

Nomos's customers live in Germany, so a "day" is a Europe/Berlin day: 96 quarter
hours, 92 on the last Sunday of March and 100 on the last Sunday of October. A
period is a run of whole local days; its grid is the quarter hours between its first
and last local midnight, as UTC epoch seconds (what the chart's x axis takes).
Nomos's own date parameters name local days too: usage `end` is exclusive, prices
`end` inclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import numpy as np
import numpy.typing as npt

from .berlin import BERLIN, local_day, midnight, month_start

SLOT_SECONDS = 900
DAY, WEEK, MONTH, YEAR, CUSTOM = "day", "week", "month", "year", "custom"
KINDS = (DAY, WEEK, MONTH, YEAR, CUSTOM)
MAX_CUSTOM_DAYS = 731  # two years and a day: beyond that a chart says little per pixel

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


def midnight_epoch(day: date) -> float:
    return midnight(day).timestamp()


def local_day_of_epoch(seconds: float) -> date:
    return local_day(datetime.fromtimestamp(seconds, UTC))


def slots_in_day(day: date) -> int:
    """96 quarter hours; 92 and 100 on the days the clocks change."""
    return int(midnight_epoch(day + timedelta(days=1)) - midnight_epoch(day)) // SLOT_SECONDS


@dataclass(frozen=True, slots=True)
class Period:
    kind: str    # DAY, WEEK, MONTH, YEAR or CUSTOM
    first: date  # first local day
    last: date   # last local day (inclusive)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def end(self) -> date:
        """The day after the last: the exclusive end Nomos's usage call takes."""
        return self.last + timedelta(days=1)

    @property
    def start_epoch(self) -> float:
        return midnight_epoch(self.first)

    @property
    def end_epoch(self) -> float:
        return midnight_epoch(self.end)

    @property
    def slots(self) -> int:
        return int(self.end_epoch - self.start_epoch) // SLOT_SECONDS

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last

    def shifted(self, steps: int) -> Period:
        """The period `steps` periods later (earlier when negative), of the same kind."""
        if self.kind == DAY:
            return period_of(DAY, self.first + timedelta(days=steps))
        if self.kind == WEEK:
            return period_of(WEEK, self.first + timedelta(weeks=steps))
        if self.kind == MONTH:
            return period_of(MONTH, month_start(self.first, steps))
        if self.kind == YEAR:
            return period_of(YEAR, date(self.first.year + steps, 1, 1))
        span = timedelta(days=self.days * steps)
        return Period(CUSTOM, self.first + span, self.last + span)


def period_of(kind: str, day: date) -> Period:
    """The day, week (Monday to Sunday), month or year that contains `day`."""
    if kind == DAY:
        return Period(DAY, day, day)
    if kind == WEEK:
        first = day - timedelta(days=day.weekday())
        return Period(WEEK, first, first + timedelta(days=6))
    if kind == MONTH:
        first = month_start(day)
        return Period(MONTH, first, month_start(first, 1) - timedelta(days=1))
    if kind == YEAR:
        return Period(YEAR, date(day.year, 1, 1), date(day.year, 12, 31))
    raise ValueError(f"no calendar period of kind {kind!r}")


def custom(first: date, last: date) -> Period:
    """A chosen run of days; reversed ends are swapped, overlong runs cut to the limit."""
    if last < first:
        first, last = last, first
    last = min(last, first + timedelta(days=MAX_CUSTOM_DAYS - 1))
    return Period(CUSTOM, first, last)


def clip(period: Period, first: date | None, last: date | None) -> tuple[date, date] | None:
    """The part of `period` within [first, last] (None: unbounded), or None if nothing."""
    lo = max(period.first, first) if first is not None else period.first
    hi = min(period.last, last) if last is not None else period.last
    return (lo, hi) if lo <= hi else None


def month_chunks(first: date, last: date) -> list[tuple[date, date]]:
    """[first, last] cut at month boundaries: what one request fetches at a time."""
    chunks = []
    lo = first
    while lo <= last:
        hi = min(last, month_start(lo, 1) - timedelta(days=1))
        chunks.append((lo, hi))
        lo = hi + timedelta(days=1)
    return chunks


def day_runs(days: list[date]) -> list[tuple[date, date]]:
    """Consecutive days folded into (first, last) runs: the requests for missing days."""
    runs: list[tuple[date, date]] = []
    for day in sorted(days):
        if runs and runs[-1][1] + timedelta(days=1) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def day_offsets(period: Period) -> Ints:
    """Slot index of every local midnight in the period, plus the end (len = days + 1)."""
    start = period.start_epoch
    return np.array([int(midnight_epoch(period.first + timedelta(days=i)) - start)
                     // SLOT_SECONDS for i in range(period.days + 1)], dtype=np.int64)


def slot_edges(period: Period) -> Floats:
    """Epoch seconds of every quarter-hour boundary of the period (len = slots + 1)."""
    return period.start_epoch + SLOT_SECONDS * np.arange(period.slots + 1, dtype=np.float64)


SMART_DATA_HOUR = 16  # Nomos publishes a day's smart-meter values from 16:00 the next day


def usage_published_before(now: datetime) -> date:
    """The first local day whose smart-meter values are not to be expected yet: at 15:59
    that is yesterday, from 16:00 today."""
    local = now.astimezone(BERLIN)
    return local.date() - timedelta(days=1 if local.hour < SMART_DATA_HOUR else 0)
