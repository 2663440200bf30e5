"""Meter readings: the consumption between them, and the checks of a new one (Qt-free).

A reading is the meter's cumulative count in kWh on a local day; the consumption
between two readings is their difference. Estimates (the grid operator's
`grid_estimation`) are listed and charted but are not readings of the meter: a new
reading is checked against real readings only (a real reading may well lie below an
estimate; Nomos's plausibility check, a 422, says so if it objects).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .validation import Problem

CUSTOMER, GRID, ESTIMATE = "customer_report", "grid_reading", "grid_estimation"


@dataclass(frozen=True, slots=True)
class Reading:
    day: date
    value: float
    kind: str  # CUSTOMER, GRID, ESTIMATE (or a type Nomos adds later)
    id: str = ""

    @property
    def estimated(self) -> bool:
        return self.kind == ESTIMATE


@dataclass(frozen=True, slots=True)
class ReadingRow:
    reading: Reading
    consumed: float | None  # kWh since the previous reading (None for the first)
    days: int | None        # days since the previous reading
    per_day: float | None   # kWh per day in between


def with_consumption(readings: list[Reading]) -> list[ReadingRow]:
    """Newest first, each with what was used since the one before it."""
    ordered = sorted(readings, key=lambda r: (r.day, r.value))
    rows = []
    for i, reading in enumerate(ordered):
        if i == 0:
            rows.append(ReadingRow(reading, None, None, None))
            continue
        before = ordered[i - 1]
        consumed = reading.value - before.value
        days = (reading.day - before.day).days
        rows.append(ReadingRow(reading, consumed, days, consumed / days if days else None))
    rows.reverse()
    return rows


def check_reading(value: float | None, day: date | None, readings: list[Reading],
                  today: date, supply_start: date | None, supply_end: date | None
                  ) -> dict[str, Problem]:
    """Problems of a new reading by field ("value", "timestamp"); empty when fine."""
    problems: dict[str, Problem] = {}
    if day is None:
        problems["timestamp"] = Problem("required")
    elif day > today:
        problems["timestamp"] = Problem("date_in_future", today.isoformat())
    elif supply_start is not None and day < supply_start:
        problems["timestamp"] = Problem("before_supply", supply_start.isoformat())
    elif supply_end is not None and day > supply_end:
        problems["timestamp"] = Problem("after_supply", supply_end.isoformat())
    elif any(r.day == day and not r.estimated for r in readings):
        problems["timestamp"] = Problem("duplicate_day", day.isoformat())
    if value is None:
        problems["value"] = Problem("required")
    elif value <= 0:
        problems["value"] = Problem("not_positive")
    elif day is not None:
        real = [r for r in readings if not r.estimated]
        before = [r for r in real if r.day < day]
        after = [r for r in real if r.day > day]
        if before:
            previous = max(before, key=lambda r: r.day)
            if value < previous.value:
                problems["value"] = Problem("below_previous", _plain(previous.value))
        if "value" not in problems and after:
            following = min(after, key=lambda r: r.day)
            if value > following.value:
                problems["value"] = Problem("above_next", _plain(following.value))
    return problems


def _plain(value: float) -> str:
    """A bound as the UI's formatter will read it back (no digit grouping here)."""
    return repr(float(value))
