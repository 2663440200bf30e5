"""The generated world never contradicts itself.

One test per rule of coherence, each run over several generated worlds (other
seeds, sizes and anchors: a day of the clock change, New Year), so a broken
rule fails a test that names it. The rules are what a back-office agent would
call a contradiction: an order placed after its subscription ended, a meter
installed before its appointment, §14a module 3 on an analog meter, invoices
without usage behind them.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from nomos_desk.sandbox import series
from nomos_desk.sandbox.gen_base import EVENT_RETENTION_DAYS
from nomos_desk.sandbox.timegrid import day_slot, local_date, parse_iso
from tests.sandbox.test_generator import NOW, build_world

WORLDS = {
    "seed3": (3, 300, NOW),
    "seed7-clock-change": (7, 200, datetime(2025, 10, 26, tzinfo=UTC)),
    "seed11-new-year": (11, 200, datetime(2026, 1, 1, tzinfo=UTC)),
}
ORDER_LIFECYCLE = ("created", "placed", "check_submitted", "check_reviewed", "scheduled",
                   "installed", "activated")
LIVE_REDUCTION = ("intended", "ordered", "activated")


class World:
    """A generated dataset with lookups; timestamps parsed on demand."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.now: datetime = raw["now"]
        self.subs = {s["id"]: s for s in raw["subscription"]}
        self.plans = {p["id"]: p for p in raw["plan"]}
        self.customers = {c["id"]: c for c in raw["customer"]}
        self.invoices = {i["id"]: i for i in raw["invoice"]}
        self.by_sub: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(
            lambda: defaultdict(list))
        for kind in ("meter_order", "meter_reading", "invoice", "grid_fee_reduction"):
            for obj in raw[kind]:
                self.by_sub[obj["subscription"]][kind].append(obj)

    def __getitem__(self, kind: str) -> list[dict[str, Any]]:
        return self.raw[kind]

    def plan_of(self, sub: dict[str, Any]) -> dict[str, Any]:
        return self.plans[sub["plan"]]

    def order_of(self, sub: dict[str, Any]) -> dict[str, Any] | None:
        orders = self.by_sub[sub["id"]]["meter_order"]
        return orders[0] if orders else None


def t(value: str | None) -> datetime | None:
    return parse_iso(value) if value is not None else None


def supply(sub: dict[str, Any]) -> tuple[datetime, datetime | None]:
    start = t(sub["start_at"])
    assert start is not None
    return start, t(sub["end_at"])


@pytest.fixture(scope="module", params=list(WORLDS))
def world(request: pytest.FixtureRequest) -> World:
    return World(build_world(*WORLDS[request.param]))


def check(problems: Iterable[str]) -> None:
    found = list(problems)
    assert not found, f"{len(found)} contradiction(s):\n  " + "\n  ".join(found[:15])


# -- subscriptions and customers ----------------------------------------------------------
def test_subscription_dates_follow_its_status(world: World) -> None:
    def problems() -> Iterable[str]:
        for s in world["subscription"]:
            start, end = supply(s)
            created, terminated = t(s["created_at"]), t(s["terminated_at"])
            assert created is not None
            if not created < start:
                yield f"{s['id']}: supply starts {s['start_at']} before signup {s['created_at']}"
            if end is not None and not start < end:
                yield f"{s['id']}: ends {s['end_at']} before it starts {s['start_at']}"
            if s["status"] == "pending" and (start <= world.now or end or terminated):
                yield f"{s['id']}: pending but started, terminated or ended"
            if s["status"] == "active" and (start > world.now or (end and end <= world.now)):
                yield f"{s['id']}: active outside its supply {s['start_at']}..{s['end_at']}"
            if s["status"] == "ended" and (end is None or end > world.now):
                yield f"{s['id']}: ended without a past end_at ({s['end_at']})"
            if (end is None) != (terminated is None):
                yield f"{s['id']}: end_at {s['end_at']} without terminated_at or vice versa"
            if local_date(start).day != 1 or (end and local_date(end).day != 1):
                yield f"{s['id']}: supply not on month boundaries"
    check(problems())


