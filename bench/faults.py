"""Full walks of the main lists under a flaky network, against the same walks on a
clean one: rows expected / received / duplicated, and the time it costs.

The fault mix is issue 15's: 20 % 5xx, 10 % 429 with Retry-After, 5 % dropped
connections, latency with jitter. The sandbox (real loopback HTTP, in a thread)
injects the 5xx and the latency (its fault_rate, latency_ms, jitter_ms); it cannot
yet answer random 429s or drop connections, so FlakyTransport around the client's
own transport adds those two. All walks run at once on one connection with the
background retry budget, as the index sync and the board load do; a walk whose
budget runs out resumes from the page that failed and is counted.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

from nomos_desk.api import NomosClient, errors
from nomos_desk.api.flaky import FaultMix, FlakyTransport
from nomos_desk.sandbox.config import SandboxConfig
from nomos_desk.sandbox.generator import generate
from nomos_desk.sandbox.server import serve_in_thread

LISTS = ("list_customers", "list_subscriptions", "list_invoices", "list_meter_readings",
         "list_meter_orders", "list_grid_fee_reductions", "list_leads")
SERVER_FAULTS = {"fault_rate": 0.20, "latency_ms": 5.0, "jitter_ms": 20.0}
CLIENT_FAULTS = FaultMix(server_errors=0.0, rate_limits=0.10, drops=0.05, retry_after=("1",))
CLEAN_ROUNDS = 2


class Walk:
    def __init__(self) -> None:
        self.rows: dict[str, list[str]] = {}
        self.suppressed = 0  # repeats the server sent and the pager dropped
        self.resumes = 0


async def _walk_all(client: NomosClient) -> Walk:
    result = Walk()

    async def walk(name: str) -> None:
        pager = getattr(client.background(), name)(limit=100)
        rows: list[str] = []
        while not pager.done:
            try:
                rows += [row.id async for row in pager]
            except (errors.TransportError, errors.ServerError, errors.RateLimited):
                result.resumes += 1
        result.rows[name] = rows
        result.suppressed += pager.duplicates_skipped

    await asyncio.gather(*(walk(name) for name in LISTS))
    return result


async def _timed(base_url: str, transport: httpx.AsyncBaseTransport | None
                 ) -> tuple[float, Walk]:
    started = time.perf_counter()
    async with NomosClient(base_url, "sandbox-ro", lambda: "sandbox",
                           transport=transport) as client:
        walk = await _walk_all(client)
    return time.perf_counter() - started, walk


def run(quick: bool) -> None:
    # Every fault costs real waiting (Retry-After: 1, backoff from 1 s), mostly on the
    # longest walk (invoices): 1000 customers already take the better part of a minute.
    customers = 200 if quick else 1000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        generate(db, seed=1, customers=customers)
        config = SandboxConfig(fault_seed=1)
        with serve_in_thread(db, config=config) as server:
            clean = min((asyncio.run(_timed(server.base_url, None)) for _ in range(CLEAN_ROUNDS)),
                        key=lambda timed: timed[0])
            for name, value in SERVER_FAULTS.items():
                setattr(config, name, value)
            server.app.state.sandbox.clear_log()
            flaky = FlakyTransport(httpx.AsyncHTTPTransport(), CLIENT_FAULTS, seed=1)
            elapsed, walk = asyncio.run(_timed(server.base_url, flaky))
            server_5xx = sum(1 for r in server.app.state.sandbox.log_snapshot() if r["fault"])
    expected = {name: ids for name, ids in clean[1].rows.items()}
    received = [i for rows in walk.rows.values() for i in rows]
    counts = Counter(received)
    wanted = {i for ids in expected.values() for i in ids}
    for name in LISTS:
        got, want = walk.rows[name], expected[name]
        print(f"bench faults_{name.removeprefix('list_')}: {len(got)}/{len(want)} rows "
              f"({'exact' if got == want else 'DIFFERENT'})")
    print(f"bench faults_rows_expected: {sum(len(ids) for ids in expected.values())} rows")
    print(f"bench faults_rows_received: {len(received)} rows")
    print(f"bench faults_rows_duplicated: {sum(n - 1 for n in counts.values())} rows")
    print(f"bench faults_rows_missing: {len(wanted - set(counts))} rows")
    print(f"bench faults_repeats_suppressed: {walk.suppressed} rows")
    print(f"bench faults_injected: {server_5xx + flaky.injected['429'] + flaky.injected['drop']} "
          f"faults (5xx {server_5xx}, 429 {flaky.injected['429']}, "
          f"dropped {flaky.injected['drop']}) in {flaky.injected['exchanges']} exchanges")
    print(f"bench faults_walk_resumed: {walk.resumes} times")
    print(f"bench faults_walk_clean: {clean[0]:.2f} s")
    print(f"bench faults_walk_flaky: {elapsed:.2f} s")
    print(f"ratio faults_flaky_vs_clean: {elapsed / clean[0]:.1f}")
