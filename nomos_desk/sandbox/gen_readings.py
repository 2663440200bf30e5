"""Meter readings of analog meters: cumulative, increasing, matching the usage series.

A meter's value at day d is its value when the history window opens plus the
kWh the series delivers from then until d, so readings and the monthly usage
the API reports for analog meters tell the same story.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from nomos_desk.sandbox.gen_base import Ctx, office_time, ts
from nomos_desk.sandbox.gen_billing import MonthTable
from nomos_desk.sandbox.gen_people import SubInfo
from nomos_desk.sandbox.timegrid import add_months, local_midnight


def _reading_days(ctx: Ctx, rng, first: date, last: date, start_in_window: bool,
                  ended: bool) -> dict[date, str]:
    """Which days get a reading and of which type (later types win on the same day)."""
    days: dict[date, str] = {}
    span = (last - first).days
    if span <= 0:
        return days
    if start_in_window:
        days[first] = "grid_reading"  # move-in reading at delivery start
    turnus = first + timedelta(days=rng.randrange(span))
    while turnus < last:  # yearly reading by the metering operator
        days[turnus] = "grid_reading"
        turnus += timedelta(days=365)
    if rng.random() < 0.45:  # many customers never report a reading themselves
        d = first + timedelta(days=rng.randint(20, 120))
        while d < last:
            days.setdefault(d, "customer_report")
            d += timedelta(days=rng.randint(90, 200))
    if ended:
        days[last] = "grid_reading"  # move-out reading
    else:
        # Nomos estimates month ends without a reading.
        for back in (2, 1):
            m = add_months(ctx.today.replace(day=1), -back)
            nxt = add_months(m, 1)
            if m >= first and not any(m <= d < nxt for d in days):
                days[m] = "grid_estimation"
    return days


def make_meter_readings(ctx: Ctx, infos: list[SubInfo], table: MonthTable) -> list[dict[str, Any]]:
    rng = ctx.rng("meter_readings")
    out: list[dict[str, Any]] = []
    for info in infos:
        sub = info.sub
        if sub["meter"]["type"] != "analog" or sub["status"] == "pending":
            continue
        sb = sub["_sandbox"]
        first = max(info.start, table.first)
        last = min(info.end, ctx.today) if info.end else ctx.today - timedelta(days=1)
        if last <= first:
            continue
        opening = round(rng.uniform(2000, 60000), 1)
        days = _reading_days(ctx, rng, first, last, info.start >= table.first,
                             info.end is not None and info.end <= ctx.today)
        for d in sorted(days):
            kwh = float(sb["yearly_kwh"]) * table.span(sb["profile"], sb["variant"], "usage",
                                                       first, d)
            stamp = local_midnight(d)
            created = office_time(rng, d + timedelta(days=rng.randint(0, 3)))
            created = min(max(created, stamp), ctx.now)
            out.append({"object": "meter_reading", "id": ctx.new_id("mr"),
                        "customer": sub["customer"], "subscription": sub["id"],
                        "meter": sub["meter"]["id"], "value": round(opening + kwh, 1),
                        "timestamp": ts(stamp), "type": days[d], "created_at": ts(created)})
    return out
