"""Sandbox serving speed: a full walk of /subscriptions at limit 100 over real
loopback HTTP (uvicorn in a thread, httpx client), as the desktop app's first
sync does it. Generation time is measured by bench/sandbox_generate.py."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import httpx

from nomos_desk.sandbox.generator import generate
from nomos_desk.sandbox.server import serve_in_thread

WALKS = 3


def _walk(http: httpx.Client, headers: dict[str, str]) -> tuple[int, int]:
    params: dict[str, str | int] = {"limit": 100}
    items = requests = 0
    while True:
        response = http.get("/subscriptions", params=params, headers=headers)
        response.raise_for_status()
        page = response.json()
        requests += 1
        items += len(page["items"])
        if not page.get("has_more"):
            return items, requests
        params["cursor"] = page["next_page"]


def run(quick: bool) -> None:
    customers = 200 if quick else 2000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        generate(db, seed=1, customers=customers)
        with serve_in_thread(db) as handle, httpx.Client(base_url=handle.base_url) as http:
            token = http.post("/oauth/token", auth=("sandbox-ro", "sandbox"),
                              data={"grant_type": "client_credentials"}).json()
            headers = {"Authorization": f"Bearer {token['access_token']}"}
            _walk(http, headers)  # warm caches and the connection
            best = None
            for _ in range(WALKS):
                started = time.perf_counter()
                items, requests = _walk(http, headers)
                elapsed = time.perf_counter() - started
                if best is None or elapsed < best[0]:
                    best = (elapsed, items, requests)
    elapsed, items, requests = best
    print(f"bench sandbox_walk_subscriptions: {items / elapsed:.0f} items/s")
    print(f"bench sandbox_walk_requests: {requests / elapsed:.1f} req/s")
