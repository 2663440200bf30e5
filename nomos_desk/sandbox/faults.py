"""Fault injection: latency with jitter, random 5xx, random 429, dropped connections,
slow answers after a committed write, and a per-client rate limit.

One die per request, from one `random.Random(fault_seed)`, picks at most one fault;
the shares partition it in this order: `fault_rate` (500/502/503),
`fault_429_rate` (429 with Retry-After), `fault_drop_rate` (connection cut),
`fault_slow_write_rate` (writes only). A test that fixes the seed sees the same
faults in the same order on every run. Writes may fail *after* they committed
(`fault_after_write` of their 5xx and drops), the case a client must report as
"outcome unknown".

A dropped connection starts an answer and hangs up before its body. Under uvicorn
the client sees the connection close mid-answer (httpx: RemoteProtocolError); in
process (httpx.ASGITransport, whose raise_app_exceptions must stay True) the app
raises httpx.RemoteProtocolError itself, so a client sees the same error either way.
The request log marks it with status 0.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import random
import threading
from collections import deque
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .auth import WRITE_METHODS
from .config import SandboxConfig
from .errors import envelope
from .middleware import is_sandbox_only, send_json

FAULT_STATUSES = (500, 502, 503)
# A token request is no state change a client must reconcile: never "after" or slow.
NOT_WRITES = ("/oauth/token",)


class RateLimiter:
    """Sliding one-second window per client key."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, key: str) -> int | None:
        """None when the request may pass, else whole seconds to wait (>= 1)."""
        limit = self.config.rate_limit
        if not limit:
            return None
        now = self.config.monotonic()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - 1.0:
                hits.popleft()
            if len(hits) >= limit:
                return max(1, math.ceil(hits[0] + 1.0 - now))
            hits.append(now)
            return None


def client_key(scope: Scope) -> str:
    """Tokens and Basic credentials identify a client; the peer address otherwise."""
    auth = Headers(scope=scope).get("authorization")
    if auth:
        return hashlib.sha256(auth.encode()).hexdigest()[:16]
    client = scope.get("client")
    return f"peer:{client[0]}" if client else "peer:?"


def dropped_connection() -> Exception:
    """What a client sees when a server hangs up mid-answer: httpx's own error."""
    import httpx  # only here: the server itself never needs the client library
    exc = httpx.RemoteProtocolError(
        "Server disconnected without sending a complete response (sandbox fault)")
    exc.sandbox_drop = True  # type: ignore[attr-defined]
    return exc


class _QuietDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not getattr(exc, "sandbox_drop", False)


def quiet_dropped_connections() -> None:
    """uvicorn logs every app exception with a traceback; injected drops are no news."""
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _QuietDrops) for f in logger.filters):
        logger.addFilter(_QuietDrops())


class FaultMiddleware:
    def __init__(self, app: ASGIApp, config: SandboxConfig) -> None:
        self.app = app
        self.config = config
        self.rng = random.Random(config.fault_seed)
        self.limiter = RateLimiter(config)
        self._lock = threading.Lock()

    def _dice(self, is_write: bool) -> tuple[float, str | None, int, bool]:
        """(delay seconds, fault kind or None, 5xx status, strike after the handler)."""
        cfg = self.config
        with self._lock:
            jitter = self.rng.uniform(0, cfg.jitter_ms) if cfg.jitter_ms > 0 else 0.0
            kind: str | None = None
            status, after = 0, False
            shares = (("5xx", cfg.fault_rate), ("429", cfg.fault_429_rate),
                      ("drop", cfg.fault_drop_rate),
                      ("slow", cfg.fault_slow_write_rate if is_write else 0.0))
            if any(share > 0 for _, share in shares):
                roll, edge = self.rng.random(), 0.0
                for name, share in shares:
                    edge += share
                    if roll < edge:
                        kind = name
                        break
            if kind == "5xx":
                status = self.rng.choice(FAULT_STATUSES)
            if kind in ("5xx", "drop"):
                after = is_write and self.rng.random() < cfg.fault_after_write
        return (max(cfg.latency_ms, 0) + jitter) / 1000.0, kind, status, after

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_sandbox_only(scope["path"]):
            await self.app(scope, receive, send)
            return
        ctx: dict[str, Any] = scope.get("state", {}).get("sandbox_ctx", {})
        is_write = scope["method"] in WRITE_METHODS and scope["path"] not in NOT_WRITES
        delay, kind, status, after = self._dice(is_write)
        if delay > 0:
            await asyncio.sleep(delay)
        wait = self.limiter.retry_after(client_key(scope))
        if wait is not None:
            ctx["fault"] = "rate_limited"
            await self._too_many(send, ctx, wait, f"Rate limit of {self.config.rate_limit:g} "
                                                  f"requests per second exceeded")
        elif kind is None:
            await self.app(scope, receive, send)
        elif kind == "429":
            ctx["fault"] = "throttled"
            await self._too_many(send, ctx, self.config.fault_retry_after_s, "Too many requests")
        elif kind == "slow":
            await self._slow_answer(scope, receive, send, ctx)
        else:
            if after:
                await self._commit_and_lose(scope, receive)
            if kind == "drop":
                ctx["fault"] = "dropped_after" if after else "dropped_before"
                await send({"type": "http.response.start", "status": 200, "headers": [
                    (b"content-type", b"application/json"), (b"content-length", b"512")]})
                raise dropped_connection()
            ctx["fault"] = "after" if after else "before"
            await send_json(send, status, envelope(status, "", None, ctx.get("request_id")))

    async def _commit_and_lose(self, scope: Scope, receive: Receive) -> None:
        """Run the write to completion and throw its answer away."""
        async def swallow(message: Message) -> None:
            return None
        await self.app(scope, receive, swallow)

    async def _slow_answer(self, scope: Scope, receive: Receive, send: Send,
                           ctx: dict[str, Any]) -> None:
        """The write commits at once; its answer leaves only after fault_slow_write_s,
        longer than a client waits (uvicorn drops it if the client has gone)."""
        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)
        await self.app(scope, receive, hold)
        ctx["fault"] = "slow_after_commit"
        await asyncio.sleep(self.config.fault_slow_write_s)
        for message in held:
            await send(message)

    @staticmethod
    async def _too_many(send: Send, ctx: dict[str, Any], wait: int, why: str) -> None:
        body = envelope(429, f"{why}; retry after {wait} s", None, ctx.get("request_id"))
        await send_json(send, 429, body, [(b"retry-after", str(wait).encode())])
