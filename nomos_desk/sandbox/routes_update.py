"""PATCH /customers/{id}, PATCH /subscriptions/{id}, POST /subscriptions/{id}/terminate.

Termination dates follow the spec: every end date is an exclusive midnight in
Europe/Berlin, and each reason has its own earliest possible date.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from nomos_desk.domain.identifiers import mask_iban, normalize_iban

from . import schemas
from .auth import authenticate
from .errors import ApiError
from .resources import subscription_detail
from .routes_read import fetch
from .routes_write import insert_event
from .store import public
from .timeutil import berlin_start_of_day, iso, new_id, parse_iso
from .validation import json_body

WITHDRAWAL_DAYS = 14
# Working days the grid operator needs before supply can end (MOVE_OUT, WITHDRAWAL).
GRID_NOTICE_WORKDAYS = 3
# The sandbox plans' cancellation period for ORDINARY terminations.
ORDINARY_NOTICE_DAYS = 30


async def update_customer(request: Request) -> Response:
    authenticate(request)
    sandbox = request.app.state.sandbox
    body = await json_body(request, schemas.UPDATE_CUSTOMER)
    customer = fetch(request, "customer", "Customer")
    if "company_name" in body and customer.get("type") != "company":
        raise ApiError.bad_request(
            "company_name", "custom", "Only company customers have a company name")
    updated = {**customer, **body}
    sandbox.store.replace(updated)
    return JSONResponse(public(updated))


# "Any other field is ignored": unlike the Insert* bodies this one is lenient.
_UPDATE_SUBSCRIPTION_LENIENT = {**schemas.UPDATE_SUBSCRIPTION, "additionalProperties": True}


def _merge_metadata(current: dict[str, Any] | None, patch: dict[str, Any] | None
                    ) -> dict[str, Any] | None:
    if patch is None:
        return None
    merged = dict(current or {})
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


async def update_subscription(request: Request) -> Response:
    authenticate(request)
    sandbox = request.app.state.sandbox
    body = await json_body(request, _UPDATE_SUBSCRIPTION_LENIENT)
    sub = fetch(request, "subscription", "Subscription")
    now = iso(sandbox.config.clock())
    with sandbox.store.transaction() as con:
        changed = {sub["id"]: dict(sub)}
        if "billing_address" in body:
            old = sub.get("billing_address")
            address_id = old.get("id") if isinstance(old, dict) else new_id("adr_")
            fields = {k: body["billing_address"][k] for k in ("street", "house_number", "zip", "city")}
            # The address row is shared: every subscription of the customer that
            # points at it (as delivery or billing address) sees the change.
            rows = con.execute("SELECT data FROM objects WHERE kind = 'subscription' AND "
                               "json_extract(data, '$.customer') = ?", (sub["customer"],))
            for other in (json.loads(r[0]) for r in rows):
                target = changed.setdefault(other["id"], other)
                for name in ("address", "billing_address"):
                    embedded = target.get(name)
                    if isinstance(embedded, dict) and embedded.get("id") == address_id:
                        target[name] = {**embedded, **fields}
            target = changed[sub["id"]]
            if not (isinstance(old, dict) and old.get("id") == address_id):
                target["billing_address"] = {"object": "address", "id": address_id,
                                             **fields, "created_at": now}
        target = changed[sub["id"]]
        if "payment_method" in body:
            # Nomos shows an IBAN only masked, in this answer and every later one; the
            # clear one is kept private to the sandbox, as the generator keeps it.
            sepa = dict(body["payment_method"]["sepa_debit"])
            clear = normalize_iban(sepa["iban"])
            target["payment_method"] = {"object": "payment_method", "id": new_id("pm_"),
                                        "type": body["payment_method"]["type"],
                                        "sepa_debit": {**sepa, "iban": mask_iban(clear)},
                                        "created_at": now}
            target["_sandbox"] = {**(target.get("_sandbox") or {}), "iban": clear}
        if "metadata" in body:
            target["metadata"] = _merge_metadata(target.get("metadata"), body["metadata"])
        target["updated_at"] = now
        for row in changed.values():
            sandbox.store.replace(row, con)
    return JSONResponse(subscription_detail(sandbox.store, changed[sub["id"]]))


def _add_workdays(day: datetime, count: int) -> datetime:
    while count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def _midnight_after(now: datetime, days: int = 0, workdays: int = 0) -> datetime:
    """Berlin midnight `days` calendar (or `workdays` working) days after today."""
    local_noon = berlin_start_of_day(now) + timedelta(hours=12)
    target = _add_workdays(local_noon, workdays) + timedelta(days=days)
    return berlin_start_of_day(target)


def _termination_end(sub: dict[str, Any], reason: str, requested: datetime | None,
                     now: datetime) -> datetime:
    if reason == "WITHDRAWAL":
        signed_up = parse_iso(sub.get("created_at") or "")
        if signed_up is None or now > signed_up + timedelta(days=WITHDRAWAL_DAYS):
            raise ApiError.rule(
                409, "withdrawal_not_allowed", "reason",
                f"The {WITHDRAWAL_DAYS}-day withdrawal window has elapsed")
        start = parse_iso(sub.get("start_at") or "")
        earliest = _midnight_after(now, workdays=GRID_NOTICE_WORKDAYS)
        return start if start is not None and start > earliest else earliest
    if sub.get("status") == "pending":
        raise ApiError.bad_request(
            "reason", "subscription_not_started",
            "Supply has not started yet; a pending subscription can only be withdrawn")
    if reason == "MOVE_OUT":
        earliest = _midnight_after(now, workdays=GRID_NOTICE_WORKDAYS)
    else:
        earliest = _midnight_after(now, days=ORDINARY_NOTICE_DAYS)
    if requested is None:
        return earliest
    end = berlin_start_of_day(requested)
    if end != requested:
        raise ApiError.bad_request(
            "intended_end_at", "custom",
            "intended_end_at must be exactly midnight Europe/Berlin")
    if end < earliest:
        raise ApiError.rule(
            409, "invalid_termination_date", "intended_end_at",
            f"The earliest possible end for {reason} is {iso(earliest)}")
    return end


async def terminate_subscription(request: Request) -> Response:
    authenticate(request)
    sandbox = request.app.state.sandbox
    body = await json_body(request, schemas.TERMINATE_SUBSCRIPTION)
    sub = fetch(request, "subscription", "Subscription")
    if sub.get("status") == "ended":
        raise ApiError.bad_request("id", "ended_subscription", "The subscription has ended")
    if sub.get("terminated_at"):
        raise ApiError.rule(
            409, "invalid_termination_date", "id",
            f"The subscription is already terminated (ends {sub.get('end_at')})")
    now = sandbox.config.clock()
    requested = parse_iso(body["intended_end_at"]) if "intended_end_at" in body else None
    end = _termination_end(sub, body["reason"], requested, now)
    stamp = iso(now)
    updated = {**sub, "terminated_at": stamp, "end_at": iso(end), "updated_at": stamp}
    with sandbox.store.transaction() as con:
        sandbox.store.replace(updated, con)
        insert_event(con, "subscription.terminated", stamp, subscription=sub["id"])
    return JSONResponse({"reason": body["reason"], "intended_end_at": iso(end)})


def routes() -> list[Route]:
    return [
        Route("/customers/{id}", update_customer, methods=["PATCH"]),
        Route("/subscriptions/{id}", update_subscription, methods=["PATCH"]),
        Route("/subscriptions/{id}/terminate", terminate_subscription, methods=["POST"]),
    ]
