"""Invoices and meter readings, consistent with the usage and price series.

Monthly figures come from `series.day_sums`, computed once per (profile,
variant) and scaled by each subscription's yearly kWh, which is what makes
100k customers affordable; `invoicing.period_sums` gives the same numbers
straight from the series.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import numpy as np

from nomos_desk.domain.billing import exact_total
from nomos_desk.sandbox import series, tariffs
from nomos_desk.sandbox.gen_base import (
    EVENT_RETENTION_DAYS,
    Ctx,
    EventLog,
    between,
    office_time,
    ts,
)
from nomos_desk.sandbox.gen_people import SubInfo
from nomos_desk.sandbox.invoicing import base_fees
from nomos_desk.sandbox.timegrid import add_months, iso, local_midnight, months_between


def energy_key(plan: dict[str, Any]) -> tuple:
    return tuple(sorted((k, v) for k, v in plan["_sandbox"].items()))


class MonthTable:
    """Cumulative per-day sums over the history window for every (profile, variant)."""

    def __init__(self, ctx: Ctx, plans: list[dict[str, Any]]) -> None:
        self.ctx = ctx
        self.first = add_months(ctx.today.replace(day=1), -ctx.history_months)
        self.keys = tuple(energy_key(p) for p in plans)
        self._cum: dict[tuple[str, int], dict[Any, np.ndarray]] = {}

    def cum(self, profile: str, variant: int) -> dict[Any, np.ndarray]:
        k = (profile, variant)
        if k not in self._cum:
            sums = series.day_sums(self.ctx.seed, profile, variant, self.first, self.ctx.today,
                                   self.keys)
            self._cum[k] = {name: np.concatenate(([0.0], np.cumsum(arr)))
                            for name, arr in sums.items()}
        return self._cum[k]

    def offset(self, d: date) -> int:
        return (d - self.first).days

    def span(self, profile: str, variant: int, name: Any, a: date, b: date) -> float:
        c = self.cum(profile, variant)[name]
        return float(c[self.offset(b)] - c[self.offset(a)])


def _base_monthly(cache: dict, sub: dict[str, Any], plan: dict[str, Any]) -> float:
    k = (plan["id"], sub["address"]["zip"][:1], sub["meter"]["type"],
         float(sub["estimated_usage"]) > 6000)
    if k not in cache:
        cache[k] = sum(c.amount for c in base_fees(sub, plan))
    return cache[k]


@lru_cache(maxsize=256)
def _period(month: date) -> tuple[str, str, int, int]:
    return (iso(local_midnight(month)), iso(local_midnight(add_months(month, 1))), month.month,
            month.year)


def _invoice(info: SubInfo, month: date, kind: str, status: str, issued: datetime,
             paid: datetime | None, total: float, usage: float | None = None,
             voids: str | None = None, invoice_id: str = "") -> dict[str, Any]:
    sub = info.sub
    start, end, m, y = _period(month)
    inv: dict[str, Any] = {
        "object": "invoice", "id": invoice_id, "customer": sub["customer"],
        "subscription": sub["id"], "invoice_number": "", "month": m, "year": y,
        "period_start": start, "period_end": end,
        "period_number": months_between(info.start, month) + 1, "status": status,
        "issued_at": ts(issued), "paid_at": ts(paid), "type": kind}
    if usage is not None:
        inv["usage"] = usage
    if voids is not None:
        inv["voids"] = voids
    inv["total"] = total
    return inv


def make_invoices(ctx: Ctx, infos: list[SubInfo], table: MonthTable,
                  events: EventLog) -> list[dict[str, Any]]:
    rng = ctx.rng("invoices")
    out: list[dict[str, Any]] = []
    base_cache: dict = {}
    last_month = add_months(ctx.today.replace(day=1), -1)
    # Only documents issued shortly before the event-retention window can have events in it.
    events_from = ctx.now - timedelta(days=EVENT_RETENTION_DAYS + 45)
    for info in infos:
        sub, plan = info.sub, info.plan
        if sub["status"] == "pending":
            continue
        sb = sub["_sandbox"]
        profile, variant = sb["profile"], sb["variant"]
        yearly, feed_in = float(sb["yearly_kwh"]), tariffs.plan_is_feed_in(plan)
        grid, levies = series.per_kwh_fees(plan, sub["address"]["zip"])
        base = _base_monthly(base_cache, sub, plan)
        key = energy_key(plan)
        prepaid = sb["billing"] == "prepayment"
        advance = float(round(float(sub["estimated_usage"]) * 0.32 / 12 + base))
        month = max(info.start, table.first)
        docs: list[tuple[datetime, dict[str, Any], datetime | None]] = []
        while month <= last_month and (info.end is None or month < info.end):
            nxt = add_months(month, 1)
            issued = office_time(rng, nxt + timedelta(days=1 + int(rng.random() * 5)))
            if issued > ctx.now:
                break
            if prepaid:
                total, usage = advance, None
            else:
                kwh = yearly * table.span(profile, variant, "usage", month, nxt)
                energy = yearly * table.span(profile, variant, key, month, nxt)
                total = round(exact_total(energy, kwh * grid, kwh * levies, base, 1, feed_in), 2)
                usage = round(kwh, 2)
            kind = "prepayment" if prepaid else "usage"
            status, paid = _payment(rng, ctx, issued, kind)
            inv = _invoice(info, month, kind, status, issued, paid, total, usage,
                           invoice_id=ctx.new_id("inv"))
            docs.append((issued, inv, paid))
            if kind == "usage" and status == "paid" and rng.random() < 0.015:
                docs += _void_and_reissue(ctx, rng, info, inv, month, paid)
            month = nxt
        docs.sort(key=lambda d: (d[0], d[1]["id"]))
        number = sub["number"]
        for n, (issued, doc, paid) in enumerate(docs, 1):
            doc["invoice_number"] = f"{number}-{n:03d}"
            if issued >= events_from:
                _invoice_events(doc, issued, paid, events, ctx.now)
            out.append(doc)
    return out


_DAY = timedelta(days=1)
_MS = timedelta(milliseconds=1)
_SETTLE_MS = (7 * 24 * 60 + 600) * 60 * 1000


def _payment(rng: random.Random, ctx: Ctx, issued: datetime, kind: str):
    """SEPA debits settle within 2-9 days; a few fail and stay open, some advances are written off."""
    paid = issued + 2 * _DAY + _MS * int(rng.random() * _SETTLE_MS)
    if paid > ctx.now:
        return "open", None
    r = rng.random()
    if r < 0.03:
        return "open", None
    if kind == "prepayment" and r < 0.05:
        return "uncollectible", None
    return "paid", paid


def _void_and_reissue(ctx: Ctx, rng: random.Random, info: SubInfo, inv: dict[str, Any],
                      month: date, paid_original: datetime):
    """A Storno of a paid invoice plus the corrected invoice issued with it."""
    issued = between(rng, paid_original + timedelta(days=1), paid_original + timedelta(days=25))
    if issued > ctx.now:
        return []
    inv["status"] = "voided"
    void = _invoice(info, month, "void", "paid", issued, issued, -inv["total"],
                    voids=inv["id"], invoice_id=ctx.new_id("inv"))
    again = issued + timedelta(minutes=1)
    status, paid = _payment(rng, ctx, again, "usage")
    fixed = _invoice(info, month, "usage", status, again, paid, inv["total"], inv["usage"],
                     invoice_id=ctx.new_id("inv"))
    return [(issued, void, issued), (again, fixed, paid)]


def _invoice_events(doc: dict[str, Any], issued: datetime, paid: datetime | None,
                    events: EventLog, now: datetime) -> None:
    ctx_ids = {"invoice": doc["id"], "subscription": doc["subscription"]}
    events.append((issued, "invoice.created", ctx_ids))
    if doc["type"] == "void":
        events.append((issued, "invoice.voided", {"invoice": doc["voids"],
                                                  "subscription": doc["subscription"],
                                                  "voiding_invoice": doc["id"]}))
    if paid is not None and doc["type"] != "void":
        events.append((paid, "invoice.paid", ctx_ids))
    elif doc["status"] == "uncollectible":
        events.append((issued + timedelta(days=30), "invoice.uncollectible", ctx_ids))
    elif doc["status"] == "open" and doc["type"] != "void" and issued + timedelta(days=10) < now:
        events.append((issued + timedelta(days=4), "invoice.payment_failed", ctx_ids))
