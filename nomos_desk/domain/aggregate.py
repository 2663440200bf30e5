"""Quarter hours summed into hours, days, weeks or months, with honest average prices.

Buckets follow the Berlin calendar like Nomos's own `resolution`: hours are whole
clock hours (25 of them on the October clock-change day), days run midnight to
midnight, weeks Monday to Sunday, months from the first. Usage sums only what is
known (a bucket with nothing known is NaN, a gap); a bucket is preliminary when any
of its values is.

Two averages of the price, both kept:
- time-weighted: every quarter hour with a price counts the same (the tariff's
  average over the time);
- usage-weighted: Σ kWh·price / Σ kWh, the average the customer actually paid. A
  bucket without usage has no weights; there every quarter hour counts the same,
  so the price in force is still shown (the future hours of today, say).
Cost is Σ kWh·price over the quarter hours where both are known, in euros.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from .berlin import month_start
from .periods import (
    SLOT_SECONDS,
    Floats,
    Ints,
    Period,
    day_offsets,
    midnight_epoch,
)
from .slots import Bools, Slots

AUTO, QUARTER, HOUR, DAY, WEEK, MONTH = "auto", "15min", "hour", "day", "week", "month"
RESOLUTIONS = (AUTO, QUARTER, HOUR, DAY, WEEK, MONTH)


def auto_resolution(period: Period) -> str:
    """What "auto" shows: about 100 to 400 values whatever the period."""
    if period.days <= 2:
        return QUARTER
    if period.days <= 14:
        return HOUR
    if period.days <= 400:
        return DAY
    return WEEK


def resolve(resolution: str, period: Period) -> str:
    return auto_resolution(period) if resolution == AUTO else resolution


def bucket_starts(period: Period, resolution: str) -> Ints:
    """Slot index where each bucket of the period begins (the first is 0)."""
    if resolution == QUARTER:
        return np.arange(period.slots, dtype=np.int64)
    if resolution == HOUR:
        # A period starts at a local midnight, a whole UTC hour: every fourth slot.
        return np.arange(0, period.slots, 4, dtype=np.int64)
    if resolution == DAY:
        return day_offsets(period)[:-1]
    days: list[date]
    if resolution == WEEK:
        monday = period.first - timedelta(days=period.first.weekday())
        days = [monday + timedelta(weeks=i) for i in range(period.days // 7 + 2)]
    elif resolution == MONTH:
        days = [month_start(period.first, i) for i in range(period.days // 28 + 2)]
    else:
        raise ValueError(f"unknown resolution {resolution!r}")
    inside = [d for d in days if period.first < d <= period.last]
    start = period.start_epoch
    return np.array([0] + [int(midnight_epoch(d) - start) // SLOT_SECONDS for d in inside],
                    dtype=np.int64)


@dataclass(frozen=True)
class Buckets:
    edges: Floats                   # epoch seconds, len m + 1
    kwh: Floats                     # NaN: nothing known in the bucket
    preliminary: Bools
    missing: Ints                   # quarter hours without a usage value
    size: Ints                      # quarter hours in the bucket
    price_time: Floats              # ct/kWh, time-weighted
    price_usage: Floats             # ct/kWh, usage-weighted (time-weighted without usage)
    usage_weighted: Bools           # False where price_usage fell back to equal weights
    parts_time: dict[str, Floats]
    parts_usage: dict[str, Floats]
    cost: Floats                    # euros; NaN where no quarter hour had usage and price

    def __len__(self) -> int:
        return int(self.kwh.size)

    def price(self, by_usage: bool) -> Floats:
        return self.price_usage if by_usage else self.price_time

    def parts(self, by_usage: bool) -> dict[str, Floats]:
        return self.parts_usage if by_usage else self.parts_time


def _sum(values: Floats, starts: Ints) -> Floats:
    if values.size == 0:
        return np.zeros(0, dtype=np.float64)
    return np.add.reduceat(values, starts).astype(np.float64)


def _count(mask: Bools, starts: Ints) -> Ints:
    if mask.size == 0:
        return np.zeros(0, dtype=np.int64)
    return np.add.reduceat(mask.astype(np.int64), starts)


def _divide(top: Floats, bottom: Floats | Ints) -> Floats:
    with np.errstate(invalid="ignore", divide="ignore"):
        out = top / bottom
    return np.where(bottom != 0, out, np.nan).astype(np.float64)


def _weighted(values: Floats, weights: Floats, starts: Ints) -> tuple[Floats, Bools]:
    """Weighted means per bucket; equal weights where a bucket's weights sum to zero."""
    known = np.isfinite(values)
    clean = np.where(known, values, 0.0)
    w = np.where(known & np.isfinite(weights), weights, 0.0)
    by_weight = _divide(_sum(clean * w, starts), _sum(w, starts))
    by_time = _divide(_sum(clean, starts), _count(known, starts))
    weighted = np.isfinite(by_weight)
    return np.where(weighted, by_weight, by_time), weighted


