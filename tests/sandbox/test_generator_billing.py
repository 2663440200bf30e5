"""Generated invoices, readings, reductions, leads and events agree with the series."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import timedelta

import pytest

from nomos_desk.api.models import Price, Usage
from nomos_desk.domain.billing import exact_total, line_items_from_sums
from nomos_desk.domain.pricing import price_usage
from nomos_desk.sandbox import invoicing, series
from nomos_desk.sandbox.profiles import shape
from nomos_desk.sandbox.timegrid import day_slot, local_date, local_midnight, parse_iso
from nomos_desk.ui.invoices.reckoning import prices_of, usage_of
from tests.sandbox.test_generator import NOW, build_world


@pytest.fixture
def world() -> dict:
    return build_world()


def _lookup(world: dict) -> tuple[dict, dict]:
    return ({s["id"]: s for s in world["subscription"]}, {p["id"]: p for p in world["plan"]})


def _period(inv: dict):
    return local_date(parse_iso(inv["period_start"])), local_date(parse_iso(inv["period_end"]))


def test_usage_invoice_totals_equal_series_sums(world: dict) -> None:
    subs, plans = _lookup(world)
    usage_invoices = [i for i in world["invoice"] if i["type"] == "usage"]
    assert len(usage_invoices) > 200
    for inv in random.Random(1).sample(usage_invoices, 60):
        sub, plan = subs[inv["subscription"]], plans[subs[inv["subscription"]]["plan"]]
        first, stop = _period(inv)
        kwh, energy, grid, levies = invoicing.period_sums(sub, plan, first, stop)
        base = sum(c.amount for c in invoicing.base_fees(sub, plan))
        exact = exact_total(energy, grid, levies, base, 1, plan["type"] == "feed_in")
        assert inv["total"] == pytest.approx(exact, abs=0.005 + 1e-9)
        assert inv["usage"] == pytest.approx(kwh, abs=0.006)
        assert kwh > 0


def test_invoice_is_reproducible_from_api_shaped_usage_and_prices(world: dict) -> None:
    """What the app does: GET usage (15min) and prices, pair them, add the quote's base fees."""
    subs, plans = _lookup(world)
    smart = [i for i in world["invoice"] if i["type"] == "usage"
             and subs[i["subscription"]]["meter"]["type"] == "smart"
             and subs[i["subscription"]]["status"] == "active"]
    for inv in random.Random(2).sample(smart, 8):
        sub, plan = subs[inv["subscription"]], plans[subs[inv["subscription"]]["plan"]]
        first, stop = _period(inv)
        usage = Usage.from_dict(series.usage_response(sub, first, stop, "15min", NOW))
        prices = Price.from_dict(series.prices_response(sub, plan, first,
                                                        stop - timedelta(days=1), NOW))
        priced = price_usage(usage_of(usage, local_midnight(stop)), prices_of(prices))
        assert priced.priced_kwh == priced.kwh and not priced.averaged
        out = line_items_from_sums(priced.kwh, priced.energy_ct, priced.grid_ct,
                                   priced.levies_ct, invoicing.base_fees(sub, plan),
                                   feed_in=plan["type"] == "feed_in")
        assert out.total == pytest.approx(inv["total"], abs=0.011)
        assert out.usage_kwh == pytest.approx(inv["usage"], abs=0.02)


def test_invoice_numbering_periods_and_payment(world: dict) -> None:
    subs, _ = _lookup(world)
    by_sub = defaultdict(list)
    for inv in world["invoice"]:
        by_sub[inv["subscription"]].append(inv)
        sub = subs[inv["subscription"]]
        assert sub["status"] != "pending"
        assert inv["invoice_number"].startswith(sub["number"] + "-")
        assert inv["period_start"] >= sub["start_at"]
        first, stop = _period(inv)
        assert first.day == 1 and stop.day == 1 and (inv["month"], inv["year"]) == (
            first.month, first.year)
        assert parse_iso(inv["issued_at"]) > parse_iso(inv["period_end"])
        assert parse_iso(inv["issued_at"]) <= NOW
        assert inv["__row_created_at"] == inv["issued_at"]
        if inv["status"] == "paid":
            assert inv["paid_at"] >= inv["issued_at"]
        if inv["type"] == "usage" and inv["status"] == "open":
            assert inv["paid_at"] is None
    for docs in by_sub.values():
        numbers = sorted(int(d["invoice_number"].rsplit("-", 1)[1]) for d in docs)
        assert numbers == list(range(1, len(docs) + 1))
    statuses = {(i["type"], i["status"]) for i in world["invoice"]}
    assert {("usage", "paid"), ("usage", "open"), ("prepayment", "paid")} <= statuses


