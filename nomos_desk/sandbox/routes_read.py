"""GET routes: lists, details, the subscription's usage and prices, quotes."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .auth import authenticate
from .config import CURIE
from .errors import ApiError
from .pagination import list_page
from .params import Query, day, number, one, query_items
from .resources import DETAILS, LISTS, ListSpec, list_projection, subscription_detail
from .store import public
from .validation import GERMAN_ZIP

Endpoint = Callable[[Request], Awaitable[Response]]
MAX_PERIOD_DAYS = 400


def _list_endpoint(path: str, spec: ListSpec) -> Endpoint:
    projection = list_projection(spec.kind)

    async def endpoint(request: Request) -> Response:
        authenticate(request)
        sandbox = request.app.state.sandbox
        query = query_items(request)
        texts, next_page = list_page(sandbox.store, spec.kind, path, query, spec.fields,
                                     sandbox.cursor_secret, projection)
        body = (f'{{"object":"list","items":[{",".join(texts)}],'
                f'"has_more":{"true" if next_page else "false"},'
                f'"next_page":{json.dumps(next_page)}}}')
        return Response(body.encode(), media_type="application/json")
    return endpoint


def _detail_endpoint(spec: ListSpec) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        authenticate(request)
        row = fetch(request, spec.kind, spec.label)
        return JSONResponse(public(row))
    return endpoint


def fetch(request: Request, kind: str, label: str, object_id: str | None = None) -> dict[str, Any]:
    object_id = object_id if object_id is not None else request.path_params["id"]
    row = request.app.state.sandbox.store.get(kind, object_id)
    if row is None:
        raise ApiError.not_found(label, object_id)
    return row


async def subscription(request: Request) -> Response:
    authenticate(request)
    sandbox = request.app.state.sandbox
    row = fetch(request, "subscription", "Subscription")
    return JSONResponse(subscription_detail(sandbox.store, row))


# Edison paths that curie moved; a NOT_FOUND naming the new path saves a
# client author a trip to the changelog (Nomos does this for /consumption).
EDISON_MOVED = {
    "/subscriptions/{id}/consumption": "GET /subscriptions/{id}/usage",
    "/subscriptions/{id}/invoices": "GET /invoices?filter[subscription][eq]={id}",
    "/subscriptions/{id}/meter_readings": "GET /meter-readings?filter[subscription][eq]={id}",
    "/suppliers": "GET /market-partners",
}


def _moved(template: str, replacement: str) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        authenticate(request)
        params = request.path_params
        raise ApiError(404, f"{request.method} {template.format(**params)} is not available in "
                            f"API version {CURIE}; use {replacement.format(**params)}")
    return endpoint


def _day(query: Query, name: str, required: bool) -> date | None:
    raw = one(query, name)
    if raw is None:
        if required:
            raise ApiError.bad_request(name, "invalid_type", "Required")
        return None
    return day(name, raw)


def _period(query: Query, required: bool) -> tuple[date | None, date | None]:
    start, end = _day(query, "start", required), _day(query, "end", required)
    if start and end and end < start:
        raise ApiError.bad_request("end", "too_small", "end must not be before start")
    if start and end and (end - start).days > MAX_PERIOD_DAYS:
        # A decade of 15-minute points would stall the single-threaded sandbox.
        raise ApiError.bad_request("end", "too_big",
                                   f"The period may span at most {MAX_PERIOD_DAYS} days")
    return start, end


async def usage(request: Request) -> Response:
    authenticate(request)
    sandbox = request.app.state.sandbox
    query = query_items(request)
    row = fetch(request, "subscription", "Subscription")
    resolution = _or_default(one(query, "resolution"), "auto")
    allowed = ("auto", "15min", "hour", "day", "week", "month")
    if resolution not in allowed:
        raise ApiError.bad_request("resolution", "invalid_value",
                                   f"Invalid option: expected one of {' | '.join(allowed)}")
    start, end = _period(query, required=False)
    body = sandbox.data.usage(row, start, end, resolution)
    return JSONResponse(body)


async def prices(request: Request) -> Response:
    authenticate(request)
    sandbox = request.app.state.sandbox
    query = query_items(request)
    row = fetch(request, "subscription", "Subscription")
    start, end = _period(query, required=True)
    plan = sandbox.store.get("plan", row.get("plan")) or {}
    return JSONResponse(sandbox.data.prices(row, plan, start, end))


def _or_default(value: str | None, default: str) -> str:
    return default if value is None else value


def _bool_param(query: Query, name: str) -> bool:
    raw = one(query, name)
    if raw in (None, "", "false"):
        return False
    if raw == "true":
        return True
    raise ApiError.bad_request(name, "invalid_type",
                               f"Invalid input: expected boolean, received '{raw}'")


async def quote(request: Request) -> Response:
    authenticate(request)
    sandbox = request.app.state.sandbox
    query = query_items(request)
    plan = fetch(request, "plan", "Plan")
    zip_code = one(query, "zip_code")
    if zip_code is None:
        raise ApiError.bad_request("zip_code", "invalid_type", "Required")
    raw_usage = one(query, "usage")
    if raw_usage is None:
        raise ApiError.bad_request("usage", "invalid_type", "Required")
    usage_kwh = number("usage", raw_usage)
    if not 100 <= usage_kwh <= 50000:
        code = "too_small" if usage_kwh < 100 else "too_big"
        raise ApiError.bad_request("usage", code, "Usage must be between 100 and 50000 kWh")
    meter_type = _or_default(one(query, "meter_type"), "analog")
    if meter_type not in ("analog", "smart"):
        raise ApiError.bad_request("meter_type", "invalid_value",
                                   'Invalid option: expected one of "analog" | "smart"')
    module_1, module_2 = _bool_param(query, "14a_module_1"), _bool_param(query, "14a_module_2")
    tax_exempt = _bool_param(query, "is_tax_exempt")
    if not GERMAN_ZIP.fullmatch(zip_code):
        raise ApiError.bad_request("zip_code", "unserviceable_zip",
                                   f"'{zip_code}' is not a German zip code")
    if plan.get("type") == "feed_in" and (module_1 or module_2):
        raise ApiError.bad_request("14a_module_1" if module_1 else "14a_module_2", "custom",
                                   "§14a EnWG modules do not apply to feed-in plans")
    if module_1 and module_2:
        raise ApiError.bad_request("14a_module_2", "custom",
                                   "Module 1 and module 2 exclude each other")
    return JSONResponse(sandbox.data.quote(plan, zip_code, usage_kwh, meter_type, module_1,
                                           module_2, tax_exempt))


def routes() -> list[Route]:
    # Same-path routes with other methods (POST /leads) live in routes_write;
    # Starlette prefers the route whose method matches, else answers 405.
    out = [Route(path, _list_endpoint(path, spec), methods=["GET"])
           for path, spec in LISTS.items()]
    out += [Route(path, _detail_endpoint(spec), methods=["GET"]) for path, spec in DETAILS.items()]
    out += [Route(path, _moved(path, new), methods=["GET"]) for path, new in EDISON_MOVED.items()]
    out += [
        Route("/subscriptions/{id}", subscription, methods=["GET"]),
        Route("/subscriptions/{id}/usage", usage, methods=["GET"]),
        Route("/subscriptions/{id}/prices", prices, methods=["GET"]),
        Route("/plans/{id}/quote", quote, methods=["GET"]),
    ]
    return out