def test_terminated_subscriptions_end_after_termination(world: World) -> None:
    def problems() -> Iterable[str]:
        for s in world["subscription"]:
            terminated, end = t(s["terminated_at"]), t(s["end_at"])
            if terminated is None or end is None:
                continue
            created = t(s["created_at"])
            assert created is not None
            if not created < terminated <= world.now:
                yield f"{s['id']}: terminated {s['terminated_at']} outside signup..now"
            if not terminated < end:
                yield f"{s['id']}: end_at {s['end_at']} not after terminated_at {s['terminated_at']}"
    check(problems())


def test_updated_at_follows_every_change(world: World) -> None:
    def problems() -> Iterable[str]:
        for s in world["subscription"]:
            updated = t(s["updated_at"])
            assert updated is not None
            changes = [t(s["created_at"]), t(s["terminated_at"])]
            if s["end_at"] and t(s["end_at"]) <= world.now:  # type: ignore[operator]
                changes.append(t(s["end_at"]))
            latest = max(c for c in changes if c is not None)
            if not latest <= updated <= world.now:
                yield f"{s['id']}: updated_at {s['updated_at']} before a change at {latest}"
    check(problems())


def test_customers_exist_before_their_subscriptions(world: World) -> None:
    def problems() -> Iterable[str]:
        has_sub = set()
        for s in world["subscription"]:
            customer = world.customers.get(s["customer"])
            has_sub.add(s["customer"])
            if customer is None:
                yield f"{s['id']}: customer {s['customer']} does not exist"
            elif t(customer["created_at"]) > t(s["created_at"]):  # type: ignore[operator]
                yield f"{s['id']}: signed before its customer {customer['id']} existed"
        for c in world["customer"]:
            if c["id"] not in has_sub:
                yield f"{c['id']}: customer without a subscription"
            if (c["type"] == "company") != bool(c.get("company_name")):
                yield f"{c['id']}: type {c['type']} and company_name disagree"
    check(problems())


def test_plan_type_meter_and_supplier_agree(world: World) -> None:
    def problems() -> Iterable[str]:
        for s in world["subscription"]:
            plan = world.plan_of(s)
            if s["type"] != plan["type"]:
                yield f"{s['id']}: type {s['type']} on a {plan['type']} plan"
            if s["type"] == "feed_in" and (s["meter"]["type"] != "smart" or s["supplier"]):
                yield f"{s['id']}: feed-in without a smart meter or with a previous supplier"
    check(problems())


# -- meter orders --------------------------------------------------------------------------
def _order_times(o: dict[str, Any]) -> dict[str, datetime]:
    names = ("created_at", "appointment_at", "installed_at", "activated_at", "blocked_at",
             "cancelled_at")
    return {n: parsed for n in names if (parsed := t(o[n])) is not None}


def test_meter_order_timestamps_follow_the_lifecycle(world: World) -> None:
    def problems() -> Iterable[str]:
        for o in world["meter_order"]:
            at = _order_times(o)
            chain = [at[n] for n in ("created_at", "appointment_at", "installed_at",
                                     "activated_at") if n in at]
            if chain != sorted(chain):
                yield (f"{o['id']}: created {o['created_at']}, appointment "
                       f"{o['appointment_at']}, installed {o['installed_at']}, activated "
                       f"{o['activated_at']} out of order")
            for name in ("blocked_at", "cancelled_at"):
                if name in at and not at["created_at"] < at[name]:
                    yield f"{o['id']}: {name} {o[name]} before created_at {o['created_at']}"
            if "cancelled_at" in at and "blocked_at" in at and at["blocked_at"] > at["cancelled_at"]:
                yield f"{o['id']}: blocked after it was cancelled"
            past = {n: v for n, v in at.items() if n != "appointment_at"}
            if any(v > world.now for v in past.values()):
                yield f"{o['id']}: a timestamp lies in the future: {past}"
    check(problems())


