"""Full walks of the main lists under a flaky network, against the same walks on a
clean one: rows expected / received / duplicated, and the time it costs.

The fault mix is issue 15's: 20 % 5xx, 10 % 429 with Retry-After, 5 % dropped
connections, latency with jitter, all injected by the sandbox itself (real loopback
HTTP, in a thread), switched on through its runtime endpoint PUT /_sandbox/faults as
the demo's Sandbox menu does. All walks run at once on one connection with the
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
from nomos_desk.sandbox.config import SandboxConfig
from nomos_desk.sandbox.generator import generate
from nomos_desk.sandbox.server import serve_in_thread

LISTS = ("list_customers", "list_subscriptions", "list_invoices", "list_meter_readings",
         "list_meter_orders", "list_grid_fee_reductions", "list_leads")
FAULTS = {"fault_rate": 0.20, "fault_429_rate": 0.10, "fault_drop_rate": 0.05,
          "fault_retry_after_s": 1, "latency_ms": 5.0, "jitter_ms": 20.0}
CLEAN_ROUNDS = 2
# How the sandbox's request log marks what it injected.
KINDS = {"5xx": ("before", "after"), "429": ("rate_limited",),
         "dropped": ("dropped_before", "dropped_after")}


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


async def _timed(base_url: str) -> tuple[float, Walk]:
    started = time.perf_counter()
    async with NomosClient(base_url, "sandbox-ro", lambda: "sandbox") as client:
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
            clean = min((asyncio.run(_timed(server.base_url)) for _ in range(CLEAN_ROUNDS)),
                        key=lambda timed: timed[0])
            httpx.put(server.base_url + "/_sandbox/faults", json=FAULTS).raise_for_status()
            server.app.state.sandbox.clear_log()
            elapsed, walk = asyncio.run(_timed(server.base_url))
            log = server.app.state.sandbox.log_snapshot()
    injected = {kind: sum(1 for r in log if r["fault"] in marks) for kind, marks in KINDS.items()}
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
    print(f"bench faults_injected: {sum(injected.values())} faults (5xx {injected['5xx']}, "
          f"429 {injected['429']}, dropped {injected['dropped']}) in {len(log)} exchanges")
    print(f"bench faults_walk_resumed: {walk.resumes} times")
    print(f"bench faults_walk_clean: {clean[0]:.2f} s")
    print(f"bench faults_walk_flaky: {elapsed:.2f} s")
    print(f"ratio faults_flaky_vs_clean: {elapsed / clean[0]:.1f}")
