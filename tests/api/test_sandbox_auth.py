"""Tokens and scopes against the sandbox: renewal before expiry and after a 401, one
token call for twenty concurrent requests, read-only writes refused before sending."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from nomos_desk.api import errors
from nomos_desk.sandbox.app import SandboxConfig
from nomos_desk.sandbox.server import serve_in_thread

from .fakes import FakeTime, run
from .sandbox_kit import RO, ServerClock, asgi_client, log, loopback_client


def grants(app) -> list[str]:
    return [r["body"] for r in log(app, "/oauth/token")]


def test_token_is_renewed_with_the_refresh_grant_before_it_expires(make_sandbox_app):
    app = make_sandbox_app(SandboxConfig(token_ttl=600))
    time = FakeTime()

    async def go():
        async with asgi_client(app, time=time) as client:
            first = (await client.list_subscriptions(limit=5).first_page()).items[0]
            time.advance(600 - 30)  # inside the renewal margin, before the server's expiry
            return first, await client.get_subscription(first.id)

    first, detail = run(go())
    assert detail.id == first.id
    bodies = grants(app)
    assert len(bodies) == 2
    assert "grant_type=client_credentials" in bodies[0]
    assert "grant_type=refresh_token" in bodies[1]
    assert [r["status"] for r in log(app) if r["path"] != "/oauth/token"] == [200, 200]


def test_a_401_from_the_server_renews_once_and_retries(make_sandbox_app):
    server_clock = ServerClock()
    app = make_sandbox_app(SandboxConfig(token_ttl=600, clock=server_clock))

    async def go():
        async with asgi_client(app) as client:
            page = await client.list_subscriptions(limit=3).first_page()
            server_clock.offset += timedelta(seconds=601)
            # The client still believes its token valid; the server disagrees.
            return page, await client.get_subscription(page.items[0].id)

    page, detail = run(go())
    assert detail.id == page.items[0].id
    statuses = [(r["path"].split("/")[1], r["status"]) for r in log(app)]
    assert statuses == [("oauth", 200), ("subscriptions", 200), ("subscriptions", 401),
                        ("oauth", 200), ("subscriptions", 200)]
    assert "grant_type=refresh_token" in grants(app)[1]


def test_twenty_concurrent_requests_cause_exactly_one_token_call(make_sandbox_app):
    app = make_sandbox_app(SandboxConfig(latency_ms=20))
    with serve_in_thread(app) as server:
        async def go():
            async with loopback_client(server.base_url) as client:
                return await asyncio.gather(*(client.list_plans(limit=1).first_page()
                                              for _ in range(20)))

        pages = run(go())
    assert len(pages) == 20
    assert len(log(app, "/oauth/token")) == 1
    assert len(log(app, "/plans")) == 20


def test_read_only_token_refuses_writes_locally_and_sends_nothing(sandbox_app):
    async def go():
        async with asgi_client(sandbox_app, client_id=RO) as client:
            await client.authenticate()
            sub = (await client.list_subscriptions(limit=1).first_page()).items[0]
            assert client.can_read and not client.can_write
            refusals = []
            for write in (client.create_meter_order(sub.id),
                          client.create_grid_fee_reduction(sub.id, "enwg-14a-module-1"),
                          client.create_meter_reading(sub.id, 1000.0, sub.created_at.value),
                          client.update_subscription(sub.id, metadata={"x": "1"})):
                with pytest.raises(errors.MissingScope) as caught:
                    await write
                refusals.append(caught.value.operation)
            return refusals

    refusals = run(go())
    assert refusals == ["create_meter_order", "create_grid_fee_reduction", "create_meter_reading",
                        "update_subscription"]
    assert [r["method"] for r in log(sandbox_app)] == ["POST", "GET"]  # the grant and the read
    assert log(sandbox_app, "/oauth/token")[0]["method"] == "POST"


def test_wrong_secret_is_unauthorized_with_the_servers_request_id(sandbox_app):
    async def go():
        async with asgi_client(sandbox_app, secret="wrong") as client:
            await client.authenticate()

    with pytest.raises(errors.Unauthorized) as caught:
        run(go())
    assert caught.value.request_id == log(sandbox_app)[-1]["request_id"]
