"""Token life cycle: one grant cached, renewal before expiry and on 401, one renewal
for many concurrent requests, secrets from a provider, scopes read up front."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from nomos_desk.api import RetryPolicy, errors
from nomos_desk.api.auth import SecretUnavailable

from .fakes import FakeNomos, FakeTime, envelope, run

SUB = {"object": "subscription", "id": "sub_1", "status": "active"}


def ok_sub(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=SUB)


def test_first_grant_is_basic_auth_with_a_form_body_and_is_cached():
    fake = FakeNomos(routes={"/subscriptions/sub_1": ok_sub})

    async def go():
        async with fake.client() as client:
            await client.get_subscription("sub_1")
            await client.get_subscription("sub_1")
            return client.scopes

    scopes = run(go())
    (grant,) = fake.tokens_seen()
    assert grant.method == "POST"
    assert grant.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert grant.form == {"grant_type": "client_credentials"}
    assert grant.headers["Authorization"].startswith("Basic ")
    assert [c.headers["Authorization"] for c in fake.calls("/subscriptions/sub_1")] == [
        "Bearer tok_1", "Bearer tok_1"]
    assert scopes == frozenset({"read:*", "write:*"})


def test_token_is_renewed_with_the_refresh_token_shortly_before_expiry():
    fake = FakeNomos(expires_in=3600, routes={"/subscriptions/sub_1": ok_sub})
    time = FakeTime()

    async def go():
        async with fake.client(time) as client:
            await client.get_subscription("sub_1")
            time.advance(3600 - 61)  # still outside the one-minute margin
            await client.get_subscription("sub_1")
            time.advance(30)  # inside it: renew before the server could say 401
            await client.get_subscription("sub_1")

    run(go())
    grants = [t.form for t in fake.tokens_seen()]
    assert grants == [{"grant_type": "client_credentials"},
                      {"grant_type": "refresh_token", "refresh_token": "ref_1"}]
    auths = [c.headers["Authorization"] for c in fake.calls("/subscriptions/sub_1")]
    assert auths == ["Bearer tok_1", "Bearer tok_1", "Bearer tok_2"]


def test_refused_refresh_token_falls_back_to_a_new_grant():
    fake = FakeNomos(expires_in=100, refresh_refused=True, routes={"/subscriptions/sub_1": ok_sub})
    time = FakeTime()

    async def go():
        async with fake.client(time) as client:
            await client.get_subscription("sub_1")
            time.advance(100)
            await client.get_subscription("sub_1")

    run(go())
    assert [t.form["grant_type"] for t in fake.tokens_seen()] == [
        "client_credentials", "refresh_token", "client_credentials"]
    assert fake.calls("/subscriptions/sub_1")[-1].headers["Authorization"] == "Bearer tok_2"


def test_401_renews_once_and_retries_once():
    fake = FakeNomos()
    fake.script("/subscriptions/sub_1",
                httpx.Response(401, json=envelope("UNAUTHORIZED")), SUB)

    async def go():
        async with fake.client() as client:
            return await client.get_subscription("sub_1")

    sub = run(go())
    assert sub.id == "sub_1"
    assert [c.headers["Authorization"] for c in fake.calls("/subscriptions/sub_1")] == [
        "Bearer tok_1", "Bearer tok_2"]
    assert len(fake.tokens_seen()) == 2


def test_a_second_401_is_raised_not_looped():
    fake = FakeNomos(routes={"/subscriptions/sub_1": lambda r: httpx.Response(
        401, json=envelope("UNAUTHORIZED", request_id="req_401"))})

    async def go():
        async with fake.client() as client:
            await client.get_subscription("sub_1")

    with pytest.raises(errors.Unauthorized) as caught:
        run(go())
    assert caught.value.request_id == "req_401"
    assert len(fake.calls("/subscriptions/sub_1")) == 2
    assert len(fake.tokens_seen()) == 2


def test_twenty_concurrent_requests_share_one_token_call():
    fake = FakeNomos(token_delay=0.01, routes={"/subscriptions/sub_1": ok_sub})

    async def go():
        async with fake.client() as client:
            return await asyncio.gather(*(client.get_subscription("sub_1") for _ in range(20)))

    subs = run(go())
    assert len(subs) == 20
    assert len(fake.tokens_seen()) == 1


def test_concurrent_401s_cause_a_single_renewal():
    fake = FakeNomos(token_delay=0.01)
    answers = {"tok_1": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.01)  # all ten are in flight with the old token
        if request.headers["Authorization"] == "Bearer tok_1":
            answers["tok_1"] += 1
            return httpx.Response(401, json=envelope("UNAUTHORIZED"))
        return httpx.Response(200, json=SUB)

    fake.routes["/subscriptions/sub_1"] = handler

    async def go():
        async with fake.client() as client:
            await client.authenticate()
            return await asyncio.gather(*(client.get_subscription("sub_1") for _ in range(10)))

    run(go())
    assert answers["tok_1"] == 10
    assert len(fake.tokens_seen()) == 2  # the sign-in grant and one shared renewal


def test_one_failed_renewal_does_not_fail_the_requests_waiting_on_it():
    fake = FakeNomos(token_delay=0.01, routes={"/subscriptions/sub_1": ok_sub})
    down = httpx.Response(503, json=envelope("INTERNAL_SERVER_ERROR", request_id="req_503"))
    fake.script("/oauth/token", down, down)  # the renewal spends its own two attempts

    async def go():
        async with fake.client(retry=RetryPolicy(max_attempts=2)) as client:
            return await asyncio.gather(*(client.get_subscription("sub_1") for _ in range(10)),
                                        return_exceptions=True)

    results = run(go())
    assert [getattr(r, "id", r) for r in results] == ["sub_1"] * 10
    # The failed renewal, then one fresh renewal that all ten waiters shared.
    assert len(fake.tokens_seen()) == 3


def test_a_write_waiting_on_a_failed_renewal_is_not_failed_by_it():
    fake = FakeNomos(routes={"/meter-orders": lambda r: httpx.Response(
        200, json={"object": "meter_order", "id": "mo_1"})})
    down = httpx.Response(503, json=envelope("INTERNAL_SERVER_ERROR"))
    fake.script("/oauth/token", down, down)

    async def go():
        async with fake.client(retry=RetryPolicy(max_attempts=2)) as client:
            return await client.create_meter_order("sub_1")

    assert run(go()).id == "mo_1"
    assert len(fake.calls("/meter-orders", "POST")) == 1  # nothing was sent before the token


def test_after_a_failed_renewal_the_next_caller_gets_a_fresh_attempt():
    fake = FakeNomos(routes={"/subscriptions/sub_1": ok_sub})
    fake.script("/oauth/token", httpx.ConnectError("connection refused"))

    async def go():
        async with fake.client(retry=RetryPolicy(max_attempts=1)) as client:
            with pytest.raises(errors.ConnectionLost):
                await client.get_subscription("sub_1")
            return await client.get_subscription("sub_1")

    assert run(go()).id == "sub_1"
    assert len(fake.tokens_seen()) == 2


def test_a_wrong_secret_fails_every_waiter_at_once_after_one_grant():
    fake = FakeNomos(token_delay=0.01, routes={"/subscriptions/sub_1": ok_sub})
    time = FakeTime()

    async def go():
        async with fake.client(time, secret_provider=lambda: "wrong") as client:
            return await asyncio.gather(*(client.get_subscription("sub_1") for _ in range(10)),
                                        return_exceptions=True)

    results = run(go())
    assert all(isinstance(r, errors.Unauthorized) for r in results)
    assert {r.request_id for r in results} == {"req_tok"}
    assert len(fake.tokens_seen()) == 1 and time.sleeps == []


def test_cancelling_one_waiter_does_not_cancel_the_shared_renewal():
    fake = FakeNomos(token_delay=0.05, routes={"/subscriptions/sub_1": ok_sub})

    async def go():
        async with fake.client() as client:
            first = asyncio.ensure_future(client.get_subscription("sub_1"))
            second = asyncio.ensure_future(client.get_subscription("sub_1"))
            await asyncio.sleep(0.01)
            first.cancel()
            result = await second
            return result, first.cancelled()

    result, cancelled = run(go())
    assert result.id == "sub_1" and cancelled
    assert len(fake.tokens_seen()) == 1


@pytest.mark.parametrize("body_format", ["both", "json"])
def test_wrong_secret_raises_unauthorized_from_the_token_endpoint(body_format):
    """Also where only JSON is taken: the form's refusal must not hide the 401."""
    fake = FakeNomos(token_body=body_format)

    async def go():
        async with fake.client(secret_provider=lambda: "wrong") as client:
            await client.authenticate()

    with pytest.raises(errors.Unauthorized) as caught:
        run(go())
    assert caught.value.request_id == "req_tok"


