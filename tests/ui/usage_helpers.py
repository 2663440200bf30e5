"""Subscriptions for the usage tests: a smart, an analog and a feed-in meter, each
supplied since early 2024 on a dynamic (spot-priced) plan, in the sandbox world of
tests/sandbox_fixtures (its "now" is WORLD_NOW)."""

from __future__ import annotations

from datetime import date
from typing import Any

from nomos_desk.domain.berlin import midnight
from nomos_desk.sandbox.timeutil import iso, new_id
from tests.sandbox.builders import add_plan, add_subscription
from tests.sandbox_fixtures import WORLD_NOW

SINCE = "2023-12-31T23:00:00.000Z"  # 1 January 2024, Berlin midnight


def usage_case(app: Any, *, meter: str = "smart", kind: str = "consumption",
               status: str = "active") -> dict[str, Any]:
    store = app.state.sandbox.store
    plan = add_plan(store, type=kind)
    plan["_sandbox"] = {"smart_meter_product": True,
                        "pricing": "feed_in" if kind == "feed_in" else "dynamic",
                        "margin_ct": 1.5, "seed": 1}
    store.replace(plan)
    sub = add_subscription(store, plan=plan, meter_type=meter, type=kind, status=status,
                           start_at=SINCE, estimated_usage=3500)
    if kind == "feed_in":  # a rooftop PV system: fed in by day, most in summer
        sub["_sandbox"]["profile"] = "pv_feed_in"
        store.replace(sub)
    return sub


def add_reading(app: Any, sub: dict[str, Any], value: float, day: str,
                kind: str = "customer_report") -> dict[str, Any]:
    """A reading on `day` (yyyy-mm-dd) at its Berlin midnight, as Nomos stamps readings."""
    stamp = iso(midnight(date.fromisoformat(day)))
    reading = {"object": "meter_reading", "id": new_id("mr_"), "customer": sub["customer"],
               "subscription": sub["id"], "meter": sub["meter"]["id"], "value": value,
               "timestamp": stamp, "type": kind, "created_at": stamp}
    app.state.sandbox.store.insert("meter_reading", reading)
    return reading


def requests_to(app: Any, suffix: str) -> list[dict[str, Any]]:
    return [r for r in app.state.sandbox.request_log if r["path"].endswith(suffix)]


def pin_clock(services: Any) -> Any:
    services.clock = lambda: WORLD_NOW
    return services
