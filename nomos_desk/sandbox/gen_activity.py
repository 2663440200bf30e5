"""Meter orders, grid fee reductions, leads and the event log."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from nomos_desk.sandbox import names
from nomos_desk.sandbox.gen_base import Ctx, EventLog, between, office_time, ts
from nomos_desk.sandbox.gen_people import ORDER_STATUSES, SubInfo
from nomos_desk.sandbox.timegrid import local_midnight

PROVIDERS = ("energy-metering", "metrify", "inexogy")
_PROGRESS = ORDER_STATUSES[:7]  # created ... activated


def _step(rng: random.Random, t: datetime, now: datetime) -> datetime:
    """Next milestone: 3-25 days on, but never past now (a share of the time left)."""
    return t + min((now - t) * rng.uniform(0.2, 0.6), timedelta(days=rng.uniform(3, 25)))


def make_meter_orders(ctx: Ctx, infos: list[SubInfo], events: EventLog) -> list[dict[str, Any]]:
    rng = ctx.rng("meter_orders")
    out = []
    for info in infos:
        status = info.order_status
        if status is None:
            continue
        sub = info.sub
        created = between(rng, max(info.created, ctx.now - timedelta(days=300)), ctx.now
                          - timedelta(days=2))
        created = max(created, info.created)
        order = {"object": "meter_order", "id": ctx.new_id("prdo"), "subscription": sub["id"],
                 "customer": sub["customer"],
                 "provider": info.plan["_sandbox"].get("smart_meter_provider")
                 or rng.choice(PROVIDERS),
                 "status": status, "created_at": ts(created), "installed_at": None,
                 "activated_at": None, "cancelled_at": None, "cancelled_reason": None,
                 "blocked_at": None, "blocked_reason": None, "appointment_at": None}
        ev = {"meter_order": order["id"], "subscription": sub["id"]}
        t = created
        events.append((t, "meter_order.created", ev))
        reached = _PROGRESS.index(status) if status in _PROGRESS else rng.randrange(1, 5)
        for milestone in _PROGRESS[1:reached + 1]:
            t = _step(rng, t, ctx.now)
            events.append((t, f"meter_order.{milestone}", ev))
            if milestone == "scheduled":
                order["appointment_at"] = ts(office_time(rng, (t + timedelta(
                    days=rng.randint(7, 40))).date()))
            if milestone == "installed":
                order["installed_at"] = ts(t)
                order["appointment_at"] = order["appointment_at"] or ts(t)
            if milestone == "activated":
                order["activated_at"] = ts(t)
        if status == "scheduled":
            # The appointment still lies ahead.
            order["appointment_at"] = ts(office_time(rng, (ctx.now + timedelta(
                days=rng.randint(3, 45))).date()))
        if status == "cancelled":
            t = _step(rng, t, ctx.now)
            order["cancelled_at"] = ts(t)
            order["cancelled_reason"] = ("pre_existing" if sub["meter"]["type"] == "smart"
                                         else "customer_request")
            events.append((t, "meter_order.cancelled", ev))
        elif status in ("placed", "check_submitted", "check_reviewed") and (
                ctx.counters.get("blocked", 0) < 2 or rng.random() < 0.15):
            # A blocked order keeps its status; the first two show both reasons.
            blocked_n = ctx.bump("blocked")
            if blocked_n < 2:
                reason = ("check_missing", "grid_operator_registration")[blocked_n]
            else:
                reason = ("grid_operator_registration" if status == "check_reviewed"
                          else "check_missing")
            t = _step(rng, t, ctx.now)
            order["blocked_at"], order["blocked_reason"] = ts(t), reason
            events.append((t, "meter_order.blocked", ev))
        out.append(order)
    return out


def make_grid_fee_reductions(ctx: Ctx, infos: list[SubInfo]) -> list[dict[str, Any]]:
    rng = ctx.rng("grid_fee_reductions")
    out = []
    statuses = ("intended", "ordered", "rejected", "activated", "ended")
    for info in infos:
        sub = info.sub
        if sub["_sandbox"]["profile"] not in ("heat_pump", "ev") or sub["status"] == "pending":
            continue
        n = ctx.counters.get("gfr", 0)
        if n >= len(statuses) and rng.random() < 0.5:
            continue
        status = statuses[n] if n < len(statuses) else rng.choices(
            statuses, weights=(10, 15, 8, 55, 12))[0]
        if sub["status"] == "ended":
            status = "ended" if status in ("activated", "ended") else "rejected"
        ctx.bump("gfr")
        module = rng.choices(("enwg-14a-module-1", "enwg-14a-module-2", "enwg-14a-module-3"),
                             weights=(60, 30, 10))[0]
        created = between(rng, info.created, ctx.now - timedelta(days=1))
        valid_from = valid_until = None
        updated = between(rng, created, ctx.now)
        if status in ("activated", "ended"):
            start = max(info.start, (created + timedelta(days=rng.randint(5, 40))).date())
            valid_from = local_midnight(min(start, ctx.today))
            updated = max(updated, valid_from)
        if status == "ended":
            end = info.end or (valid_from + timedelta(days=rng.randint(30, 200))).date()
            valid_until = min(local_midnight(end), ctx.now)
            updated = max(updated, valid_until)
        out.append({"object": "grid_fee_reduction", "id": ctx.new_id("gfr"),
                    "subscription": sub["id"], "type": module, "status": status,
                    "valid_from": ts(valid_from), "valid_until": ts(valid_until),
                    "created_at": ts(created), "updated_at": ts(min(updated, ctx.now)),
                    "customer": sub["customer"]})
    return out


def make_leads(ctx: Ctx, infos: list[SubInfo], plans: list[dict[str, Any]]
               ) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Leads; converted ones point at a subscription. Returns (leads, sub id -> lead id)."""
    rng = ctx.rng("leads")
    out, converted = [], {}
    consumption = [p for p in plans if p["type"] == "consumption"]
    for info in infos:
        if rng.random() >= 0.3:
            continue
        lead_id = ctx.new_id("lead")
        subscribed = info.created
        created = subscribed - timedelta(days=rng.uniform(0.05, 20))
        visited = between(rng, created, subscribed)
        out.append(_lead(rng, lead_id, info.plan["slug"], created, info.sub["id"], subscribed,
                         visited))
        converted[info.sub["id"]] = lead_id
    open_leads = max(2, len(infos) // 6)
    for _ in range(open_leads):
        lead_id = ctx.new_id("lead")
        created = between(rng, ctx.now - timedelta(days=365), ctx.now - timedelta(hours=1))
        visited = between(rng, created, ctx.now) if rng.random() < 0.6 else None
        out.append(_lead(rng, lead_id, rng.choice(consumption)["slug"], created, None, None,
                         visited))
    return out, converted


def _lead(rng, lead_id, slug, created, sub_id, subscribed, visited) -> dict[str, Any]:
    meta = None
    if rng.random() < 0.5:
        meta = {"utm_source": rng.choice(("google", "facebook", "partner", "flyer")),
                "utm_campaign": rng.choice(("fruehjahr", "waermepumpe", "eauto", "empfehlung"))}
        if rng.random() < 0.3:
            meta["partner_id"] = f"P-{rng.randrange(1000, 9999)}"
    return {"object": "lead", "id": lead_id, "subscription": sub_id,
            "subscribed_at": ts(subscribed), "link": f"https://{slug}.checkout.energy/?id={lead_id}",
            "created_at": ts(created),
            "created_by": rng.choice(names.STAFF_CREATORS) if rng.random() < 0.6 else None,
            "last_visited_at": ts(visited), "metadata": meta}


def subscription_events(infos: list[SubInfo], leads: dict[str, str], events: EventLog) -> None:
    for info in infos:
        sid = info.sub["id"]
        created_ctx = {"subscription": sid}
        if sid in leads:
            created_ctx["lead"] = leads[sid]
        events.append((info.created, "subscription.created", created_ctx))
        events.append((info.confirmed, "subscription.confirmed", {"subscription": sid}))
        events.append((local_midnight(info.start), "subscription.activated", {"subscription": sid}))
        if info.terminated:
            events.append((info.terminated, "subscription.terminated", {"subscription": sid}))
        if info.end:
            events.append((local_midnight(info.end), "subscription.ended", {"subscription": sid}))


def materialize_events(ctx: Ctx, events: EventLog) -> list[tuple[str, str, dict[str, Any]]]:
    """Event rows (id, created_at, data) for the retention window, oldest first."""
    kept = sorted(events.items, key=lambda e: (e[0], e[1], sorted(e[2].items())))
    rows = []
    for t, topic, context in kept:
        eid = ctx.new_id("evt")
        stamp = ts(t)
        rows.append((eid, stamp, {"id": eid, "topic": topic, "timestamp": stamp,
                                  "context": dict(context)}))
    return rows
