"""Walks finish under a flaky network: with 20 % 5xx, 10 % 429 with Retry-After, 5 %
dropped connections and latency jitter (FlakyTransport around the sandbox, seeded),
every list walk of the client ends with exactly the server's rows, none twice, on
the background retry budget; and a walk whose retries were spent resumes where it
failed instead of starting over."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs

import httpx
import pytest

from nomos_desk.api import NomosClient, RetryPolicy, errors
from nomos_desk.api.flaky import FaultMix, FlakyTransport

from .calls import LISTS, public_methods
from .fakes import FakeTime, run
from .sandbox_kit import LOCAL, RW, SECRET, asgi_client, log

MIX = FaultMix(server_errors=0.20, rate_limits=0.10, drops=0.05, jitter=1.0,
               retry_after=("0", "1", "2"))


async def reorder(seconds: float) -> None:
    """Latency jitter without waiting: a seeded number of turns of the event loop, so
    concurrent walks interleave differently from exchange to exchange."""
    for _ in range(int(seconds * 6)):
        await asyncio.sleep(0)


def flaky_client(app, mix: FaultMix, seed: int, time: FakeTime,
                 retry: RetryPolicy | None = None) -> tuple[NomosClient, FlakyTransport]:
    transport = FlakyTransport(httpx.ASGITransport(app=app), mix, seed=seed, sleep=reorder)
    client = NomosClient(LOCAL, RW, lambda: SECRET, transport=transport, retry=retry,
                         sleep=time.sleep, clock=time.clock, rng=lambda: 0.5)
    return client, transport


async def walk_every_list(client: NomosClient) -> dict[str, tuple[list[str], int]]:
    async def walk(name: str) -> tuple[str, list[str], int]:
        pager = LISTS[name](client)
        return name, [row.id async for row in pager], pager.duplicates_skipped

    # All at once, as the index sync and the board load share one connection.
    done = await asyncio.gather(*(walk(name) for name in LISTS))
    return {name: (ids, skipped) for name, ids, skipped in done}


def test_the_walks_cover_every_list_of_the_client():
    assert set(LISTS) == {m for m in public_methods() if m.startswith("list_")}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_list_walk_ends_with_exactly_the_servers_rows_under_the_fault_mix(
        make_sandbox_app, seed):
    app = make_sandbox_app()

    async def clean():
        async with asgi_client(app) as client:
            return await walk_every_list(client)

    async def flaky():
        client, transport = flaky_client(app, MIX, seed, FakeTime())
        async with client:
            return await walk_every_list(client.background()), transport.injected

    expected = run(clean())
    got, injected = run(flaky())
    for name, (ids, _) in expected.items():
        assert got[name][0] == ids, name
        assert len(set(got[name][0])) == len(ids), name
        # Exact because the cursor was kept across retries, not because repeats were dropped.
        assert got[name][1] == 0, name
    assert sum(len(ids) for ids, _ in expected.values()) > 500
    faults = injected["drop"] + injected["429"] + injected["5xx"]
    assert injected["drop"] and injected["429"] and injected["5xx"]
    # The mix is 35 %; which exchanges draw a fault depends on how the concurrent walks
    # interleave, so only a clearly faulty network is required, not the exact share.
    assert faults >= 0.15 * injected["exchanges"]


def test_a_walk_whose_retries_ran_out_resumes_with_the_page_that_failed(make_sandbox_app):
    app = make_sandbox_app()

    async def clean():
        async with asgi_client(app) as client:
            return [row.id async for row in client.list_invoices(limit=10)]

    async def flaky():
        # Two attempts a page (a person's budget) against 40 % 5xx: the walk must fail
        # on some pages and continue each time from the one that failed.
        client, _ = flaky_client(app, FaultMix(server_errors=0.4, rate_limits=0.1, drops=0.1),
                                 seed=4, time=FakeTime(), retry=RetryPolicy(max_attempts=2))
        async with client:
            await client.authenticate()
            app.state.sandbox.clear_log()
            pager = client.list_invoices(limit=10)
            rows, failures = [], 0
            while not pager.done:
                try:
                    async for row in pager:
                        rows.append(row.id)
                except (errors.TransportError, errors.ServerError, errors.RateLimited):
                    failures += 1
            return rows, failures

    expected = run(clean())
    rows, failures = run(flaky())
    assert rows == expected and failures >= 2
    # What the server saw: each page asked for until it arrived, then only later ones;
    # never the first page again.
    cursors = [parse_qs(r["query"]).get("cursor", [None])[0] for r in log(app, "/invoices")]
    pages = list(dict.fromkeys(cursors))
    positions = [pages.index(c) for c in cursors]
    assert pages[0] is None and positions == sorted(positions)
    assert len(pages) == len(expected) // 10 + 1


def test_the_same_seed_injects_the_same_faults_however_walks_interleave(make_sandbox_app):
    app = make_sandbox_app()

    async def flaky(jitter: float):
        client, transport = flaky_client(app, FaultMix(jitter=jitter), seed=9, time=FakeTime())
        async with client:
            await walk_every_list(client.background())
            return transport.injected

    assert run(flaky(0.0)) == run(flaky(1.0))
