"""The index sync under a flaky network: the sandbox's own fault mix (20 % 5xx, 10 % 429
with Retry-After, 5 % dropped connections, jitter), switched on through its runtime
endpoint. The sync ends with exactly the server's rows, none twice; when a page's
retries run out it goes on with that page, never with the first one again."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs

import httpx
import pytest

from nomos_desk.api import NomosClient, RetryPolicy, errors
from nomos_desk.index.service import IndexService
from nomos_desk.index.source import ApiSource
from nomos_desk.index.sync import Syncer
from nomos_desk.sandbox.config import SandboxConfig
from tests.api.fakes import FakeTime
from tests.sandbox_fixtures import SyncClient

from .test_sync_sandbox import expected

ISSUE_MIX = {"fault_rate": 0.20, "fault_429_rate": 0.10, "fault_drop_rate": 0.05,
             "jitter_ms": 4}


def switch_faults(app, body) -> dict:
    admin = SyncClient(app, client_id=None)
    try:
        answer = admin.request("PUT", "/_sandbox/faults", json=body)
        assert answer.status_code == 200, answer.text
        return answer.json()
    finally:
        admin.close()


def flaky_client(app, time: FakeTime, background: RetryPolicy | None = None) -> NomosClient:
    # Retry-After and backoff are honoured on a fake clock: the test does not wait them.
    return NomosClient("http://127.0.0.1:9", "sandbox-rw", lambda: "sandbox",
                       transport=httpx.ASGITransport(app=app), sleep=time.sleep,
                       clock=time.clock, rng=lambda: 0.5, background_retry=background)


async def index_rows(index: IndexService, customers, subs):
    return await index.read(lambda s: (
        {c: s.customer(c) is not None for c in customers},
        {x: (s.subscription(x).meter_number if s.subscription(x) else None) for x in subs}))


@pytest.mark.parametrize("seed", [3, 11])
def test_a_full_sync_under_the_fault_mix_indexes_exactly_the_servers_rows(
        make_sandbox_app, sandbox_client, tmp_path, seed):
    customers, subs, _ = expected(sandbox_client)
    app = make_sandbox_app(SandboxConfig(fault_seed=seed))
    assert switch_faults(app, ISSUE_MIX)["fault_429_rate"] == 0.10
    progress = []

    async def scenario():
        time = FakeTime()
        async with flaky_client(app, time) as client:
            index = IndexService(tmp_path / "index.sqlite3")
            result = await Syncer(index, ApiSource(client, page_size=20)).run(progress.append)
            rows, counts = await index_rows(index, customers, subs), await index.counts()
            index.close()
            return result, rows, counts

    result, (got_c, got_s), counts = asyncio.run(scenario())
    faults = [r for r in app.state.sandbox.log_snapshot() if r["fault"] or r["status"] in (0, 429)]
    assert len(faults) >= 10  # the network really was flaky
    # Full walks count every row they were handed: a row handed twice would show here.
    assert (result.customers, result.subscriptions) == (len(customers), len(subs))
    assert (counts["customers"], counts["subscriptions"]) == (len(customers), len(subs))
    assert all(got_c.values())
    assert got_s == {sid: s["meter"]["number"] for sid, s in subs.items()}
    assert progress[-1].phase == "done"


def test_a_walk_whose_retries_ran_out_goes_on_with_the_page_that_failed(
        make_sandbox_app, sandbox_client, tmp_path):
    customers, subs, _ = expected(sandbox_client)
    app = make_sandbox_app(SandboxConfig(fault_seed=5))
    switch_faults(app, {"fault_rate": 0.35, "fault_429_rate": 0.1, "fault_drop_rate": 0.1})
    stalls = []

    async def stall(exc: errors.NomosError, times: int) -> None:
        stalls.append((type(exc).__name__, times))
        await asyncio.sleep(0)

    async def scenario():
        time = FakeTime()
        # Two attempts a call: at this fault rate many pages run out of retries.
        async with flaky_client(app, time, RetryPolicy(max_attempts=2)) as client:
            index = IndexService(tmp_path / "index.sqlite3")
            source = ApiSource(client, page_size=10, stall=stall)
            result = await Syncer(index, source).run()
            counts = await index.counts()
            index.close()
            return result, counts

    result, counts = asyncio.run(scenario())
    assert len(stalls) >= 3 and {n for n, _ in stalls} <= {
        "ServerError", "RateLimited", "ConnectionLost"}
    assert (result.customers, result.subscriptions) == (len(customers), len(subs))
    assert (counts["customers"], counts["subscriptions"]) == (len(customers), len(subs))
    # What the server saw: each page asked for until it arrived, then only later ones.
    walk = [r for r in app.state.sandbox.log_snapshot() if r["path"] == "/customers"]
    cursors = [parse_qs(r["query"]).get("cursor", [None])[0] for r in walk]
    pages = list(dict.fromkeys(cursors))
    assert [pages.index(c) for c in cursors] == sorted(pages.index(c) for c in cursors)
    assert len(pages) == -(-len(customers) // 10) and len(cursors) > len(pages)


def test_a_stall_that_gives_up_fails_the_sync_and_keeps_its_watermarks(
        make_sandbox_app, tmp_path):
    app = make_sandbox_app(SandboxConfig(fault_seed=1))
    switch_faults(app, {"fault_rate": 1.0})

    async def scenario():
        async with flaky_client(app, FakeTime(), RetryPolicy(max_attempts=2)) as client:
            index = IndexService(tmp_path / "index.sqlite3")
            syncer = Syncer(index, ApiSource(client))
            with pytest.raises(errors.ServerError):
                await syncer.run()
            done = await syncer.is_initialised()
            index.close()
            return done

    assert asyncio.run(scenario()) is False
