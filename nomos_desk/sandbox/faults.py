"""Fault injection: latency with jitter, random 500/502/503, and a per-client
rate limit answering 429 with Retry-After.

The dice come from one `random.Random(fault_seed)`, so a test that fixes the
seed sees the same faults in the same order on every run. Writes may fail
*after* they committed, the case a client must report as "outcome unknown".
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import random
import threading
from collections import deque

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .auth import WRITE_METHODS
from .config import SandboxConfig
from .errors import ApiError, envelope
from .middleware import is_sandbox_only, send_json

FAULT_STATUSES = (500, 502, 503)


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


class FaultMiddleware:
    def __init__(self, app: ASGIApp, config: SandboxConfig) -> None:
        self.app = app
        self.config = config
        self.rng = random.Random(config.fault_seed)
        self.limiter = RateLimiter(config)
        self._lock = threading.Lock()

    def _dice(self, is_write: bool) -> tuple[float, int | None, bool]:
        """(delay seconds, fault status or None, strike after the handler)."""
        cfg = self.config
        with self._lock:
            jitter = self.rng.uniform(0, cfg.jitter_ms) if cfg.jitter_ms > 0 else 0.0
            status = None
            after = False
            if cfg.fault_rate > 0 and self.rng.random() < cfg.fault_rate:
                status = self.rng.choice(FAULT_STATUSES)
                after = is_write and self.rng.random() < cfg.fault_after_write
        return (max(cfg.latency_ms, 0) + jitter) / 1000.0, status, after

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_sandbox_only(scope["path"]):
            await self.app(scope, receive, send)
            return
        ctx = scope.get("state", {}).get("sandbox_ctx", {})
        delay, status, after = self._dice(scope["method"] in WRITE_METHODS)
        if delay > 0:
            await asyncio.sleep(delay)
        wait = self.limiter.retry_after(client_key(scope))
        if wait is not None:
            ctx["fault"] = "rate_limited"
            err = ApiError(429, f"Rate limit of {self.config.rate_limit:g} requests per second "
                                f"exceeded; retry after {wait} s")
            await send_json(send, 429, envelope(429, err.message, None, ctx.get("request_id")),
                            [(b"retry-after", str(wait).encode())])
            return
        if status is None:
            await self.app(scope, receive, send)
            return
        if after:
            # Run the write to completion, then lose its answer.
            async def swallow(message: Message) -> None:
                return None
            await self.app(scope, receive, swallow)
        ctx["fault"] = "after" if after else "before"
        await send_json(send, status, envelope(status, "", None, ctx.get("request_id")))
