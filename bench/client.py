"""API client overhead: NomosClient against bare httpx on the same loopback sandbox.

Both sides make the same sequential GET /subscriptions/{id} calls and the same
full walk of /subscriptions at limit 100; the difference per request is what the
client adds (token check, retry bookkeeping, error mapping, typed parsing). Best
of a few alternating rounds, so a noisy neighbour inflates neither side alone.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

import httpx

from nomos_desk.api import NomosClient
from nomos_desk.sandbox.generator import generate
from nomos_desk.sandbox.server import serve_in_thread

ROUNDS = 3


async def _paired_gets(http: httpx.AsyncClient, client: NomosClient, ids: list[str],
                       clock=time.perf_counter) -> tuple[float, float]:
    """Bare and client calls interleaved one by one, the order flipped every other id, so
    server warm-up, GC pauses and neighbours' load fall on both sides alike."""
    bare = ours = 0.0
    for n, sub_id in enumerate(ids):
        for side in ((0, 1) if n % 2 else (1, 0)):
            started = clock()
            if side == 0:
                response = await http.get(f"/subscriptions/{sub_id}")
                response.raise_for_status()
                response.json()
                bare += clock() - started
            else:
                await client.get_subscription(sub_id)
                ours += clock() - started
    return bare, ours


async def _bare_walk(http: httpx.AsyncClient) -> tuple[float, int]:
    started = time.perf_counter()
    params: dict[str, str | int] = {"limit": 100}
    items = 0
    while True:
        response = await http.get("/subscriptions", params=params)
        response.raise_for_status()
        page = response.json()
        items += len(page["items"])
        if not page.get("has_more"):
            return time.perf_counter() - started, items
        params["cursor"] = page["next_page"]


async def _client_walk(client: NomosClient) -> tuple[float, int]:
    started = time.perf_counter()
    items = 0
    async for _ in client.list_subscriptions(limit=100):
        items += 1
    return time.perf_counter() - started, items


async def _measure(base_url: str, requests: int) -> dict[str, float]:
    async with NomosClient(base_url, "sandbox-ro", lambda: "sandbox") as client:
        token = await client.authenticate()
        headers = {"Authorization": f"Bearer {token.access_token}",
                   "X-API-Version": client.api_version}
        async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=10) as http:
            ids = [s.id for s in (await client.list_subscriptions(limit=100).first_page()).items]
            ids = (ids * (requests // max(len(ids), 1) + 1))[:requests]
            await _paired_gets(http, client, ids[:20])  # warm connections and server caches
            # CPU time of this thread only: the sandbox serves from another thread, so this
            # is the client side's own work, steady even when the machine is busy.
            cpu_bare, cpu_ours = await _paired_gets(http, client, ids, clock=time.thread_time)
            bare = best = float("inf")
            bare_walk = client_walk = (float("inf"), 0)
            for n in range(ROUNDS):
                round_bare, round_ours = await _paired_gets(http, client, ids)
                bare, best = min(bare, round_bare), min(best, round_ours)
                walks = (_bare_walk(http), _client_walk(client))
                for walk in (walks if n % 2 else walks[::-1]):
                    elapsed, items = await walk
                    if walk is walks[0]:
                        bare_walk = min(bare_walk, (elapsed, items))
                    else:
                        client_walk = min(client_walk, (elapsed, items))
    return {"bare": bare / len(ids), "client": best / len(ids),
            "cpu_bare": cpu_bare / len(ids), "cpu_client": cpu_ours / len(ids),
            "bare_walk": bare_walk[1] / bare_walk[0], "client_walk": client_walk[1] / client_walk[0],
            "walk_items": client_walk[1]}


def run(quick: bool) -> None:
    customers, requests = (200, 200) if quick else (2000, 1000)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        generate(db, seed=1, customers=customers)
        with serve_in_thread(db) as handle:
            figures = asyncio.run(_measure(handle.base_url, requests))
    overhead_us = (figures["client"] - figures["bare"]) * 1e6
    print(f"bench client_request_bare_httpx: {figures['bare'] * 1e6:.0f} us")
    print(f"bench client_request: {figures['client'] * 1e6:.0f} us")
    print(f"bench client_overhead_per_request: {overhead_us:.0f} us")
    print(f"ratio client_request_vs_httpx: {figures['client'] / figures['bare']:.2f}")
    cpu_overhead_us = (figures["cpu_client"] - figures["cpu_bare"]) * 1e6
    print(f"bench client_cpu_per_request_bare_httpx: {figures['cpu_bare'] * 1e6:.0f} us")
    print(f"bench client_cpu_per_request: {figures['cpu_client'] * 1e6:.0f} us")
    print(f"bench client_cpu_overhead_per_request: {cpu_overhead_us:.0f} us")
    print(f"ratio client_cpu_vs_httpx: {figures['cpu_client'] / figures['cpu_bare']:.2f}")
    print(f"bench client_walk_subscriptions: {figures['client_walk']:.0f} items/s "
          f"({figures['walk_items']:.0f} items)")
    print(f"bench client_walk_bare_httpx: {figures['bare_walk']:.0f} items/s")
    print(f"ratio client_walk_vs_httpx: {figures['client_walk'] / figures['bare_walk']:.2f}")
