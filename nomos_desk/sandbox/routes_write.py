"""POST routes with Nomos' business rules; every write is one SQLite transaction.

Checks that depend on existing rows (duplicates, the last meter reading) run
inside the same IMMEDIATE transaction as the insert, so two racing requests
cannot both pass them.
"""

from __future__ import annotations

import calendar
import json
from datetime import date, datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import schemas
from .auth import authenticate
from .errors import ApiError
from .resources import meter_of
from .routes_read import fetch
from .store import INSERT_OBJECT, dumps, public
from .timeutil import berlin_start_of_day, iso, local_date, new_id, parse_iso
from .validation import GERMAN_ZIP, json_body


def _rows(con: Any, kind: str, subscription: str) -> list[dict[str, Any]]:
    cur = con.execute("SELECT data FROM objects WHERE kind = ? AND "
                      "json_extract(data, '$.subscription') = ?", (kind, subscription))
    return [json.loads(r[0]) for r in cur]


def insert_event(con: Any, topic: str, now: str, **context: str) -> None:
    # Events carry no created_at field; their row is ordered by the timestamp.
    event = {"id": new_id("evt_"), "topic": topic, "timestamp": now, "context": context}
    con.execute(INSERT_OBJECT, ("event", event["id"], now, dumps(event)))


async def create_lead(request: Request) -> Response:
    authenticate(request)
    sandbox = request.app.state.sandbox
    body = await json_body(request, schemas.INSERT_LEAD)
    plan = sandbox.store.get("plan", body["plan"])
    if plan is None:
        raise ApiError.not_found("Plan", body["plan"])
    zip_code = body["address"]["zip"]
    if not GERMAN_ZIP.fullmatch(zip_code):
        raise ApiError.bad_request(
            "address.zip", "unserviceable_zip", f"'{zip_code}' is not a German zip code")
    clock = sandbox.config.clock()
    _check_lead_rules(body, plan, local_date(clock))
    lead_id = new_id("lead_")
    now = iso(clock)
    lead = {"object": "lead", "id": lead_id, "subscription": None, "subscribed_at": None,
            "link": f"https://{plan.get('slug') or 'nomos'}.checkout.energy/?id={lead_id}",
            "created_at": now, "created_by": body.get("created_by"), "last_visited_at": None,
            "metadata": body.get("metadata"), "_sandbox": {"request": body}}
    sandbox.store.insert("lead", lead)
    return JSONResponse(public(lead))


def _check_lead_rules(body: dict[str, Any], plan: dict[str, Any], today: date) -> None:
    """The InsertLead rules the spec states in its field descriptions: a feed-in plan needs
    a smart meter and takes no previous supplier; an intended start lies in the future, for
    feed-in on the first day of a month at least one month ahead; a start that is not the
    next possible one needs its date."""
    feed_in = plan.get("type") == "feed_in"
    if feed_in and (body["meter"].get("type") or "analog") != "smart":
        raise ApiError.bad_request("meter.type", "custom",
                                   "Feed-in plans require a smart meter ('smart')")
    if feed_in and body.get("previous_supplier"):
        raise ApiError.bad_request("previous_supplier", "custom",
                                   "A previous supplier is only supported for consumption plans")
    raw = body.get("intended_start_date")
    if raw is None:
        if body.get("next_possible_start") is False:
            raise ApiError.bad_request("intended_start_date", "invalid_type",
                                       "Required when next_possible_start is false")
        return
    start = date.fromisoformat(raw)
    if start <= today:
        raise ApiError.bad_request("intended_start_date", "custom",
                                   "Intended start date must be in the future")
    if feed_in:
        earliest = _first_of_month_from(_months_later(today, 1))
        if start.day != 1 or start < earliest:
            raise ApiError.bad_request(
                "intended_start_date", "custom", "For feed-in plans the start must be the "
                f"first day of a month, at least one month ahead (earliest {earliest})")


