"""A flaky network on demand: an httpx transport that wraps another and injects the
faults a real network and a busy API produce, for trying the client against any
server (the sandbox, a staging API) under them.

    transport = FlakyTransport(httpx.AsyncHTTPTransport(), FaultMix(), seed=1)
    async with NomosClient(url, client_id, secret, transport=transport) as nomos: ...

Per exchange, in this order: latency plus jitter, then a dropped connection (half of
them before the request left, half after the server handled it), a 429 with
Retry-After, or a 5xx (half of them after the server handled it: a write may have
been applied). The dice of the n-th exchange for one method and URL depend only on
the seed, so a run is repeatable even when walks run concurrently.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

SERVER_ERRORS = (500, 502, 503)


@dataclass(frozen=True, slots=True)
class FaultMix:
    server_errors: float = 0.20  # share of exchanges answered 500/502/503
    rate_limits: float = 0.10  # answered 429 with Retry-After
    drops: float = 0.05  # connection dropped
    latency: float = 0.0  # seconds added to every exchange
    jitter: float = 0.0  # up to this many seconds more, at random
    retry_after: tuple[str, ...] = ("1",)  # Retry-After values a 429 picks from


class FlakyTransport(httpx.AsyncBaseTransport):
    """``injected`` counts what was done: "drop", "429", "5xx" (and "exchanges")."""

    def __init__(self, inner: httpx.AsyncBaseTransport, mix: FaultMix, *, seed: int = 0,
                 sleep: Callable[[float], Awaitable[object]] = asyncio.sleep) -> None:
        self._inner = inner
        self.mix = mix
        self._seed = seed
        self._sleep = sleep
        self._seen: Counter[str] = Counter()
        self.injected: Counter[str] = Counter()

    def _dice(self, request: httpx.Request) -> random.Random:
        key = f"{request.method} {request.url}"
        self._seen[key] += 1
        return random.Random(f"{self._seed}|{key}|{self._seen[key]}")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        dice = self._dice(request)
        mix = self.mix
        self.injected["exchanges"] += 1
        delay = mix.latency + dice.random() * mix.jitter
        if delay > 0:
            await self._sleep(delay)
        roll, after = dice.random(), dice.random() < 0.5
        if roll < mix.drops:
            self.injected["drop"] += 1
            if not after:
                raise httpx.ConnectError("injected: connection refused", request=request)
            await self._pass_through_and_lose(request)
            raise httpx.RemoteProtocolError("injected: connection closed before the answer",
                                            request=request)
        roll -= mix.drops
        if roll < mix.rate_limits:
            self.injected["429"] += 1
            return _answer(429, "TOO_MANY_REQUESTS", request, dice,
                           {"Retry-After": dice.choice(mix.retry_after)})
        roll -= mix.rate_limits
        if roll < mix.server_errors:
            self.injected["5xx"] += 1
            if after:
                await self._pass_through_and_lose(request)
            return _answer(dice.choice(SERVER_ERRORS), "INTERNAL_SERVER_ERROR", request, dice, {})
        return await self._inner.handle_async_request(request)

    async def _pass_through_and_lose(self, request: httpx.Request) -> None:
        response = await self._inner.handle_async_request(request)
        await response.aread()
        await response.aclose()

    async def aclose(self) -> None:
        await self._inner.aclose()


def _answer(status: int, code: str, request: httpx.Request, dice: random.Random,
            headers: dict[str, str]) -> httpx.Response:
    request_id = f"req_flaky_{dice.getrandbits(32):08x}"
    body = {"code": code, "message": "injected by FlakyTransport", "requestId": request_id}
    return httpx.Response(status, content=json.dumps(body).encode(), request=request, headers={
        "Content-Type": "application/json", "X-Request-Id": request_id, **headers})
