"""Meter orders, grid fee reductions, leads and the event log."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from nomos_desk.sandbox import names
from nomos_desk.sandbox.gen_base import Ctx, EventLog, between, office_time, ts
from nomos_desk.sandbox.gen_people import ORDER_STATUSES, SubInfo
from nomos_desk.sandbox.timegrid import iso, local_date, local_midnight

PROVIDERS = ("energy-metering", "metrify", "inexogy")
_PROGRESS = ORDER_STATUSES[:7]  # created ... activated


def _step(rng: random.Random, t: datetime, limit: datetime) -> datetime:
    """Next milestone: 3-25 days on, but never past `limit` (a share of the time left)."""
    return t + min((limit - t) * rng.uniform(0.2, 0.6), timedelta(days=rng.uniform(3, 25)))


def _spread(rng: random.Random, first: datetime, last: datetime, names: tuple[str, ...]
            ) -> list[tuple[datetime, str]]:
    """Milestones at random instants between `first` and `last`, in lifecycle order."""
    fractions = sorted(rng.uniform(0.05, 0.95) for _ in names)
    return [(first + (last - first) * f, name) for f, name in zip(fractions, names, strict=True)]


def _installation(rng: random.Random, info: SubInfo, lo: datetime, limit: datetime
                  ) -> tuple[datetime, datetime]:
    """(appointment, installed): the fitter comes during supply, at least two days before
    `limit`, and is done an hour or two after the appointment begins."""
    earliest = max(local_midnight(info.start), lo + timedelta(days=12))
    day = local_date(between(rng, earliest, limit - timedelta(days=2)))
    appointment = max(office_time(rng, day), earliest)
    return appointment, appointment + timedelta(minutes=rng.randint(30, 180))


def _order_timeline(ctx: Ctx, rng: random.Random, info: SubInfo, status: str,
                    meter_smart: bool) -> dict[str, Any]:
    """Every timestamp of an order that reached `status`, in lifecycle order and inside
    the subscription's supply (possible_order_statuses chose a status that fits)."""
    limit = info.supply_limit(ctx.now)
    # Orders come at signup or, for older customers, within the last ten months.
    lo = max(info.created, min(ctx.now - timedelta(days=300), limit - timedelta(days=60)))
    out: dict[str, Any] = {"milestones": [], "appointment": None, "installed": None,
                           "activated": None, "cancelled": None, "blocked": None}
    if status in ("installed", "activated"):
        appointment, installed = _installation(rng, info, lo, limit)
        created = between(rng, lo, appointment - timedelta(days=14))
        out["milestones"] = _spread(rng, created, appointment - timedelta(days=1),
                                    _PROGRESS[1:5])
        out.update(appointment=appointment, installed=installed)
        out["milestones"].append((installed, "installed"))
        if status == "activated":
            activated = between(rng, installed + timedelta(hours=1),
                                min(installed + timedelta(days=10), limit - timedelta(hours=1)))
            out["activated"] = activated
            out["milestones"].append((activated, "activated"))
        out["created"] = created
        return out
    created = between(rng, lo, limit - timedelta(days=2))
    out["created"] = t = created
    if status == "cancelled":
        # A smart meter found at the check ends the order there; a customer may cancel
        # up to the appointment.
        reached = rng.randrange(2, 4) if meter_smart else rng.randrange(1, 5)
    else:
        reached = _PROGRESS.index(status)
    for milestone in _PROGRESS[1:reached + 1]:
        t = _step(rng, t, limit)
        out["milestones"].append((t, milestone))
    if status == "scheduled":
        end = ctx.now + timedelta(days=45)
        if info.end is not None:
            end = min(end, local_midnight(info.end) - timedelta(days=1))
        out["appointment"] = office_time(rng, local_date(between(
            rng, ctx.now + timedelta(days=3), end)))
    elif status == "cancelled":
        out["cancelled"] = t = _step(rng, t, limit)
        if reached == _PROGRESS.index("scheduled"):
            # The appointment that the cancellation called off still lay ahead.
            out["appointment"] = office_time(rng, local_date(t + timedelta(
                days=rng.randint(2, 30))))
    return out


