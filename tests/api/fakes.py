"""A scriptable Nomos stand-in on httpx.MockTransport, plus patched time.

Unit tests use it for what a real server will not do on demand: a cursor that
repeats, a page without has_more, a Retry-After date, a TLS failure. The sandbox
tests cover the same rules against the real ASGI server.
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import httpx

from nomos_desk.api import NomosClient, RetryPolicy


def run(coro):
    return asyncio.run(coro)


class FakeTime:
    """A monotonic clock that only moves when code sleeps (or a test says so)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)

    def advance(self, seconds: float) -> None:
        self.now += seconds


def envelope(code: str, message: str = "nope", request_id: str = "req_1", **extra: Any) -> dict:
    return {"code": code, "message": message, "requestId": request_id,
            "docs": f"https://docs.nomos.energy/api-references/errors/{code}", **extra}


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: httpx.Headers
    body: bytes
    raw_path: str = ""

    @property
    def form(self) -> dict[str, str]:
        """The grant's fields, whichever body format carried them."""
        if self.body_format == "json":
            return dict(json.loads(self.body))
        return {k: v[0] for k, v in parse_qs(self.body.decode()).items()}

    @property
    def body_format(self) -> str:
        return "json" if self.headers.get("Content-Type", "").startswith("application/json") \
            else "form"

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


Handler = Callable[[httpx.Request], "httpx.Response | None"]


@dataclass
class FakeNomos:
    """Token endpoint built in; resource answers come from ``routes`` (path -> handler)
    or a queue of scripted responses per path."""

    scope: str = "read:* write:*"
    expires_in: float = 3600
    secret: str = "s3cret"
    token_delay: float = 0.0
    refresh_refused: bool = False
    # Which grant bodies the token endpoint takes: "both", "form" (as OAuth 2.0 servers
    # do) or "json" (as the spec types it); the other kind is refused before anything else.
    token_body: str = "both"
    token_refusal: int = 400
    seen: list[Seen] = field(default_factory=list)
    routes: dict[str, Handler] = field(default_factory=dict)
    scripts: dict[str, list[Any]] = field(default_factory=dict)
    issued: int = 0

    def tokens_seen(self) -> list[Seen]:
        return [s for s in self.seen if s.path == "/oauth/token"]

    def calls(self, path: str, method: str | None = None) -> list[Seen]:
        return [s for s in self.seen if s.path == path and (method is None or s.method == method)]

    def script(self, path: str, *answers: Any) -> None:
        """Answers in order: an httpx.Response, an exception to raise, or a dict (200 JSON)."""
        self.scripts.setdefault(path, []).extend(answers)

    async def handle(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        self.seen.append(Seen(request.method, request.url.path, parse_qs(request.url.query.decode()),
                              request.headers, body, request.url.raw_path.decode()))
        queue = self.scripts.get(request.url.path)
        if queue:
            answer = queue.pop(0)
            if isinstance(answer, BaseException):
                raise answer
            if isinstance(answer, httpx.Response):
                return answer
            return httpx.Response(200, json=answer)
        if request.url.path == "/oauth/token":
            return await self._token(request, body)
        handler = self.routes.get(request.url.path)
        if handler is not None:
            answer = handler(request)
            return await answer if inspect.isawaitable(answer) else answer
        return httpx.Response(404, json=envelope("NOT_FOUND", request_id="req_404"))

    async def _token(self, request: httpx.Request, body: bytes) -> httpx.Response:
        if self.token_delay:
            await asyncio.sleep(self.token_delay)
        is_json = request.headers.get("Content-Type", "").startswith("application/json")
        if self.token_body == "json" and not is_json:
            return httpx.Response(self.token_refusal, json=envelope(
                "BAD_REQUEST", "Expected a JSON body", request_id="req_json_only"))
        if self.token_body == "form" and is_json:
            # What an OAuth 2.0 server says: its own error shape, not Nomos's envelope.
            return httpx.Response(self.token_refusal, json={
                "error": "invalid_request", "error_description": "grant_type is required"})
        expected = "Basic " + base64.b64encode(f"client_1:{self.secret}".encode()).decode()
        if request.headers.get("Authorization") != expected:
            return httpx.Response(401, json=envelope("UNAUTHORIZED", request_id="req_tok"))
        if is_json:
            form = {k: v for k, v in json.loads(body).items() if isinstance(v, str)}
        else:
            form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        if form.get("grant_type") == "refresh_token" and self.refresh_refused:
            return httpx.Response(400, json=envelope("BAD_REQUEST", "refresh token expired"))
        self.issued += 1
        return httpx.Response(200, json={
            "access_token": f"tok_{self.issued}", "token_type": "Bearer",
            "expires_in": self.expires_in, "refresh_token": f"ref_{self.issued}",
            "scope": self.scope,
        })

    def client(self, time: FakeTime | None = None, *, retry: RetryPolicy | None = None,
               api_version: str = "2026-05-27.curie", base_url: str = "https://api.test",
               secret_provider: Callable[[], Any] | None = None, rng: float = 0.0) -> NomosClient:
        time = time or FakeTime()
        return NomosClient(
            base_url=base_url, client_id="client_1",
            secret_provider=secret_provider or (lambda: self.secret),
            api_version=api_version, transport=httpx.MockTransport(self.handle),
            retry=retry, sleep=time.sleep, clock=time.clock, rng=lambda: rng,
        )


def page(items: list[dict], next_page: str | None = None, has_more: bool | None = None) -> dict:
    body: dict[str, Any] = {"object": "list", "items": items, "next_page": next_page}
    if has_more is not None:
        body["has_more"] = has_more
    return body