def test_meter_order_status_matches_its_timestamps(world: World) -> None:
    def problems() -> Iterable[str]:
        for o in world["meter_order"]:
            status, at = o["status"], _order_times(o)
            if ("installed_at" in at) != (status in ("installed", "activated")):
                yield f"{o['id']}: status {status} with installed_at {o['installed_at']}"
            if ("activated_at" in at) != (status == "activated"):
                yield f"{o['id']}: status {status} with activated_at {o['activated_at']}"
            if ("cancelled_at" in at) != (status == "cancelled") or (
                    (o["cancelled_reason"] is None) != ("cancelled_at" not in at)):
                yield f"{o['id']}: status {status}, cancelled_at/reason disagree"
            if ("blocked_at" in at) != (o["blocked_reason"] is not None):
                yield f"{o['id']}: blocked_at and blocked_reason disagree"
            if "blocked_at" in at and status not in ("placed", "check_submitted",
                                                     "check_reviewed"):
                yield f"{o['id']}: blocked while {status}"
            if status in ("scheduled", "installed", "activated") and "appointment_at" not in at:
                yield f"{o['id']}: {status} without an appointment"
            if status in ("created", "placed", "check_submitted", "check_reviewed") and (
                    "appointment_at" in at):
                yield f"{o['id']}: appointment before the order was scheduled ({status})"
            if status == "scheduled" and at["appointment_at"] <= world.now:
                yield f"{o['id']}: scheduled for a past appointment {o['appointment_at']}"
            if status == "cancelled" and "appointment_at" in at and (
                    at["appointment_at"] <= at["cancelled_at"]):
                yield f"{o['id']}: cancelled after its appointment had passed"
    check(problems())


def test_meter_orders_lie_within_supply(world: World) -> None:
    def problems() -> Iterable[str]:
        for o in world["meter_order"]:
            sub = world.subs.get(o["subscription"])
            if sub is None or sub["customer"] != o["customer"]:
                yield f"{o['id']}: subscription missing or customer differs"
                continue
            start, end = supply(sub)
            at = _order_times(o)
            if at["created_at"] < t(sub["created_at"]):  # type: ignore[operator]
                yield f"{o['id']}: ordered {o['created_at']} before signup {sub['created_at']}"
            for name in ("installed_at", "activated_at"):
                if name in at and at[name] < start:
                    yield f"{o['id']}: {name} {o[name]} before supply start {sub['start_at']}"
            if end is not None:
                late = {n: v for n, v in at.items() if v >= end and not (
                    n == "appointment_at" and o["status"] == "cancelled")}
                if late:
                    yield f"{o['id']}: {sorted(late)} on or after supply end {sub['end_at']}"
                if end <= world.now and o["status"] not in ("installed", "activated",
                                                             "cancelled"):
                    yield f"{o['id']}: still {o['status']} although supply ended {sub['end_at']}"
    check(problems())


def test_meter_orders_agree_with_the_meter_and_plan(world: World) -> None:
    def problems() -> Iterable[str]:
        seen: set[str] = set()
        for o in world["meter_order"]:
            sub = world.subs[o["subscription"]]
            plan = world.plan_of(sub)
            if o["subscription"] in seen:
                yield f"{o['subscription']}: more than one meter order"
            seen.add(o["subscription"])
            if sub["type"] != "consumption" or not plan["_sandbox"]["smart_meter_product"]:
                yield f"{o['id']}: ordered on a plan without a smart-meter product"
            provider = plan["_sandbox"].get("smart_meter_provider")
            if provider and o["provider"] != provider:
                yield f"{o['id']}: provider {o['provider']}, plan's is {provider}"
            meter = sub["meter"]["type"]
            if o["status"] in ("installed", "activated") or o["cancelled_reason"] == "pre_existing":
                wanted = "smart"
            else:
                wanted = "analog"
            if meter != wanted:
                yield f"{o['id']}: {o['status']} ({o['cancelled_reason']}) but the meter is {meter}"
    check(problems())