def make_meter_orders(ctx: Ctx, infos: list[SubInfo], events: EventLog) -> list[dict[str, Any]]:
    rng = ctx.rng("meter_orders")
    out = []
    for info in infos:
        status = info.order_status
        if status is None:
            continue
        sub = info.sub
        meter_smart = sub["meter"]["type"] == "smart"
        life = _order_timeline(ctx, rng, info, status, meter_smart)
        order = {"object": "meter_order", "id": ctx.new_id("prdo"), "subscription": sub["id"],
                 "customer": sub["customer"],
                 "provider": info.plan["_sandbox"].get("smart_meter_provider")
                 or rng.choice(PROVIDERS),
                 "status": status, "created_at": ts(life["created"]),
                 "installed_at": ts(life["installed"]), "activated_at": ts(life["activated"]),
                 "cancelled_at": ts(life["cancelled"]),
                 "cancelled_reason": None, "blocked_at": None, "blocked_reason": None,
                 "appointment_at": ts(life["appointment"])}
        info.meter_installed = life["installed"]
        ev = {"meter_order": order["id"], "subscription": sub["id"]}
        events.append((life["created"], "meter_order.created", ev))
        for moment, milestone in life["milestones"]:
            events.append((moment, f"meter_order.{milestone}", ev))
        if status == "cancelled":
            order["cancelled_reason"] = "pre_existing" if meter_smart else "customer_request"
            events.append((life["cancelled"], "meter_order.cancelled", ev))
        elif status in ("placed", "check_submitted", "check_reviewed") and (
                ctx.counters.get("blocked", 0) < 2 or rng.random() < 0.15):
            # A blocked order keeps its status; the first two show both reasons.
            blocked_n = ctx.bump("blocked")
            if blocked_n < 2:
                reason = ("check_missing", "grid_operator_registration")[blocked_n]
            else:
                reason = ("grid_operator_registration" if status == "check_reviewed"
                          else "check_missing")
            last = life["milestones"][-1][0] if life["milestones"] else life["created"]
            blocked = _step(rng, last, info.supply_limit(ctx.now))
            order["blocked_at"], order["blocked_reason"] = ts(blocked), reason
            events.append((blocked, "meter_order.blocked", ev))
        out.append(order)
    return out


MODULE_1, MODULE_2, MODULE_3 = "enwg-14a-module-1", "enwg-14a-module-2", "enwg-14a-module-3"
_REDUCTION_STATUSES = ("intended", "ordered", "rejected", "activated", "ended")


def _in_force(ctx: Ctx, info: SubInfo, status: str, begins: date, ends: date
              ) -> tuple[str, datetime | None, datetime | None]:
    """(status, valid_from, valid_until) for a reduction meant to be in force from local
    day `begins` (and, if it ended, until `ends`), kept inside supply and the past: one
    whose start still lies ahead is ordered, one that could never begin was rejected."""
    supply_end = local_midnight(info.end) if info.end is not None else None
    ended = supply_end is not None and supply_end <= ctx.now
    if status not in ("activated", "ended"):
        return ("rejected" if ended else status), None, None
    valid_from = local_midnight(begins)
    if ended:
        assert supply_end is not None
        if valid_from >= supply_end:
            return "rejected", None, None
        return "ended", valid_from, supply_end
    if valid_from > ctx.now:
        return "ordered", None, None
    if status == "ended":
        until = local_midnight(ends)
        if supply_end is not None:
            until = min(until, supply_end)
        if until <= valid_from:
            return "rejected", None, None
        if until <= ctx.now:
            return "ended", valid_from, until
    return "activated", valid_from, None


def make_grid_fee_reductions(ctx: Ctx, infos: list[SubInfo]) -> list[dict[str, Any]]:
    """§14a EnWG reductions for households with a controllable device (heat pump, wallbox).

    Module 3 (time-variable grid fees) needs a smart meter and comes on top of module 1,
    so it is generated together with a module-1 reduction of the same request."""
    rng = ctx.rng("grid_fee_reductions")
    out = []
    for info in infos:
        sub = info.sub
        if sub["_sandbox"]["profile"] not in ("heat_pump", "ev") or sub["status"] == "pending":
            continue
        n = ctx.counters.get("gfr", 0)
        if n >= len(_REDUCTION_STATUSES) and rng.random() < 0.5:
            continue
        status = _REDUCTION_STATUSES[n] if n < len(_REDUCTION_STATUSES) else rng.choices(
            _REDUCTION_STATUSES, weights=(10, 15, 8, 55, 12))[0]
        ctx.bump("gfr")
        module = rng.choices((MODULE_1, MODULE_2, MODULE_3), weights=(60, 30, 10))[0]
        if module == MODULE_3 and sub["meter"]["type"] != "smart":
            module = MODULE_1
        limit = info.supply_limit(ctx.now)
        created = between(rng, info.created, limit - timedelta(days=1))
        # In force from a midnight some days after the request; module 3 not before
        # the day after a smart meter was installed for it.
        begins = max(info.start, local_date(created) + timedelta(days=rng.randint(5, 40)))
        ends = begins + timedelta(days=rng.randint(30, 200))
        modules = [(MODULE_1 if module == MODULE_3 else module, begins)]
        if module == MODULE_3:
            installed = info.meter_installed
            modules.append((MODULE_3, begins if installed is None else max(
                begins, local_date(installed) + timedelta(days=1))))
        for kind, day in modules:
            final, valid_from, valid_until = _in_force(ctx, info, status, day, ends)
            updated = between(rng, created, ctx.now)
            updated = max(m for m in (updated, valid_from, valid_until) if m is not None)
            out.append({"object": "grid_fee_reduction", "id": ctx.new_id("gfr"),
                        "subscription": sub["id"], "type": kind, "status": final,
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
        last_visit = between(rng, created, ctx.now) if rng.random() < 0.6 else None
        out.append(_lead(rng, lead_id, rng.choice(consumption)["slug"], created, None, None,
                         last_visit))
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
        stamp = iso(t)
        rows.append((eid, stamp, {"id": eid, "topic": topic, "timestamp": stamp,
                                  "context": dict(context)}))
    return rows
