"""Helpers for running NomosClient against the sandbox (in process or on loopback)."""

from __future__ import annotations

import json
import time as _time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from nomos_desk.api import NomosClient, RetryPolicy

from .fakes import FakeTime

RW, RO, SECRET = "sandbox-rw", "sandbox-ro", "sandbox"
LOCAL = "http://127.0.0.1"


class ServerClock:
    """The sandbox's wall clock, movable so its tokens can expire under a test."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


class OneTokenBody:
    """ASGI wrapper: the sandbox's token endpoint taking only JSON grants (as the spec
    types them) or only form grants (as OAuth 2.0 servers do); the sandbox takes both."""

    def __init__(self, app: Any, only: str) -> None:
        self.app = app
        self.only = only

    def __getattr__(self, name: str) -> Any:
        return getattr(self.app, name)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/oauth/token":
            headers = dict(scope.get("headers") or [])
            is_json = headers.get(b"content-type", b"").startswith(b"application/json")
            if is_json != (self.only == "json"):
                body = json.dumps({"code": "BAD_REQUEST", "message": f"{self.only} body expected",
                                   "requestId": "req_body"}).encode()
                await send({"type": "http.response.start", "status": 400,
                            "headers": [(b"content-type", b"application/json")]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def asgi_client(app: Any, client_id: str = RW, time: FakeTime | None = None,
                retry: RetryPolicy | None = None, secret: str = SECRET) -> NomosClient:
    time = time or FakeTime()
    return NomosClient(LOCAL, client_id, lambda: secret, transport=httpx.ASGITransport(app=app),
                       retry=retry, sleep=time.sleep, clock=time.clock, rng=lambda: 0.5)


def loopback_client(base_url: str, client_id: str = RW, time: FakeTime | None = None,
                    retry: RetryPolicy | None = None, timeout: Any = None) -> NomosClient:
    time = time or FakeTime()
    kwargs = {"timeout": timeout} if timeout is not None else {}
    return NomosClient(base_url, client_id, lambda: SECRET, retry=retry, sleep=time.sleep,
                       clock=time.clock, rng=lambda: 0.5, **kwargs)


def log(app: Any, path: str | None = None, method: str | None = None) -> list[dict[str, Any]]:
    records = list(app.state.sandbox.request_log)
    return [r for r in records
            if (path is None or r["path"] == path) and (method is None or r["method"] == method)]


def wait_for_log(app: Any, predicate, limit: float = 10.0) -> list[dict[str, Any]]:
    """The server logs a request when it finishes; a client that gave up early has to wait
    for that. Polls with a generous limit; nothing is asserted about the time taken."""
    deadline = _time.monotonic() + limit
    while True:
        records = log(app)
        if predicate(records) or _time.monotonic() > deadline:
            return records
        _time.sleep(0.01)
