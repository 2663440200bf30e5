"""A billing period's usage priced interval by interval (pure, Qt-free).

Usage arrives per interval (a quarter hour for smart meters, a month for analog ones),
prices per quarter hour (per hour before 1 October 2025) as gross ct/kWh components.
Each usage interval is priced at the time-weighted mean of the price intervals it
overlaps: a quarter hour inside an hourly price takes that price, a month of analog
usage takes the month's mean price. The latter is exact only where the price is flat
(a fixed-price plan); for a dynamic plan it is an estimate, and `PricedUsage.averaged`
says so.

Billing periods are Berlin calendar days: an invoice's `period_start`/`period_end`
are the UTC instants of local midnights, and a month with a clock change has 23 or
25 hours on one of its days, never a different number of days.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .berlin import local_day, midnight, month_start, months_later

QUARTER_HOUR = timedelta(minutes=15)
# No Nomos price covers more than an hour: a longer gap between two price items is
# missing data, not a long price.
MAX_PRICE_SPAN = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class UsageAt:
    start: datetime
    end: datetime
    kwh: float


# The API's price component types, in the order prices are shown; PriceAt's fields.
COMPONENT_TYPES = ("electricity", "grid", "levies")


@dataclass(frozen=True, slots=True)
class PriceAt:
    """A price item: gross ct/kWh per component, from `start` until the next item."""

    start: datetime
    electricity: float
    grid: float
    levies: float


@dataclass(frozen=True, slots=True)
class PricedUsage:
    kwh: float          # all usage of the period
    priced_kwh: float   # of which a price was found for
    energy_ct: float    # Σ kWh × electricity price (ct)
    grid_ct: float      # Σ kWh × grid fee (ct)
    levies_ct: float    # Σ kWh × levies and taxes (ct)
    averaged: bool      # some usage interval spans differing prices: priced at their mean

    @property
    def unpriced_kwh(self) -> float:
        return self.kwh - self.priced_kwh


def billing_days(period_start: datetime, period_end: datetime) -> tuple[date, date]:
    """The local days [first, stop) an invoice period covers (its end is exclusive)."""
    first = local_day(period_start)
    last = local_day(period_end - timedelta(microseconds=1))
    return first, max(last + timedelta(days=1), first)


def months_between(first: date, stop: date) -> float:
    """Months from `first` to `stop`: whole months, then the rest as a share of the month
    it falls in (1 Oct to 1 Nov is 1.0 whatever the clock did; 1 to 16 Feb 2026 is 0.5)."""
    whole = 0
    while months_later(first, whole + 1) <= stop:
        whole += 1
    start = months_later(first, whole)
    if start >= stop:
        return float(whole)
    month_length = (months_later(start, 1) - start).days
    return whole + (stop - start).days / month_length


# -- usage intervals ---------------------------------------------------------------------
def _step(start: datetime, resolution: str) -> datetime | None:
    """Where an interval of `resolution` that starts at `start` ends (None: unknown)."""
    if resolution == "15min":
        return start + QUARTER_HOUR
    if resolution == "hour":
        return start + timedelta(hours=1)
    day = local_day(start)
    if resolution == "day":
        return midnight(day + timedelta(days=1))
    if resolution == "week":
        return midnight(day + timedelta(days=7 - day.weekday()))
    if resolution == "month":
        return midnight(month_start(day, 1))
    return None


def usage_intervals(points: Iterable[tuple[datetime | None, float | None]], resolution: str,
                    stop: datetime) -> list[UsageAt]:
    """Usage points (start, kWh) as intervals: each ends where its resolution says, at the
    next point at the latest, and at `stop` (the period's end). Points without a time or a
    value are left out (the API may send null)."""
    known = sorted((start, kwh) for start, kwh in points if start is not None and kwh is not None)
    out: list[UsageAt] = []
    for i, (start, kwh) in enumerate(known):
        if start >= stop:
            break
        ends = [stop]
        if i + 1 < len(known):
            ends.append(known[i + 1][0])
        natural = _step(start, resolution)
        if natural is not None:
            ends.append(natural)
        out.append(UsageAt(start, min(ends), kwh))
    return out


# -- pricing ------------------------------------------------------------------------------
def _parts(price: PriceAt) -> tuple[float, float, float]:
    return price.electricity, price.grid, price.levies


def _price_ends(prices: Sequence[PriceAt]) -> list[datetime]:
    ends: list[datetime] = []
    for i, price in enumerate(prices):
        if i + 1 < len(prices):
            span = min(prices[i + 1].start - price.start, MAX_PRICE_SPAN)
        elif i > 0:
            span = min(price.start - prices[i - 1].start, MAX_PRICE_SPAN)
        else:
            span = QUARTER_HOUR
        ends.append(price.start + span)
    return ends


def price_usage(usage: Iterable[UsageAt], prices: Iterable[PriceAt]) -> PricedUsage:
    """Σ kWh × price per component over the period (ct), with what could not be priced."""
    ordered = sorted(prices, key=lambda p: p.start)
    ends = _price_ends(ordered)
    kwh = priced = energy = grid = levies = 0.0
    averaged = False
    j = 0
    for interval in sorted(usage, key=lambda u: u.start):
        kwh += interval.kwh
        length = (interval.end - interval.start).total_seconds()
        if length <= 0:
            continue
        while j < len(ordered) and ends[j] <= interval.start:
            j += 1
        covered = e = g = lv = 0.0
        varied = False
        last: PriceAt | None = None
        k = j
        while k < len(ordered) and ordered[k].start < interval.end:
            overlap = (min(ends[k], interval.end) - max(ordered[k].start, interval.start))
            seconds = overlap.total_seconds()
            if seconds > 0:
                p = ordered[k]
                covered += seconds
                e += seconds * p.electricity
                g += seconds * p.grid
                lv += seconds * p.levies
                varied = varied or (last is not None and _parts(p) != _parts(last))
                last = p
            k += 1
        if last is None:
            continue
        share = min(covered / length, 1.0)
        used = interval.kwh * share
        priced += used
        if not varied:
            # One price for the whole interval: use it as sent (no rounding through a mean).
            energy += used * last.electricity
            grid += used * last.grid
            levies += used * last.levies
        else:
            averaged = True  # a dynamic price over a longer interval: an estimate
            energy += used * e / covered
            grid += used * g / covered
            levies += used * lv / covered
    return PricedUsage(kwh, priced, energy, grid, levies, averaged)