# -- meter readings ------------------------------------------------------------------------
def test_readings_only_for_analog_meters_within_supply(world: World) -> None:
    def problems() -> Iterable[str]:
        for r in world["meter_reading"]:
            sub = world.subs.get(r["subscription"])
            if sub is None:
                yield f"{r['id']}: subscription {r['subscription']} missing"
                continue
            if sub["meter"]["type"] != "analog" or sub["type"] != "consumption":
                yield f"{r['id']}: reading on a {sub['meter']['type']} {sub['type']} meter"
            if r["meter"] != sub["meter"]["id"] or r["customer"] != sub["customer"]:
                yield f"{r['id']}: meter or customer differs from the subscription's"
            start, end = supply(sub)
            stamp, created = t(r["timestamp"]), t(r["created_at"])
            assert stamp is not None and created is not None
            if stamp < start or (end is not None and stamp > end) or stamp > world.now:
                yield f"{r['id']}: reading {r['timestamp']} outside supply {sub['start_at']}.." \
                      f"{sub['end_at']}"
            if not stamp <= created <= world.now:
                yield f"{r['id']}: recorded {r['created_at']} before it was read {r['timestamp']}"
    check(problems())


def test_readings_increase_with_the_usage_series(world: World) -> None:
    def problems() -> Iterable[str]:
        compared = 0
        for sub_id, kinds in world.by_sub.items():
            readings = sorted(kinds["meter_reading"], key=lambda r: r["timestamp"])
            sub = world.subs[sub_id]
            for a, b in zip(readings, readings[1:], strict=False):
                if a["timestamp"] == b["timestamp"]:
                    yield f"{sub_id}: two readings at {a['timestamp']}"
                if b["value"] < a["value"]:
                    yield f"{sub_id}: {b['value']} at {b['timestamp']} below {a['value']}"
                if compared < 25:
                    compared += 1
                    ka = day_slot(local_date(parse_iso(a["timestamp"])))
                    kb = day_slot(local_date(parse_iso(b["timestamp"])))
                    kwh = float(series.usage_slots(sub, ka, kb).sum())
                    if abs(b["value"] - a["value"] - kwh) > 0.11:
                        yield f"{sub_id}: readings differ by {b['value'] - a['value']:.1f}, " \
                              f"the series delivered {kwh:.1f} kWh"
    check(problems())


# -- invoices ------------------------------------------------------------------------------
def _period(inv: dict[str, Any]) -> tuple[date, date]:
    return local_date(parse_iso(inv["period_start"])), local_date(parse_iso(inv["period_end"]))


def test_invoices_only_for_supplied_months(world: World) -> None:
    def problems() -> Iterable[str]:
        for inv in world["invoice"]:
            sub = world.subs.get(inv["subscription"])
            if sub is None or sub["customer"] != inv["customer"]:
                yield f"{inv['id']}: subscription missing or customer differs"
                continue
            start, end = supply(sub)
            if sub["status"] == "pending":
                yield f"{inv['id']}: invoice for a subscription that has not started"
            if t(inv["period_start"]) < start or (  # type: ignore[operator]
                    end is not None and t(inv["period_end"]) > end):  # type: ignore[operator]
                yield f"{inv['id']}: period {inv['period_start']}..{inv['period_end']} " \
                      f"outside supply {sub['start_at']}..{sub['end_at']}"
    check(problems())


def test_each_supplied_month_is_billed_once(world: World) -> None:
    def problems() -> Iterable[str]:
        for sub_id, kinds in world.by_sub.items():
            months: dict[tuple[int, int], int] = defaultdict(int)
            for inv in kinds["invoice"]:
                if inv["type"] != "void" and inv["status"] != "voided":
                    months[(inv["year"], inv["month"])] += 1
            twice = [m for m, n in months.items() if n > 1]
            if twice:
                yield f"{sub_id}: months billed twice: {twice}"
    check(problems())


