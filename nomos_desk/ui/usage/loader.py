"""A period's usage and prices, from the disk cache first, then from Nomos in chunks.

Smart meters are asked for quarter hours, whatever the chart shows: only quarter
hours let prices be weighted by usage, and only whole final days can be kept. A
year is two dozen month-sized requests (usage and prices), a few at a time; each
lands on the grid as it arrives and the chart redraws, newest month first. A
failed chunk leaves the others in place: trying again asks only for what is
still missing. Analog meters have monthly values (one request) under the same
quarter-hour prices (their monthly average prices the month).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from nomos_desk.api import NomosClient
from nomos_desk.api import errors as api_errors
from nomos_desk.api.models import Price, Subscription, Usage
from nomos_desk.domain.berlin import local_day, month_start
from nomos_desk.domain.periods import (
    Floats,
    Period,
    clip,
    day_offsets,
    day_runs,
    month_chunks,
)
from nomos_desk.domain.pricing import COMPONENT_TYPES
from nomos_desk.domain.slots import Slots
from nomos_desk.ui.usage.cache import MONTHS, PRICES, USAGE, UsageCache

CONCURRENCY = 4
STEP_SECONDS = {"15min": 900, "hourly": 3600, "hour": 3600}


class CoarseUsage(api_errors.NomosError):
    """Nomos answered a smart meter's quarter-hour request with coarser values."""


@dataclass(frozen=True, slots=True)
class Subject:
    """What the chart needs to know of the subscription."""

    id: str
    smart: bool
    feed_in: bool
    active: bool
    supply_first: date | None  # first local day of supply
    supply_last: date | None   # last local day of supply (None: open-ended)

    @classmethod
    def of(cls, sub: Subscription) -> Subject:
        start, end = sub.start_at.value, sub.end_at.value
        return cls(
            id=sub.id or "", smart=sub.meter is not None and sub.meter.type == "smart",
            feed_in=sub.type == "feed_in", active=sub.status == "active",
            supply_first=local_day(start) if start is not None else None,
            # Supply ends at end_at (a local midnight): the last day is the one before it.
            supply_last=local_day(end - timedelta(seconds=1)) if end is not None else None)


@dataclass(frozen=True, slots=True)
class Chunk:
    kind: str  # USAGE, PRICES or MONTHS
    first: date
    last: date


