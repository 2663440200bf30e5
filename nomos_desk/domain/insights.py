"""What an agent says on the phone about a period's usage and prices (pure, Qt-free).

From the quarter hours of a period (usage and the price in force, NaN where unknown):
- total kWh, and the energy cost Σ kWh·price (the per-kWh part of the bill, gross);
- the average price paid (cost / kWh) against the time-weighted average price over
  the same quarter hours: paid below the average means usage leaned to cheap hours;
- the kWh used in each day's cheapest quarter of hours (the cheapest 25 % of the
  day's priced quarter hours) and their share of the total;
- the saving, had the flexible share of each day's usage (a setting, 20 %) run in
  that day's cheapest quarter of hours instead, spread evenly over them. A day where
  that would cost more saves nothing (nobody would move usage to pay more).
Only quarter hours with both usage and price count. For feed-in the same figures
read as energy fed in and payout, "cheap" becomes "best paid" (the dearest quarter)
and there is no flexible share to move (the sun sets the hours).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .aggregate import Buckets
from .periods import Floats

CHEAP_FRACTION = 0.25
DEFAULT_FLEXIBLE_SHARE = 0.20


@dataclass(frozen=True, slots=True)
class Insights:
    kwh: float                      # usage with a known value
    priced_kwh: float               # of which with a known price (what the figures cover)
    cost: float | None              # euros: Σ kWh·price / 100
    average_paid: float | None      # ct/kWh: cost per kWh
    average_price: float | None     # ct/kWh: time-weighted over the same quarter hours
    cheap_kwh: float | None         # kWh in each day's cheapest (feed-in: best-paid) quarter
    cheap_share: float | None       # cheap_kwh / priced_kwh
    flexible_share: float
    saving: float | None            # euros, had the flexible share moved to cheap hours
    estimated: bool = False         # cost at monthly average prices (analog meters)


def cheap_count(priced: int, fraction: float = CHEAP_FRACTION) -> int:
    """How many quarter hours make a day's cheapest quarter: 24 of 96, 23 of 92, 25 of 100."""
    return max(1, math.ceil(priced * fraction - 1e-9)) if priced else 0


def quarter_hour_insights(kwh: Floats, price: Floats, day_offsets: npt.NDArray[np.int64],
                          flexible_share: float = DEFAULT_FLEXIBLE_SHARE, *,
                          feed_in: bool = False,
                          fraction: float = CHEAP_FRACTION) -> Insights:
    """`day_offsets` are the slot indices of each local midnight and of the end."""
    known_kwh = np.isfinite(kwh)
    both = known_kwh & np.isfinite(price)
    total_kwh = float(kwh[known_kwh].sum())
    priced_kwh = float(kwh[both].sum())
    if not both.any():
        return Insights(total_kwh, priced_kwh, None, None, None, None, None, flexible_share,
                        None)
    spent_ct = float((kwh[both] * price[both]).sum())
    cheap_kwh = saving_ct = 0.0
    for d in range(len(day_offsets) - 1):
        lo, hi = int(day_offsets[d]), int(day_offsets[d + 1])
        mask = both[lo:hi]
        if not mask.any():
            continue
        day_kwh, day_price = kwh[lo:hi][mask], price[lo:hi][mask]
        # A stable sort: among equal prices the earlier quarter hour counts as cheaper.
        order = np.argsort(-day_price if feed_in else day_price, kind="stable")
        cheap = order[:cheap_count(int(mask.sum()), fraction)]
        cheap_kwh += float(day_kwh[cheap].sum())
        if not feed_in:
            flexible = flexible_share * float(day_kwh.sum())
            now_ct = flexible_share * float((day_kwh * day_price).sum())
            moved_ct = flexible * float(day_price[cheap].mean())
            saving_ct += max(0.0, now_ct - moved_ct)
    return Insights(
        kwh=total_kwh, priced_kwh=priced_kwh, cost=spent_ct / 100.0,
        average_paid=spent_ct / priced_kwh if priced_kwh else None,
        average_price=float(price[both].mean()),
        cheap_kwh=cheap_kwh, cheap_share=cheap_kwh / priced_kwh if priced_kwh else None,
        flexible_share=flexible_share, saving=None if feed_in else saving_ct / 100.0)


def monthly_insights(buckets: Buckets, flexible_share: float = DEFAULT_FLEXIBLE_SHARE
                     ) -> Insights:
    """Analog meters: monthly kWh only, so cost is an estimate at each month's average
    price, and the cheap-hours figures cannot be known."""
    known = np.isfinite(buckets.kwh)
    priced = known & np.isfinite(buckets.price_time)
    total = float(buckets.kwh[known].sum())
    priced_kwh = float(buckets.kwh[priced].sum())
    if not priced.any():
        return Insights(total, priced_kwh, None, None, None, None, None, flexible_share, None,
                        estimated=True)
    spent = float(buckets.cost[priced].sum())
    slots = buckets.size[priced].astype(np.float64)
    average = float((buckets.price_time[priced] * slots).sum() / slots.sum())
    return Insights(total, priced_kwh, spent, spent * 100.0 / priced_kwh if priced_kwh else None,
                    average, None, None, flexible_share, None, estimated=True)


def extreme_hours(prices: Floats, count: int = 3) -> tuple[list[int], list[int]]:
    """Indices of the `count` cheapest and the `count` dearest priced hours (cheapest
    first, dearest first; among equal prices the earlier hour comes first)."""
    known = np.flatnonzero(np.isfinite(prices))
    if known.size == 0:
        return [], []
    values = prices[known]
    count = min(count, known.size)
    cheap = known[np.argsort(values, kind="stable")[:count]]
    dear = known[np.argsort(-values, kind="stable")[:count]]
    return [int(i) for i in cheap], [int(i) for i in dear]