def aggregate(slots: Slots, resolution: str) -> Buckets:
    period = slots.period
    resolution = resolve(resolution, period)
    starts = bucket_starts(period, resolution)
    n = slots.kwh.size
    size = np.diff(np.append(starts, n)).astype(np.int64)
    edges = period.start_epoch + SLOT_SECONDS * np.append(starts, n).astype(np.float64)

    has_kwh = np.isfinite(slots.kwh)
    known = _count(has_kwh, starts)
    kwh = np.where(known > 0, _sum(np.where(has_kwh, slots.kwh, 0.0), starts), np.nan)
    preliminary = _count(slots.preliminary & has_kwh, starts) > 0

    has_price = np.isfinite(slots.price)
    price_time = _divide(_sum(np.where(has_price, slots.price, 0.0), starts),
                         _count(has_price, starts))
    price_usage, weighted = _weighted(slots.price, slots.kwh, starts)
    parts_time = {k: _divide(_sum(np.where(np.isfinite(v), v, 0.0), starts),
                             _count(np.isfinite(v), starts)) for k, v in slots.parts.items()}
    parts_usage = {k: _weighted(v, slots.kwh, starts)[0] for k, v in slots.parts.items()}

    both = has_kwh & has_price
    spent = _sum(np.where(both, slots.kwh * np.where(has_price, slots.price, 0.0), 0.0), starts)
    cost = np.where(_count(both, starts) > 0, spent / 100.0, np.nan)
    return Buckets(edges, kwh.astype(np.float64), preliminary, (size - known).astype(np.int64),
                   size, price_time, price_usage, weighted, parts_time, parts_usage,
                   cost.astype(np.float64))


def monthly_buckets(period: Period, months: list[tuple[float, float, bool]],
                    prices: Slots) -> Buckets:
    """Analog meters: Nomos's monthly values (start epoch, kWh, preliminary) as month
    buckets, priced with each month's time-weighted average (nothing finer is known
    of an analog meter's usage, so there is no usage-weighted price and cost is an
    estimate at that average)."""
    by_price = aggregate(prices, MONTH)
    m = len(by_price)
    kwh = np.full(m, np.nan)
    preliminary = np.zeros(m, dtype=np.bool_)
    for start, value, is_preliminary in months:
        i = int(np.searchsorted(by_price.edges, start, side="right")) - 1
        if 0 <= i < m:
            kwh[i] = value if np.isnan(kwh[i]) else kwh[i] + value
            preliminary[i] |= is_preliminary
    known = np.isfinite(kwh)
    cost = np.where(known & np.isfinite(by_price.price_time),
                    kwh * by_price.price_time / 100.0, np.nan)
    return Buckets(by_price.edges, kwh, preliminary, np.where(known, 0, by_price.size),
                   by_price.size, by_price.price_time, by_price.price_time,
                   np.zeros(m, dtype=np.bool_), by_price.parts_time, by_price.parts_time,
                   cost.astype(np.float64))