def test_secret_provider_may_be_async_and_is_asked_per_grant():
    fake = FakeNomos(expires_in=100, routes={"/subscriptions/sub_1": ok_sub})
    asked = []
    time = FakeTime()

    async def provider():
        asked.append(1)
        return "s3cret"

    async def go():
        async with fake.client(time, secret_provider=provider) as client:
            await client.get_subscription("sub_1")
            time.advance(100)
            await client.get_subscription("sub_1")

    run(go())
    assert len(asked) == 2


def test_failing_secret_provider_is_a_typed_error():
    fake = FakeNomos()

    def provider():
        raise RuntimeError("keyring locked")

    async def go():
        async with fake.client(secret_provider=provider) as client:
            await client.authenticate()

    with pytest.raises(SecretUnavailable):
        run(go())
    assert fake.tokens_seen() == []


def test_read_only_scope_refuses_writes_without_sending():
    fake = FakeNomos(scope="read:*")

    async def go():
        async with fake.client() as client:
            await client.authenticate()
            assert client.can_read and not client.can_write
            with pytest.raises(errors.MissingScope) as caught:
                await client.create_meter_order("sub_1")
            return caught.value

    refusal = run(go())
    assert refusal.operation == "create_meter_order"
    assert [s.path for s in fake.seen] == ["/oauth/token"]


