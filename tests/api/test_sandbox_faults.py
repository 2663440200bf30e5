"""Fault injection against the sandbox: Retry-After honoured with time patched, writes
never sent twice under 5xx and timeouts, full walks exact under 20 % faults."""

from __future__ import annotations

from collections import Counter

import httpx
import pytest

from nomos_desk.api import RetryPolicy, errors
from nomos_desk.sandbox.app import SandboxConfig
from nomos_desk.sandbox.server import serve_in_thread

from .fakes import FakeTime, run
from .sandbox_kit import asgi_client, log, loopback_client, wait_for_log

PATIENT = RetryPolicy(max_attempts=8, max_elapsed=600)


def test_rate_limit_answers_are_waited_out_exactly_as_retry_after_says(make_sandbox_app):
    time = FakeTime()
    # The sandbox's rate limiter runs on the same patched clock, so the client's
    # (non-)sleep is what lets the window slide.
    app = make_sandbox_app(SandboxConfig(rate_limit=2, monotonic=time.clock))

    async def walk_five():
        async with asgi_client(app, time=time, retry=PATIENT) as client:
            out = []
            async for page in client.list_plans(limit=1).pages():
                out += page.items
                if len(out) == 5:
                    break
            return out

    plans = run(walk_five())
    assert len(plans) == 5
    limited = [r for r in log(app) if r["status"] == 429]
    assert limited, "the limit of 2/s must have struck"
    # The sandbox says "Retry-After: 1" (whole seconds, its window is one second).
    assert time.sleeps == [1.0] * len(limited)


def test_full_walk_returns_every_row_exactly_once_under_20_percent_faults(make_sandbox_app):
    clean = make_sandbox_app(SandboxConfig())

    async def walk(app, time):
        async with asgi_client(app, time=time, retry=PATIENT) as client:
            pager = client.list_subscriptions(limit=7)
            ids = [s.id async for s in pager]
            customers = [c.id async for c in client.list_customers(limit=9)]
            return ids, customers, pager.duplicates_skipped

    expected, expected_customers, _ = run(walk(clean, FakeTime()))
    faulty = make_sandbox_app(SandboxConfig(fault_rate=0.2, fault_seed=7))
    time = FakeTime()
    ids, customers, duplicates = run(walk(faulty, time))
    assert ids == expected and len(set(ids)) == len(ids)
    assert customers == expected_customers
    assert duplicates == 0  # exactness came from the cursor, not from de-duplication
    faults = [r for r in log(faulty) if r["fault"]]
    assert len(faults) >= 3 and len(time.sleeps) == len(faults)


def test_a_post_is_never_sent_twice_under_injected_5xx(make_sandbox_app):
    app = make_sandbox_app(SandboxConfig(fault_seed=3))

    async def go():
        async with asgi_client(app, retry=PATIENT) as client:
            subs = [s async for s in client.list_subscriptions(limit=100)]
            before = [o async for o in client.list_meter_orders()]
            app.state.sandbox.config.fault_rate = 0.6
            outcomes = {}
            for sub in subs[:15]:
                try:
                    await client.create_meter_order(sub.id)
                    outcomes[sub.id] = "created"
                except errors.OutcomeUnknown as exc:
                    assert exc.attempt.body == {"subscription": sub.id}
                    outcomes[sub.id] = "unknown"
                except errors.ApiError as exc:
                    assert exc.status < 500
                    outcomes[sub.id] = exc.code
            app.state.sandbox.config.fault_rate = 0.0
            after = [o async for o in client.list_meter_orders()]
            return outcomes, before, after

    outcomes, before, after = run(go())
    posts = Counter(r["body"]["subscription"] for r in log(app, "/meter-orders", "POST"))
    assert set(posts) == set(outcomes) and set(posts.values()) == {1}
    assert "unknown" in outcomes.values()
    # What the UI would check after "outcome unknown": the listing tells the truth.
    new = Counter(o.subscription for o in after) - Counter(o.subscription for o in before)
    by_fault = {r["body"]["subscription"]: r["fault"] for r in log(app, "/meter-orders", "POST")}
    for sub_id, outcome in outcomes.items():
        if outcome == "created":
            assert new[sub_id] == 1
        elif outcome == "unknown" and by_fault[sub_id] == "before":
            assert new[sub_id] == 0
        assert new[sub_id] <= 1


def test_a_post_that_times_out_is_outcome_unknown_and_not_resent(make_sandbox_app):
    app = make_sandbox_app(SandboxConfig())
    with serve_in_thread(app) as server:
        async def go():
            async with loopback_client(server.base_url, retry=PATIENT,
                                       timeout=httpx.Timeout(0.2, connect=2.0)) as client:
                sub = (await client.list_subscriptions(limit=1).first_page()).items[0]
                app.state.sandbox.config.latency_ms = 1500
                with pytest.raises(errors.OutcomeUnknown) as caught:
                    await client.create_meter_order(sub.id)
                return sub, caught.value

        sub, unknown = run(go())
        assert isinstance(unknown.cause, errors.Timeout)
        assert unknown.attempt.method == "POST" and unknown.attempt.path == "/meter-orders"
        records = wait_for_log(app, lambda rs: any(r["path"] == "/meter-orders" for r in rs))
    assert [r["path"] for r in records if r["path"] == "/meter-orders"] == ["/meter-orders"]


def test_a_read_that_times_out_is_retried_then_surfaces_as_timeout(make_sandbox_app):
    app = make_sandbox_app(SandboxConfig(latency_ms=1500))
    with serve_in_thread(app) as server:
        async def go():
            async with loopback_client(server.base_url, retry=RetryPolicy(max_attempts=2),
                                       timeout=httpx.Timeout(0.2, connect=2.0)) as client:
                await client.authenticate()

        with pytest.raises(errors.Timeout):
            run(go())
        records = wait_for_log(app, lambda rs: len(rs) >= 2)
    assert [r["path"] for r in records] == ["/oauth/token", "/oauth/token"]