def test_invoice_payments_follow_issue(world: World) -> None:
    def problems() -> Iterable[str]:
        for inv in world["invoice"]:
            issued, paid = t(inv["issued_at"]), t(inv["paid_at"])
            assert issued is not None
            if not t(inv["period_end"]) <= issued <= world.now:  # type: ignore[operator]
                yield f"{inv['id']}: issued {inv['issued_at']} before its period ended"
            if paid is not None and not issued <= paid <= world.now:
                yield f"{inv['id']}: paid {inv['paid_at']} before issue or in the future"
            if (paid is not None) != (inv["status"] in ("paid", "voided")):
                yield f"{inv['id']}: status {inv['status']} with paid_at {inv['paid_at']}"
    check(problems())


def test_usage_invoices_have_the_usage_the_api_serves(world: World) -> None:
    """Invoiced kWh equal what GET /subscriptions/{id}/usage serves over the period."""
    usage_invoices = [i for i in world["invoice"] if i["type"] == "usage"]
    smart = [i for i in usage_invoices if world.subs[i["subscription"]]["meter"]["type"] == "smart"]
    ended = [i for i in usage_invoices if world.subs[i["subscription"]]["status"] == "ended"]
    rng = random.Random(5)
    sample = [*rng.sample(smart, min(15, len(smart))), *rng.sample(ended, min(10, len(ended))),
              *rng.sample(usage_invoices, 15)]

    def problems() -> Iterable[str]:
        for inv in sample:
            sub = world.subs[inv["subscription"]]
            first, stop = _period(inv)
            data = series.usage_response(sub, first, stop, "day", world.now)["data"]
            served = sum(p["usage"] for p in data)
            if not data or abs(served - inv["usage"]) > 0.01 + 0.0001 * len(data):
                yield f"{inv['id']}: invoiced {inv['usage']} kWh, usage API serves " \
                      f"{served:.3f} kWh over {inv['period_start']}..{inv['period_end']}"
    check(problems())


def test_prepayment_only_for_analog_consumption_meters(world: World) -> None:
    """A smart meter's quarter-hours are billed as used: no advances without usage."""
    def problems() -> Iterable[str]:
        for inv in world["invoice"]:
            sub = world.subs[inv["subscription"]]
            if inv["type"] == "prepayment" and (sub["meter"]["type"] != "analog"
                                                or sub["type"] != "consumption"):
                yield f"{inv['id']}: advance on a {sub['meter']['type']} {sub['type']} meter"
    check(problems())


# -- grid fee reductions (§14a EnWG) -------------------------------------------------------
def test_grid_fee_reductions_only_for_controllable_consumption(world: World) -> None:
    def problems() -> Iterable[str]:
        for g in world["grid_fee_reduction"]:
            sub = world.subs.get(g["subscription"])
            if sub is None or sub["customer"] != g["customer"]:
                yield f"{g['id']}: subscription missing or customer differs"
                continue
            if sub["type"] != "consumption":
                yield f"{g['id']}: reduction on a {sub['type']} subscription"
            if sub["_sandbox"]["profile"] not in ("heat_pump", "ev"):
                yield f"{g['id']}: no controllable device ({sub['_sandbox']['profile']})"
            if sub["status"] == "pending" and g["status"] != "intended":
                yield f"{g['id']}: {g['status']} before supply started"
            if sub["status"] == "ended" and g["status"] in LIVE_REDUCTION:
                yield f"{g['id']}: still {g['status']} on an ended subscription"
    check(problems())


def _covers(outer: dict[str, Any], inner: dict[str, Any]) -> bool:
    """Whether reduction `outer` was in force for the whole time `inner` was."""
    if outer["valid_from"] is None or t(outer["valid_from"]) > t(inner["valid_from"]):  # type: ignore[operator]
        return False
    if outer["valid_until"] is None:
        return True
    return inner["valid_until"] is not None and (
        t(outer["valid_until"]) >= t(inner["valid_until"]))  # type: ignore[operator]


