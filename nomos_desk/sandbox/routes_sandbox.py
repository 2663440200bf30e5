"""Sandbox-only routes, not Nomos contract: health, the request log, the fault mix.

    GET  /health             {"status": "ok"} once the server answers
    GET  /_sandbox/requests  {"object": "list", "items": [log record, ...]}; DELETE clears it
    GET  /_sandbox/faults    the fault mix in force (fault_mix.current)
    PUT  /_sandbox/faults    replace it: {"preset": "flaky"}, {"preset": "off"}, or fields
                             of fault_mix.SCHEMA (with or without a preset to start from)

They are exempt from injected faults and from the request log.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import fault_mix
from .errors import ApiError
from .validation import parse_json, raise_for


async def health(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def requests(request: Request) -> Response:
    """The request log for tests that drive a sandbox in another process."""
    sandbox = request.app.state.sandbox
    if request.method == "DELETE":
        sandbox.clear_log()
        return Response(status_code=204)
    return JSONResponse({"object": "list", "items": sandbox.log_snapshot()})


async def faults(request: Request) -> Response:
    """The demo's "flaky network" switch; tests use it to change faults mid-run."""
    config = request.app.state.sandbox.config
    if request.method == "PUT":
        raw = await request.body()
        body: Any = parse_json(raw) if raw else None
        if body is None:
            raise ApiError.bad_request("body", "invalid_type",
                                       "Invalid input: expected object, received undefined")
        raise_for(fault_mix.check(body))
        fault_mix.apply(config, fault_mix.resolve(body))
    return JSONResponse(fault_mix.current(config))


def routes() -> list[Route]:
    return [
        Route("/health", health, methods=["GET"]),
        Route("/_sandbox/requests", requests, methods=["GET", "DELETE"]),
        Route("/_sandbox/faults", faults, methods=["GET", "PUT"]),
    ]
