"""Rollout analytics for a cohort of orders: funnel, stage times, ageing, activations.

Every figure comes from the orders' timestamps (created, installed, activated,
cancelled, blocked) and from the status entries the board's loads observed. A stay
in a stage is counted only when both its start and its end are known: an order seen
for the first time mid-way says nothing about how long its earlier stages took.
Percentiles interpolate linearly between the closest ranks (as numpy does), so
hand-computed cases check them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from nomos_desk.domain.berlin import local_day
from nomos_desk.domain.order_stages import (
    BoardOrder,
    Lifecycle,
    days_between,
    status_entry,
)

AGE_EDGES = (14, 30, 60, 90, 180)  # days since ordered: the ageing buckets' upper ends
# Spans from one API timestamp to another: (key, start field, end field).
SPANS = (("order_to_installation", "created_at", "installed_at"),
         ("order_to_activation", "created_at", "activated_at"),
         ("order_to_cancellation", "created_at", "cancelled_at"))


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) with linear interpolation; `values` must not be empty."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True, slots=True)
class Spread:
    count: int
    median: float | None
    p90: float | None


def spread(values: Sequence[float]) -> Spread:
    if not values:
        return Spread(0, None, None)
    return Spread(len(values), percentile(values, 50), percentile(values, 90))


# -- funnel -----------------------------------------------------------------------------
def reached(order: BoardOrder, lifecycle: Lifecycle) -> set[str]:
    """The forward statuses an order has reached: every one up to its current status, or
    (cancelled, blocked or unknown) the first one and those whose entry is dated."""
    path = lifecycle.path
    if order.status in path:
        return set(path[:path.index(order.status) + 1])
    got = {s for s in path if status_entry(order, s, lifecycle) is not None}
    if path:
        got.add(path[0])
    return got


def funnel(orders: Iterable[BoardOrder], lifecycle: Lifecycle) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for order in orders:
        counts.update(reached(order, lifecycle))
    return [(status, counts[status]) for status in lifecycle.path]


# -- stage times ------------------------------------------------------------------------
def stays(order: BoardOrder, lifecycle: Lifecycle) -> dict[str, float]:
    """Days the order spent in each forward stage it has left, where both ends are dated."""
    path = lifecycle.path
    out: dict[str, float] = {}
    done = reached(order, lifecycle)
    for here, after in zip(path, path[1:], strict=False):
        if after not in done:
            break
        start = status_entry(order, here, lifecycle)
        end = status_entry(order, after, lifecycle)
        if start is not None and end is not None and end >= start:
            out[here] = days_between(start, end)
    return out


def stays_by_status(orders: Iterable[BoardOrder], lifecycle: Lifecycle
                    ) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for order in orders:
        for status, days in stays(order, lifecycle).items():
            out.setdefault(status, []).append(days)
    return out


def stage_times(orders: Sequence[BoardOrder], lifecycle: Lifecycle) -> list[tuple[str, Spread]]:
    """Median and 90th percentile of the stay in each forward stage but the last."""
    by_status = stays_by_status(orders, lifecycle)
    return [(status, spread(by_status.get(status, []))) for status in lifecycle.path[:-1]]


def span_times(orders: Sequence[BoardOrder]) -> list[tuple[str, Spread]]:
    """Order to installation, to activation and to cancellation, from the API's stamps."""
    out = []
    for key, start_field, end_field in SPANS:
        days = []
        for order in orders:
            start, end = order.facts.stamp(start_field), order.facts.stamp(end_field)
            if start is not None and end is not None and end >= start:
                days.append(days_between(start, end))
        out.append((key, spread(days)))
    return out


# -- ageing and activations ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AgeBucket:
    low: int            # days since ordered, inclusive
    high: int | None    # inclusive; None: and older
    count: int
    blocked: int        # of which blocked


def ageing(orders: Iterable[BoardOrder], lifecycle: Lifecycle, now: datetime,
           edges: Sequence[int] = AGE_EDGES) -> list[AgeBucket]:
    """Open orders by days since they were ordered."""
    counts = [0] * (len(edges) + 1)
    blocked = [0] * (len(edges) + 1)
    for order in orders:
        created = order.facts.created_at
        if created is None or not lifecycle.is_open(order.status):
            continue
        age = max(0, int(days_between(created, now)))
        slot = next((i for i, edge in enumerate(edges) if age <= edge), len(edges))
        counts[slot] += 1
        if order.is_blocked(lifecycle):
            blocked[slot] += 1
    lows = [0, *(edge + 1 for edge in edges)]
    highs: list[int | None] = [*edges, None]
    return [AgeBucket(lo, hi, n, b) for lo, hi, n, b in zip(lows, highs, counts, blocked,
                                                          strict=True)]


def week_of(moment: datetime) -> date:
    """The Monday (Berlin) of the week the moment falls in."""
    day = local_day(moment)
    return day - timedelta(days=day.weekday())


def weekly_activations(orders: Iterable[BoardOrder]) -> list[tuple[date, int]]:
    """Orders activated per week, every week from the first to the last (zeros included)."""
    counts = Counter(week_of(o.facts.activated_at) for o in orders
                     if o.facts.activated_at is not None)
    if not counts:
        return []
    week, last = min(counts), max(counts)
    out = []
    while week <= last:
        out.append((week, counts[week]))
        week += timedelta(days=7)
    return out