def test_module_3_only_with_a_smart_meter_and_module_1(world: World) -> None:
    def problems() -> Iterable[str]:
        for sub_id, kinds in world.by_sub.items():
            sub = world.subs[sub_id]
            for g in kinds["grid_fee_reduction"]:
                if g["type"] != "enwg-14a-module-3":
                    continue
                if sub["meter"]["type"] != "smart":
                    yield f"{g['id']}: module 3 on an {sub['meter']['type']} meter"
                order = world.order_of(sub)
                installed = t(order["installed_at"]) if order else None
                since = t(g["valid_from"])
                if installed and since and since < installed:
                    yield f"{g['id']}: module 3 valid from {g['valid_from']} before the " \
                          f"smart meter was installed {order['installed_at']}"  # type: ignore[index]
                partners = [m for m in kinds["grid_fee_reduction"]
                            if m["type"] == "enwg-14a-module-1"]
                if g["status"] in LIVE_REDUCTION and not any(
                        m["status"] in LIVE_REDUCTION for m in partners):
                    yield f"{g['id']}: module 3 {g['status']} without a live module 1"
                if g["valid_from"] and not any(_covers(m, g) for m in partners):
                    yield f"{g['id']}: module 3 in force {g['valid_from']}..{g['valid_until']} " \
                          "without module 1 in force all that time"
    check(problems())


def test_live_reductions_do_not_overlap(world: World) -> None:
    def problems() -> Iterable[str]:
        for sub_id, kinds in world.by_sub.items():
            live = [g["type"] for g in kinds["grid_fee_reduction"]
                    if g["status"] in LIVE_REDUCTION]
            if len(live) != len(set(live)):
                yield f"{sub_id}: two live reductions of one kind: {live}"
            if {"enwg-14a-module-1", "enwg-14a-module-2"} <= set(live):
                yield f"{sub_id}: modules 1 and 2 live together"
    check(problems())


def test_grid_fee_reductions_lie_within_supply(world: World) -> None:
    def problems() -> Iterable[str]:
        for g in world["grid_fee_reduction"]:
            sub = world.subs[g["subscription"]]
            start, end = supply(sub)
            created, updated = t(g["created_at"]), t(g["updated_at"])
            since, until = t(g["valid_from"]), t(g["valid_until"])
            assert created is not None and updated is not None
            if (since is not None) != (g["status"] in ("activated", "ended")) or (
                    (until is not None) != (g["status"] == "ended")):
                yield f"{g['id']}: status {g['status']} with valid {g['valid_from']}.." \
                      f"{g['valid_until']}"
            if created < t(sub["created_at"]) or (end is not None and created >= end):  # type: ignore[operator]
                yield f"{g['id']}: requested {g['created_at']} outside the contract"
            if not created <= updated <= world.now:
                yield f"{g['id']}: updated_at {g['updated_at']} before created_at or in future"
            if since is not None and (since < start or since < created or since > world.now
                                      or since > updated):
                yield f"{g['id']}: valid_from {g['valid_from']} outside supply/request/now"
            if until is not None and (since is None or until <= since or until > world.now
                                      or (end is not None and until > end) or until > updated):
                yield f"{g['id']}: valid_until {g['valid_until']} outside valid_from..end"
    check(problems())


# -- leads ---------------------------------------------------------------------------------
def test_leads_convert_only_into_existing_subscriptions(world: World) -> None:
    def problems() -> Iterable[str]:
        converted: set[str] = set()
        slugs = {p["slug"]: p for p in world.plans.values()}
        for lead in world["lead"]:
            created, visited = t(lead["created_at"]), t(lead["last_visited_at"])
            assert created is not None
            slug = lead["link"].split("//", 1)[1].split(".", 1)[0]
            if slug not in slugs:
                yield f"{lead['id']}: link to unknown plan {slug}"
            if lead["subscription"] is None:
                if lead["subscribed_at"] is not None:
                    yield f"{lead['id']}: subscribed_at without a subscription"
                if not created <= world.now or (visited and not created <= visited <= world.now):
                    yield f"{lead['id']}: created/visited outside ..now"
                continue
            sub = world.subs.get(lead["subscription"])
            if sub is None:
                yield f"{lead['id']}: converted into missing {lead['subscription']}"
                continue
            if lead["subscription"] in converted:
                yield f"{lead['subscription']}: converted from two leads"
            converted.add(lead["subscription"])
            subscribed = t(lead["subscribed_at"])
            if subscribed != t(sub["created_at"]) or not created < subscribed:  # type: ignore[operator]
                yield f"{lead['id']}: subscribed_at {lead['subscribed_at']} vs signup " \
                      f"{sub['created_at']}, lead created {lead['created_at']}"
            if visited is not None and not created <= visited <= subscribed:  # type: ignore[operator]
                yield f"{lead['id']}: last visit {lead['last_visited_at']} after it converted"
            if slugs.get(slug, {}).get("id") != sub["plan"]:
                yield f"{lead['id']}: lead for {slug}, subscription on another plan"
    check(problems())