def _months_later(day: date, months: int) -> date:
    """The same day `months` later, or that month's last day where it is shorter."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    month = month0 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _first_of_month_from(day: date) -> date:
    return day if day.day == 1 else _months_later(day.replace(day=1), 1)


def _smart_meter_product(plan: dict[str, Any]) -> bool:
    private = plan.get("_sandbox") or {}
    for key in ("smart_meter", "smart_meter_product", "has_smart_meter_product"):
        if key in private:
            return bool(private[key])
    products = private.get("products") or []
    return "smart-meter" in products or "smart_meter" in products


def _provider(plan: dict[str, Any]) -> str:
    provider = (plan.get("_sandbox") or {}).get("smart_meter_provider")
    return provider if provider in ("energy-metering", "metrify", "inexogy") else "metrify"


async def create_meter_order(request: Request) -> Response:
    authenticate(request)
    sandbox = request.app.state.sandbox
    body = await json_body(request, schemas.INSERT_METER_ORDER)
    sub = fetch(request, "subscription", "Subscription", body["subscription"])
    plan = sandbox.store.get("plan", sub.get("plan")) or {}
    now = iso(sandbox.config.clock())
    order = {"object": "meter_order", "id": new_id("prdo_"), "subscription": sub["id"],
             "customer": sub["customer"], "provider": _provider(plan), "status": "created",
             "created_at": now, "installed_at": None, "activated_at": None,
             "cancelled_at": None, "cancelled_reason": None, "blocked_at": None,
             "blocked_reason": None, "appointment_at": None}
    with sandbox.store.transaction() as con:
        # "At most one meter order ever": an existing order answers 409 first,
        # whatever became of the subscription since.
        if _rows(con, "meter_order", sub["id"]):
            raise ApiError.rule(
                409, "duplicate_meter_order", "subscription",
                "A meter order already exists for this subscription")
        if sub.get("type") == "feed_in":
            raise ApiError.bad_request(
                "subscription", "unsupported_meter_order",
                "Feed-in subscriptions need a smart meter before signup; no order possible")
        if sub.get("status") == "ended":
            raise ApiError.bad_request(
                "subscription", "ended_subscription", "The subscription has ended")
        if not _smart_meter_product(plan):
            raise ApiError.bad_request(
                "subscription", "unsupported_product",
                "The subscription's plan has no smart-meter product configured")
        sandbox.store.insert_many("meter_order", [order], con)
        insert_event(con, "meter_order.created", now, meter_order=order["id"],
                      subscription=sub["id"])
    return JSONResponse(order)


def _check_plausible(sub: dict[str, Any], readings: list[dict[str, Any]], value: float,
                     ts: datetime) -> None:
    """Nomos refuses readings that cannot be true: lower than an earlier one,
    higher than a later one, or far above what the household could use."""
    dated = [(parse_iso(r["timestamp"]), float(r["value"])) for r in readings]
    before = [(t, v) for t, v in dated if t is not None and t < ts]
    after = [(t, v) for t, v in dated if t is not None and t > ts]
    daily = max(float(sub.get("estimated_usage") or 0), 1000.0) / 365.0
    if before:
        last_ts, last_value = max(before)
        days = max((ts - last_ts).total_seconds() / 86400, 1.0)
        if value < last_value:
            raise ApiError.rule(
                422, "implausible_meter_reading", "value",
                f"Reading {value:g} is below the previous reading {last_value:g}")
        if value - last_value > 5 * daily * days + 500:
            raise ApiError.rule(
                422, "implausible_meter_reading", "value",
                f"Reading {value:g} implies far more usage than expected "
                f"over {days:.0f} days")
    if after:
        next_value = min(after)[1]
        if value > next_value:
            raise ApiError.rule(
                422, "implausible_meter_reading", "value",
                f"Reading {value:g} is above the later reading {next_value:g}")


async def create_meter_reading(request: Request) -> Response:
    authenticate(request)
    sandbox = request.app.state.sandbox
    body = await json_body(request, schemas.CREATE_METER_READING)
    sub = fetch(request, "subscription", "Subscription", body["subscription"])
    meter = meter_of(sandbox.store, sub)
    if sub.get("status") == "ended":
        raise ApiError.bad_request("subscription", "ended_subscription", "The subscription has ended")
    if sub.get("type") == "feed_in" or meter.get("type") == "smart":
        raise ApiError.bad_request(
            "subscription", "unsupported_meter_reading",
            "Readings can only be submitted for analog consumption meters")
    now = sandbox.config.clock()
    stamp = parse_iso(body["timestamp"])
    assert stamp is not None  # the schema checked its format
    day = berlin_start_of_day(stamp)
    start = parse_iso(sub.get("start_at") or "")
    if day > now + timedelta(days=1) or (start is not None and
                                         day < berlin_start_of_day(start)):
        raise ApiError.bad_request(
            "timestamp", "out_of_period_meter_reading",
            "The reading lies outside the subscription's delivery period")
    ts_text = iso(day)
    reading = {"object": "meter_reading", "id": new_id("mr_"), "customer": sub["customer"],
               "subscription": sub["id"], "meter": meter.get("id") or sub.get("meter"),
               "value": body["value"], "timestamp": ts_text, "type": "customer_report",
               "created_at": iso(now), "_sandbox": {"message": body.get("message")}}
    with sandbox.store.transaction() as con:
        readings = _rows(con, "meter_reading", sub["id"])
        if any(parse_iso(r["timestamp"]) == day for r in readings):
            raise ApiError.rule(
                409, "duplicate_meter_reading", "timestamp",
                "A reading for this day already exists")
        _check_plausible(sub, readings, float(body["value"]), day)
        sandbox.store.insert_many("meter_reading", [reading], con)
    return JSONResponse(public(reading))


LIVE = ("intended", "ordered", "activated")


async def create_grid_fee_reduction(request: Request) -> Response:
    authenticate(request)
    sandbox = request.app.state.sandbox
    body = await json_body(request, schemas.INSERT_GRID_FEE_REDUCTION)
    sub = fetch(request, "subscription", "Subscription", body["subscription"])
    if sub.get("type") == "feed_in":
        raise ApiError.bad_request(
            "subscription", "unsupported_product",
            "§14a EnWG reductions do not apply to feed-in subscriptions")
    if sub.get("status") == "ended":
        raise ApiError.bad_request("subscription", "ended_subscription", "The subscription has ended")
    kind = body["type"]
    now = iso(sandbox.config.clock())
    gfr = {"object": "grid_fee_reduction", "id": new_id("gfr_"), "subscription": sub["id"],
           "type": kind, "status": "intended" if sub.get("status") == "pending" else "ordered",
           "valid_from": None, "valid_until": None, "created_at": now, "updated_at": now,
           "customer": sub["customer"]}
    with sandbox.store.transaction() as con:
        live = {r["type"] for r in _rows(con, "grid_fee_reduction", sub["id"])
                if r["status"] in LIVE}
        # Module 1 (flat) and module 2 (percentage) are alternatives: one at a time.
        clash = {"enwg-14a-module-1", "enwg-14a-module-2"} if kind != "enwg-14a-module-3" else set()
        if kind in live or live & clash:
            raise ApiError.rule(
                409, "duplicate_grid_reduction", "type",
                "A grid fee reduction of this kind is already in place")
        if kind == "enwg-14a-module-3":
            if "enwg-14a-module-1" not in live:
                raise ApiError.bad_request(
                    "type", "missing_module_1",
                    "Module 3 (time-variable grid fees) requires module 1")
            has_order = bool(_rows(con, "meter_order", sub["id"]))
            if meter_of(sandbox.store, sub).get("type") != "smart" and not has_order:
                raise ApiError.bad_request(
                    "type", "missing_smart_meter",
                    "Module 3 requires a smart meter (installed or ordered)")
        sandbox.store.insert_many("grid_fee_reduction", [gfr], con)
    return JSONResponse(gfr)


def routes() -> list[Route]:
    return [
        Route("/leads", create_lead, methods=["POST"]),
        Route("/meter-orders", create_meter_order, methods=["POST"]),
        Route("/meter-readings", create_meter_reading, methods=["POST"]),
        Route("/grid-fee-reductions", create_grid_fee_reduction, methods=["POST"]),
    ]