def test_write_before_sign_in_learns_the_scope_first():
    fake = FakeNomos(scope="read:*")

    async def go():
        async with fake.client() as client:
            await client.create_grid_fee_reduction("sub_1", "enwg-14a-module-1")

    with pytest.raises(errors.MissingScope):
        run(go())
    assert [s.path for s in fake.seen] == ["/oauth/token"]


def test_a_walk_paused_between_pages_blocks_nobody_and_resumes_with_a_renewed_token():
    time = FakeTime()
    fake = FakeNomos(expires_in=600, routes={"/subscriptions/sub_1": ok_sub})
    fake.script("/subscriptions",
                {"object": "list", "items": [SUB], "has_more": True, "next_page": "c1"},
                {"object": "list", "items": [{"id": "sub_2"}], "has_more": False})

    async def go():
        async with fake.client(time) as client:
            pages = client.list_subscriptions().pages()
            first = await anext(pages)  # the walk now sits at a yield
            time.advance(600)
            detail = await asyncio.wait_for(client.get_subscription("sub_1"), 5)
            rest = [p async for p in pages]
            return first, detail, rest

    first, detail, rest = run(go())
    assert first.items[0].id == "sub_1" and detail.id == "sub_1" and rest[0].items[0].id == "sub_2"
    auths = [s.headers["Authorization"] for s in fake.seen if s.path != "/oauth/token"]
    assert auths == ["Bearer tok_1", "Bearer tok_2", "Bearer tok_2"]