# -- events --------------------------------------------------------------------------------
def _expected_event_time(world: World, topic: str, context: dict[str, str]) -> datetime | None:
    """When the object says this event happened (None: nothing to compare)."""
    kind, _, action = topic.partition(".")
    if kind == "meter_order":
        order = next(o for o in world.by_sub[context["subscription"]]["meter_order"])
        field = {"created": "created_at", "installed": "installed_at",
                 "activated": "activated_at", "cancelled": "cancelled_at",
                 "blocked": "blocked_at"}.get(action)
        return t(order[field]) if field else None
    if kind == "invoice" and action in ("created", "paid"):
        invoice = world.invoices[context["invoice"]]
        return t(invoice["issued_at" if action == "created" else "paid_at"])
    if kind == "subscription":
        sub = world.subs[context["subscription"]]
        field = {"created": "created_at", "activated": "start_at",
                 "terminated": "terminated_at", "ended": "end_at"}.get(action)
        return t(sub[field]) if field else None
    return None


def test_events_match_their_objects(world: World) -> None:
    known = {o["id"] for k in ("subscription", "invoice", "meter_order", "lead")
             for o in world[k]}

    def problems() -> Iterable[str]:
        order_steps: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
        for e in world["event"]:
            stamp = t(e["timestamp"])
            assert stamp is not None
            if not world.now - timedelta(days=EVENT_RETENTION_DAYS) <= stamp <= world.now:
                yield f"{e['id']}: {e['topic']} at {e['timestamp']} outside retention"
            if not set(e["context"].values()) <= known:
                yield f"{e['id']}: {e['topic']} refers to unknown objects {e['context']}"
                continue
            expected = _expected_event_time(world, e["topic"], e["context"])
            if expected is not None and expected != stamp:
                yield f"{e['id']}: {e['topic']} at {e['timestamp']}, the object says {expected}"
            if e["topic"].startswith("meter_order."):
                order_steps[e["context"]["meter_order"]].append((stamp, e["topic"][12:]))
        for order_id, steps in order_steps.items():
            ranks = [ORDER_LIFECYCLE.index(s) for _, s in sorted(steps) if s in ORDER_LIFECYCLE]
            if ranks != sorted(ranks):
                yield f"{order_id}: lifecycle events out of order {sorted(steps)}"
    check(problems())


def test_supply_start_and_end_events_only_once_they_happened(world: World) -> None:
    def problems() -> Iterable[str]:
        for e in world["event"]:
            if e["topic"] in ("subscription.activated", "subscription.ended"):
                sub = world.subs[e["context"]["subscription"]]
                moment = t(sub["start_at"] if e["topic"].endswith("activated") else sub["end_at"])
                if moment is None or moment > world.now:
                    yield f"{e['id']}: {e['topic']} for {sub['id']} that has not happened"
    check(problems())


def test_worlds_are_not_trivial(world: World) -> None:
    """The rules above must have had something to check in every world."""
    statuses = {o["status"] for o in world["meter_order"]}
    assert {"scheduled", "installed", "activated", "cancelled"} <= statuses
    assert any(g["type"] == "enwg-14a-module-3" for g in world["grid_fee_reduction"])
    assert any(s["status"] == "ended" for s in world["subscription"])
    assert any(s["terminated_at"] and s["status"] == "active" for s in world["subscription"])
    assert any(i["type"] == "prepayment" for i in world["invoice"])
    assert len(world["meter_reading"]) > 50 and len(world["lead"]) > 20
