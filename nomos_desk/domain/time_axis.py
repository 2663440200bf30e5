"""Where the ticks of a Berlin time axis go (pure, Qt-free).

pyqtgraph's DateAxisItem places ticks in one fixed UTC offset (or the computer's
zone), so on the clock-change days its hours drift by one. These ticks are Berlin
wall-clock times found in UTC: on the 25-hour day in October "02:00" appears twice,
on the 23-hour day in March there is none, and every label names the clock on the wall.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from .berlin import BERLIN, month_start
from .periods import SLOT_SECONDS, local_day_of_epoch, midnight_epoch

TIME, DAY, WEEK, MONTH, YEAR = "time", "day", "week", "month", "year"
HOUR = 3600


@dataclass(frozen=True, slots=True)
class Step:
    unit: str    # how a label reads: TIME (hh:mm), DAY, WEEK (a day), MONTH, YEAR
    count: int   # minutes for TIME, else days, weeks, months or years
    seconds: float  # about how long it is (to choose the step)


LADDER = (
    Step(TIME, 15, 900), Step(TIME, 30, 1800), Step(TIME, 60, 3600), Step(TIME, 120, 7200),
    Step(TIME, 180, 10800), Step(TIME, 360, 21600), Step(TIME, 720, 43200),
    Step(DAY, 1, 86400), Step(DAY, 2, 172800), Step(WEEK, 1, 604800),
    Step(MONTH, 1, 2629800), Step(MONTH, 3, 7889400), Step(YEAR, 1, 31557600),
)


def choose_step(span_seconds: float, pixels: float, min_pixels: float = 70.0) -> Step:
    """The finest step whose ticks stay `min_pixels` apart."""
    if span_seconds <= 0 or pixels <= 0:
        return LADDER[-1]
    for step in LADDER:
        if step.seconds / span_seconds * pixels >= min_pixels:
            return step
    return LADDER[-1]


def ticks(start: float, end: float, step: Step) -> list[float]:
    """Epoch seconds of the ticks in [start, end] for `step`, on Berlin clock boundaries."""
    if end < start:
        return []
    if step.unit == TIME:
        return _clock_ticks(start, end, step.count)
    first = local_day_of_epoch(start)
    last = local_day_of_epoch(end)
    days: list[date] = []
    if step.unit == DAY:
        d = first
        while d <= last:
            if d.toordinal() % step.count == 0:
                days.append(d)
            d += timedelta(days=1)
    elif step.unit == WEEK:
        d = first + timedelta(days=(7 - first.weekday()) % 7)
        while d <= last:
            days.append(d)
            d += timedelta(weeks=step.count)
    else:
        months = step.count * (12 if step.unit == YEAR else 1)
        d = month_start(first)
        while d <= last:
            if (d.year * 12 + d.month - 1) % months == 0:
                days.append(d)
            d = month_start(d, 1)
    return [t for t in (midnight_epoch(d) for d in days) if start <= t <= end]


def _clock_ticks(start: float, end: float, minutes: int) -> list[float]:
    """Quarter hours in [start, end] whose Berlin clock time is a multiple of `minutes`
    after midnight. The repeated hour in October counts twice where ticks are an hour
    apart; with coarser steps its second "02:00", an hour after the first, is left out
    (the labels would overlap). The skipped hour in March never appears."""
    step = SLOT_SECONDS if minutes < 60 else HOUR
    t = (start // step) * step
    out: list[float] = []
    last = -1
    while t <= end:
        if t >= start:
            local = datetime.fromtimestamp(t, UTC).astimezone(BERLIN)
            clock = local.hour * 60 + local.minute
            if clock % minutes == 0 and not (minutes > 60 and clock == last):
                out.append(float(t))
                last = clock
        t += step
    return out