# -- the grant's body: form (OAuth 2.0, Nomos's guides) or JSON (the spec) ------------------

@pytest.mark.parametrize(("only", "refusal", "first_sign_in"), [
    ("json", 400, ["form", "json"]),
    ("json", 415, ["form", "json"]),
    ("form", 400, ["form"]),
    ("both", 400, ["form"]),
])
def test_sign_in_works_against_a_server_taking_one_body_format_and_keeps_it(
        only, refusal, first_sign_in):
    time = FakeTime()
    fake = FakeNomos(expires_in=600, token_body=only, token_refusal=refusal,
                     refresh_refused=True, routes={"/subscriptions/sub_1": ok_sub})

    async def go():
        async with fake.client(time) as client:
            await client.authenticate()
            time.advance(600)  # refresh grant, refused, then a new client-credentials grant
            await client.get_subscription("sub_1")
            fake.seen.append(None)  # marks where the first connection ended
        async with fake.client(time) as fresh:  # a new connection learns anew
            await fresh.get_subscription("sub_1")

    run(go())
    split = fake.seen.index(None)
    first = [s for s in fake.seen[:split] if s.path == "/oauth/token"]
    learned = "json" if only == "json" else "form"
    # Only the very first grant may pay for the wrong guess; renewals go straight.
    assert [t.body_format for t in first] == first_sign_in + [learned, learned]
    assert [t.form["grant_type"] for t in first][-2:] == ["refresh_token", "client_credentials"]
    later = [s for s in fake.seen[split + 1:] if s.path == "/oauth/token"]
    assert [t.body_format for t in later] == first_sign_in


def test_when_both_formats_are_refused_the_first_refusal_is_raised_and_nothing_is_learned():
    fake = FakeNomos()
    bad = httpx.Response(400, json=envelope("BAD_REQUEST", "grant_type: Required",
                                            request_id="req_form"))
    worse = httpx.Response(400, json=envelope("BAD_REQUEST", "Expected JSON", request_id="req_j"))
    fake.script("/oauth/token", bad, worse)

    async def go():
        async with fake.client() as client:
            with pytest.raises(errors.BadRequest) as caught:
                await client.authenticate()
            await client.authenticate()  # the server healed: form is tried first again
            return caught.value

    refusal = run(go())
    assert refusal.request_id == "req_form"
    assert [t.body_format for t in fake.tokens_seen()] == ["form", "json", "form"]


@pytest.mark.parametrize("access", ["tok\nen", "tok\ud800", "tök", "", " ", 42, None])
def test_an_access_token_that_could_not_be_sent_back_is_a_typed_error(access):
    fake = FakeNomos()
    fake.script("/oauth/token", httpx.Response(
        200, content=json.dumps({"access_token": access, "expires_in": 3600}).encode(),
        headers={"X-Request-Id": "req_t"}))

    async def go():
        async with fake.client() as client:
            await client.authenticate()

    with pytest.raises(errors.UnexpectedResponse) as caught:
        run(go())
    assert caught.value.request_id == "req_t"


def test_an_unusable_refresh_token_or_lifetime_is_ignored_not_trusted():
    time = FakeTime()
    fake = FakeNomos(routes={"/subscriptions/sub_1": ok_sub})
    fake.script("/oauth/token", httpx.Response(200, content=json.dumps({
        "access_token": "tok_x", "refresh_token": "ref\ud800", "expires_in": float("inf"),
        "scope": "read:*"}).encode()))

    async def go():
        async with fake.client(time) as client:
            token = await client.authenticate()
            time.advance(3600)  # the default lifetime, since infinity is none
            await client.get_subscription("sub_1")
            return token

    token = run(go())
    assert token.refresh_token is None and token.expires_in == 3600
    assert [t.form["grant_type"] for t in fake.tokens_seen()] == ["client_credentials"] * 2