def test_void_invoices_reverse_a_voided_paid_invoice(world: dict) -> None:
    invoices = {i["id"]: i for i in world["invoice"]}
    voids = [i for i in world["invoice"] if i["type"] == "void"]
    assert voids
    for void in voids:
        original = invoices[void["voids"]]
        assert original["status"] == "voided" and original["paid_at"]
        assert void["total"] == -original["total"] < 0
        assert void["period_number"] == original["period_number"]
        assert void["issued_at"] > original["issued_at"]


def test_meter_readings_increase_with_the_series(world: dict) -> None:
    subs, _ = _lookup(world)
    readings = defaultdict(list)
    for r in world["meter_reading"]:
        readings[r["subscription"]].append(r)
    assert {r["type"] for r in world["meter_reading"]} == {"grid_reading", "grid_estimation",
                                                          "customer_report"}
    checked = 0
    for sub_id, rs in readings.items():
        sub = subs[sub_id]
        assert sub["meter"]["type"] == "analog"
        rs.sort(key=lambda r: r["timestamp"])
        for a, b in zip(rs, rs[1:], strict=False):
            assert b["value"] >= a["value"] and b["timestamp"] > a["timestamp"]
            assert b["meter"] == sub["meter"]["id"]
            if checked < 40:
                ka = day_slot(local_date(parse_iso(a["timestamp"])))
                kb = day_slot(local_date(parse_iso(b["timestamp"])))
                kwh = float(series.usage_slots(sub, ka, kb).sum())
                assert b["value"] - a["value"] == pytest.approx(kwh, abs=0.11)
                checked += 1
        for r in rs:
            assert r["created_at"] >= r["timestamp"] and parse_iso(r["created_at"]) <= NOW
            assert local_date(parse_iso(r["timestamp"])) != local_date(
                parse_iso(r["timestamp"]) - timedelta(seconds=1))  # Berlin midnight
    assert checked == 40


def test_grid_fee_reductions_fit_their_subscription(world: dict) -> None:
    subs, _ = _lookup(world)
    gfrs = world["grid_fee_reduction"]
    assert {g["status"] for g in gfrs} == {"intended", "ordered", "rejected", "activated", "ended"}
    assert {g["type"] for g in gfrs} >= {"enwg-14a-module-1", "enwg-14a-module-2"}
    for g in gfrs:
        sub = subs[g["subscription"]]
        assert sub["_sandbox"]["profile"] in ("heat_pump", "ev") and g["customer"] == sub["customer"]
        assert (g["valid_from"] is not None) == (g["status"] in ("activated", "ended"))
        assert (g["valid_until"] is not None) == (g["status"] == "ended")
        assert g["created_at"] <= g["updated_at"]


def test_leads_link_to_checkout_and_converted_subscriptions(world: dict) -> None:
    subs, plans = _lookup(world)
    leads = world["lead"]
    converted = [lead for lead in leads if lead["subscription"]]
    assert converted and len(converted) < len(leads)
    slugs = {p["slug"] for p in plans.values()}
    for lead in leads:
        host = lead["link"].split("//", 1)[1].split(".", 1)[0]
        assert host in slugs and lead["link"].endswith(f"/?id={lead['id']}")
        if lead["subscription"]:
            sub = subs[lead["subscription"]]
            assert lead["subscribed_at"] == sub["created_at"] > lead["created_at"]
        else:
            assert lead["subscribed_at"] is None


def test_events_follow_the_objects_within_retention(world: dict) -> None:
    known = {o["id"] for k in ("subscription", "invoice", "meter_order", "lead")
             for o in world[k]}
    topics = {e["topic"] for e in world["event"]}
    assert {"subscription.created", "subscription.activated", "invoice.created", "invoice.paid",
            "meter_order.created", "meter_order.blocked", "meter_order.cancelled"} <= topics
    for e in world["event"]:
        stamp = parse_iso(e["timestamp"])
        assert NOW - timedelta(days=30) <= stamp <= NOW
        assert e["__row_created_at"] == e["timestamp"]
        assert set(e["context"].values()) <= known
        assert e["topic"].split(".")[0] in e["context"]


def test_usage_shape_scaling_is_what_the_api_serves(world: dict) -> None:
    sub = next(s for s in world["subscription"] if s["meter"]["type"] == "smart"
               and s["status"] == "active")
    sb = sub["_sandbox"]
    k0 = day_slot(local_date(NOW) - timedelta(days=3))
    direct = sb["yearly_kwh"] * shape(sb["seed"], sb["profile"], sb["variant"], k0, k0 + 96)
    api = series.usage_response(sub, local_date(NOW) - timedelta(days=3),
                                local_date(NOW) - timedelta(days=2), "15min", NOW)["data"]
    assert [p["usage"] for p in api] == [round(float(v), 4) for v in direct]