class PeriodData:
    """One period's values and what is still to fetch; kept while the period is shown."""

    def __init__(self, subject: Subject, period: Period, today: date) -> None:
        self.subject = subject
        self.period = period
        self.today = today
        self.slots = Slots.empty(period)
        self.months: dict[date, tuple[float, float, bool]] = {}  # analog: start, kWh, prelim.
        self.offsets = day_offsets(period)
        self.done: set[tuple[str, date]] = set()  # days (months) known in this load
        self.from_cache = 0
        self.chunks_total = 0
        self.chunks_done = 0
        self._cache_read = False

    # -- what is needed ----------------------------------------------------------------
    def usage_range(self) -> tuple[date, date] | None:
        s = self.subject
        if s.smart:  # today's quarter hours arrive tomorrow from 16:00 at the earliest
            return clip(self.period, s.supply_first, _earliest(s.supply_last,
                                                               self.today - timedelta(days=1)))
        last_month = month_start(self.today) - timedelta(days=1)  # whole months only
        bounds = clip(self.period, s.supply_first, _earliest(s.supply_last, last_month))
        if bounds is None:
            return None
        return month_start(bounds[0]), bounds[1]

    def price_range(self) -> tuple[date, date] | None:
        """Nomos gives prices of active subscriptions only, up to tomorrow once published."""
        if not self.subject.active:
            return None
        return clip(self.period, self.subject.supply_first, self.today + timedelta(days=1))

    def missing(self) -> list[Chunk]:
        chunks: list[Chunk] = []
        usage = self.usage_range()
        if usage is not None and self.subject.smart:
            chunks += self._chunks(USAGE, usage)
        elif usage is not None:
            months = [m for m in _months(*usage) if (MONTHS, m) not in self.done]
            if months:  # a year of monthly values is one small answer
                chunks.append(Chunk(MONTHS, months[0], min(usage[1], month_start(months[-1], 1)
                                                          - timedelta(days=1))))
        prices = self.price_range()
        if prices is not None:
            chunks += self._chunks(PRICES, prices)
        chunks.sort(key=lambda c: c.last, reverse=True)  # the recent past first
        return chunks

    def _chunks(self, kind: str, bounds: tuple[date, date]) -> list[Chunk]:
        days = [bounds[0] + timedelta(days=i) for i in range((bounds[1] - bounds[0]).days + 1)]
        runs = day_runs([d for d in days if (kind, d) not in self.done])
        return [Chunk(kind, lo, hi) for first, last in runs for lo, hi in month_chunks(first, last)]

    # -- the cache ---------------------------------------------------------------------
    def read_cache(self, cache: UsageCache) -> None:
        if self._cache_read:
            return
        self._cache_read = True
        sub = self.subject.id
        usage = self.usage_range()
        if usage is not None and self.subject.smart:
            for day, rows in cache.get(USAGE, sub, *usage).items():
                if self._put_day(day, rows[0]):
                    self.done.add((USAGE, day))
        elif usage is not None:
            for month, rows in cache.get(MONTHS, sub, *usage).items():
                self.months[month] = (float(rows[0][0]), float(rows[0][1]), False)
                self.done.add((MONTHS, month))
        prices = self.price_range()
        if prices is not None:
            for day, rows in cache.get(PRICES, sub, *prices).items():
                if self._put_day(day, rows[0], rows[1:]):
                    self.done.add((PRICES, day))
        self.from_cache = len(self.done)

    def _day_slice(self, day: date) -> slice:
        i = (day - self.period.first).days
        return slice(int(self.offsets[i]), int(self.offsets[i + 1]))

    def _put_day(self, day: date, values: Floats, parts: Floats | None = None) -> bool:
        where = self._day_slice(day)
        if where.stop - where.start != values.size:
            return False  # not this day's shape: ignore it and ask Nomos
        if parts is None:
            self.slots.kwh[where] = values
            self.slots.preliminary[where] = False
        else:
            self.slots.price[where] = values
            for kind, row in zip(COMPONENT_TYPES, parts, strict=True):
                self.slots.parts[kind][where] = row
        return True

    # -- answers -----------------------------------------------------------------------
    def apply_usage(self, chunk: Chunk, answer: Usage) -> dict[date, Floats]:
        """Place the answer; returns the final days to keep on disk."""
        if chunk.kind == MONTHS:
            return self._apply_months(chunk, answer)
        if answer.data and answer.resolution not in (None, "15min"):
            raise CoarseUsage(f"Nomos sent {answer.resolution} values where quarter hours "
                              "were asked for")
        points = [(p.start.value.timestamp(), p.usage, p.type == "preliminary")
                  for p in answer.data if p.start.value is not None and p.usage is not None]
        if points:
            starts, kwh, preliminary = zip(*points, strict=True)
            self.slots.put_usage(starts, kwh, preliminary)
        keep: dict[date, Floats] = {}
        for day in _days(chunk.first, chunk.last):
            self.done.add((USAGE, day))
            where = self._day_slice(day)
            values = self.slots.kwh[where]
            if np.isfinite(values).all() and not self.slots.preliminary[where].any():
                keep[day] = values.reshape(1, -1).copy()
        return keep

    def _apply_months(self, chunk: Chunk, answer: Usage) -> dict[date, Floats]:
        keep: dict[date, Floats] = {}
        for point in answer.data:
            if point.start.value is None or point.usage is None:
                continue
            month = month_start(local_day(point.start.value))
            preliminary = point.type == "preliminary"
            start = point.start.value.timestamp()
            self.months[month] = (start, point.usage, preliminary)
            if not preliminary:
                keep[month] = np.array([[start, point.usage]])
        for month in _months(chunk.first, chunk.last):
            self.done.add((MONTHS, month))
        return keep

    def apply_prices(self, chunk: Chunk, answer: Price) -> dict[date, Floats]:
        starts: list[float] = []
        totals: list[float] = []
        parts: dict[str, list[float]] = {k: [] for k in COMPONENT_TYPES}
        for item in answer.items or ():
            if item.timestamp.value is None:
                continue
            starts.append(item.timestamp.value.timestamp())
            totals.append(_number(item.amount))
            amounts = {c.type: c.amount for c in item.components}
            for kind in COMPONENT_TYPES:
                parts[kind].append(_number(amounts.get(kind)))
        if starts:
            self.slots.put_prices(starts, totals, parts,
                                  STEP_SECONDS.get(answer.resolution or "", 900))
        keep: dict[date, Floats] = {}
        for day in _days(chunk.first, chunk.last):
            if day >= self.today:
                continue  # today's and tomorrow's prices are kept only in this load
            self.done.add((PRICES, day))
            where = self._day_slice(day)
            rows = np.vstack([self.slots.price[where]]
                             + [self.slots.parts[k][where] for k in COMPONENT_TYPES])
            if np.isfinite(rows).all():
                keep[day] = rows
        return keep

    def month_points(self) -> list[tuple[float, float, bool]]:
        return [self.months[m] for m in sorted(self.months)]


async def fill(data: PeriodData, client: NomosClient, cache: UsageCache,
               on_chunk: Callable[[], None], concurrency: int = CONCURRENCY) -> None:
    """Fetch what `data` still lacks, `concurrency` requests at a time, calling
    `on_chunk()` after the cache was read and after every answer. Raises the first
    failure once the other chunks are done (what arrived is kept)."""
    data.read_cache(cache)
    chunks = data.missing()
    data.chunks_total = data.chunks_done + len(chunks)
    on_chunk()
    if not chunks:
        return
    gate = asyncio.Semaphore(concurrency)

    async def one(chunk: Chunk) -> None:
        async with gate:
            keep = await _fetch(data, client, chunk)
        cache.put(chunk.kind, data.subject.id, keep)
        data.chunks_done += 1
        on_chunk()

    results = await asyncio.gather(*(one(c) for c in chunks), return_exceptions=True)
    failures = [r for r in results if isinstance(r, BaseException)]
    if failures:
        raise failures[0]


async def _fetch(data: PeriodData, client: NomosClient, chunk: Chunk) -> dict[date, Floats]:
    sub = data.subject.id
    if chunk.kind == PRICES:
        return data.apply_prices(chunk, await client.get_prices(sub, chunk.first, chunk.last))
    resolution = "month" if chunk.kind == MONTHS else "15min"
    answer = await client.get_usage(sub, chunk.first, chunk.last + timedelta(days=1), resolution)
    return data.apply_usage(chunk, answer)


def _number(value: float | None) -> float:
    return float("nan") if value is None else float(value)


def _earliest(a: date | None, b: date) -> date:
    return b if a is None else min(a, b)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _months(first: date, last: date) -> list[date]:
    months, m = [], month_start(first)
    while m <= last:
        months.append(m)
        m = month_start(m, 1)
    return months

