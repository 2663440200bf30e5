"""Retry rules, with time patched: reads retry 429/5xx/transport failures within a
bounded count and time and honour Retry-After; writes retry only 429 and are never
sent twice after they may have reached the server."""

from __future__ import annotations

import ssl
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from nomos_desk.api import RetryPolicy, errors
from nomos_desk.api.http import parse_retry_after

from .fakes import FakeNomos, FakeTime, envelope, run

SUB = {"object": "subscription", "id": "sub_1"}
ORDER = {"object": "meter_order", "id": "mo_1", "subscription": "sub_1", "status": "created"}


def err(status: int, code: str, request_id: str = "req_x", **headers: str) -> httpx.Response:
    return httpx.Response(status, json=envelope(code, request_id=request_id), headers=headers)


def get_sub(fake: FakeNomos, time: FakeTime, retry: RetryPolicy | None = None, rng: float = 0.0):
    async def go():
        async with fake.client(time, retry=retry, rng=rng) as client:
            return await client.get_subscription("sub_1")
    return run(go())


def test_429_waits_exactly_retry_after_seconds():
    fake, time = FakeNomos(), FakeTime()
    fake.script("/subscriptions/sub_1", err(429, "TOO_MANY_REQUESTS", **{"Retry-After": "7"}), SUB)
    assert get_sub(fake, time).id == "sub_1"
    assert time.sleeps == [7.0]
    assert len(fake.calls("/subscriptions/sub_1")) == 2


def test_retry_after_as_http_date():
    now = datetime(2026, 5, 27, 12, 0, tzinfo=UTC)
    assert parse_retry_after(format_datetime(now + timedelta(seconds=5), usegmt=True), now) == 5.0
    assert parse_retry_after("garbage", now) is None
    assert parse_retry_after("-3", now) == 0.0


def test_5xx_on_reads_backs_off_exponentially_with_jitter():
    fake, time = FakeNomos(), FakeTime()
    fake.script("/subscriptions/sub_1", err(503, "INTERNAL_SERVER_ERROR"),
                err(500, "INTERNAL_SERVER_ERROR"), err(502, "INTERNAL_SERVER_ERROR"), SUB)
    policy = RetryPolicy(max_attempts=4, base_delay=0.5, max_delay=8, jitter=0.5)
    assert get_sub(fake, time, policy, rng=0.0).id == "sub_1"
    assert time.sleeps == [0.5, 1.0, 2.0]
    # The jitter shrinks each delay by up to half, never grows it.
    fake2, time2 = FakeNomos(), FakeTime()
    fake2.script("/subscriptions/sub_1", err(503, "INTERNAL_SERVER_ERROR"),
                 err(503, "INTERNAL_SERVER_ERROR"), SUB)
    get_sub(fake2, time2, policy, rng=1.0)
    assert time2.sleeps == [0.25, 0.5]


def test_retries_are_bounded_in_count():
    time = FakeTime()
    fake = FakeNomos(routes={"/subscriptions/sub_1": lambda r: err(
        500, "INTERNAL_SERVER_ERROR", request_id="req_500")})
    with pytest.raises(errors.ServerError) as caught:
        get_sub(fake, time, RetryPolicy(max_attempts=3))
    assert caught.value.request_id == "req_500"
    assert len(fake.calls("/subscriptions/sub_1")) == 3
    assert len(time.sleeps) == 2


def test_retries_are_bounded_in_total_time():
    fake, time = FakeNomos(), FakeTime()
    fake.script("/subscriptions/sub_1",
                err(429, "TOO_MANY_REQUESTS", request_id="req_429", **{"Retry-After": "30"}), SUB)
    with pytest.raises(errors.RateLimited) as caught:
        get_sub(fake, time, RetryPolicy(max_elapsed=20))
    assert caught.value.retry_after == 30.0 and caught.value.request_id == "req_429"
    assert time.sleeps == []  # waiting 30 s would blow the 20 s budget: give up at once


def test_other_4xx_are_never_retried():
    time = FakeTime()
    fake = FakeNomos(routes={"/subscriptions/sub_1": lambda r: err(400, "BAD_REQUEST")})
    with pytest.raises(errors.BadRequest):
        get_sub(fake, time)
    assert len(fake.calls("/subscriptions/sub_1")) == 1 and time.sleeps == []


def test_read_timeouts_and_dropped_connections_are_retried():
    fake, time = FakeNomos(), FakeTime()
    fake.script("/subscriptions/sub_1", httpx.ReadTimeout("slow"),
                httpx.RemoteProtocolError("peer closed"), SUB)
    assert get_sub(fake, time).id == "sub_1"
    assert len(fake.calls("/subscriptions/sub_1")) == 3


def test_read_that_keeps_timing_out_raises_timeout():
    fake, time = FakeNomos(), FakeTime()
    fake.script("/subscriptions/sub_1", *[httpx.ReadTimeout("slow")] * 4)
    with pytest.raises(errors.Timeout):
        get_sub(fake, time)


def test_tls_failure_is_typed_and_not_retried():
    fake, time = FakeNomos(), FakeTime()
    failure = httpx.ConnectError("handshake failed")
    failure.__cause__ = ssl.SSLCertVerificationError("CERTIFICATE_VERIFY_FAILED")
    fake.script("/subscriptions/sub_1", failure, SUB)
    with pytest.raises(errors.TlsError):
        get_sub(fake, time)
    assert len(fake.calls("/subscriptions/sub_1")) == 1


def create_order(fake: FakeNomos, time: FakeTime):
    async def go():
        async with fake.client(time) as client:
            return await client.create_meter_order("sub_1")
    return run(go())


@pytest.mark.parametrize("fault", [
    err(500, "INTERNAL_SERVER_ERROR", request_id="req_5xx"),
    err(503, "INTERNAL_SERVER_ERROR", request_id="req_5xx", **{"Retry-After": "1"}),
    httpx.ReadTimeout("slow"),
    httpx.WriteTimeout("slow"),
    httpx.RemoteProtocolError("peer closed"),
    httpx.ReadError("reset"),
])
def test_a_write_is_never_sent_twice_after_it_may_have_arrived(fault):
    fake, time = FakeNomos(), FakeTime()
    fake.script("/meter-orders", fault, ORDER)
    with pytest.raises(errors.OutcomeUnknown) as caught:
        create_order(fake, time)
    assert len(fake.calls("/meter-orders", "POST")) == 1
    attempt = caught.value.attempt
    assert (attempt.operation, attempt.method, attempt.path) == ("create_meter_order", "POST",
                                                                 "/meter-orders")
    assert attempt.body == {"subscription": "sub_1"}
    if isinstance(fault, httpx.Response):
        assert caught.value.request_id == "req_5xx"
        assert isinstance(caught.value.cause, errors.ServerError)


def test_a_write_that_never_connected_is_not_outcome_unknown_and_not_resent():
    fake, time = FakeNomos(), FakeTime()
    fake.script("/meter-orders", httpx.ConnectError("refused"), ORDER)
    with pytest.raises(errors.ConnectionLost):
        create_order(fake, time)
    assert len(fake.calls("/meter-orders", "POST")) == 1


def test_a_write_is_retried_on_429_which_means_not_processed():
    fake, time = FakeNomos(), FakeTime()
    fake.script("/meter-orders", err(429, "TOO_MANY_REQUESTS", **{"Retry-After": "2"}), ORDER)
    order = create_order(fake, time)
    assert order.id == "mo_1"
    assert time.sleeps == [2.0]
    assert len(fake.calls("/meter-orders", "POST")) == 2


def test_a_write_gets_one_resend_after_401():
    fake, time = FakeNomos(), FakeTime()
    fake.script("/meter-orders", err(401, "UNAUTHORIZED"), ORDER)
    assert create_order(fake, time).id == "mo_1"
    posts = fake.calls("/meter-orders", "POST")
    assert [p.headers["Authorization"] for p in posts] == ["Bearer tok_1", "Bearer tok_2"]


def test_a_409_on_a_second_meter_order_is_a_conflict_with_field_errors():
    fake, time = FakeNomos(), FakeTime()
    fake.script("/meter-orders", httpx.Response(409, json=envelope(
        "CONFLICT", "order exists", request_id="req_409",
        errors=[{"code": "duplicate_meter_order", "field": "subscription", "message": "exists"}])))
    with pytest.raises(errors.Conflict) as caught:
        create_order(fake, time)
    assert caught.value.field_errors[0].code == "duplicate_meter_order"
    assert caught.value.request_id == "req_409"


def test_an_unreadable_answer_to_a_write_is_outcome_unknown():
    fake, time = FakeNomos(), FakeTime()
    fake.script("/meter-orders", httpx.DecodingError("bad gzip"), ORDER)
    with pytest.raises(errors.OutcomeUnknown) as caught:
        create_order(fake, time)
    assert isinstance(caught.value.cause, errors.TransportError)
    assert len(fake.calls("/meter-orders", "POST")) == 1


def test_background_work_gets_a_longer_budget_on_the_same_connection():
    fake, time = FakeNomos(), FakeTime()
    down = err(503, "INTERNAL_SERVER_ERROR")
    fake.script("/subscriptions/sub_1", *[down] * 4, *[down] * 7, SUB)
    fake.script("/subscriptions", *[down] * 7, {"object": "list", "items": [SUB],
                                                 "has_more": False})

    async def go():
        async with fake.client(time) as client:
            with pytest.raises(errors.ServerError):
                await client.get_subscription("sub_1")  # four attempts: a person is waiting
            background = client.background()
            sub = await background.get_subscription("sub_1")
            rows = [s.id async for s in background.list_subscriptions()]
            await background.aclose()  # a view: the connection stays open
            patient = client.with_retry(RetryPolicy(max_attempts=1))
            return sub, rows, client.retry, patient.retry, client._http.client.is_closed

    sub, rows, own, patient, closed = run(go())
    assert sub.id == "sub_1" and rows == ["sub_1"] and not closed
    assert own == RetryPolicy() and patient.max_attempts == 1
    assert len(fake.calls("/subscriptions/sub_1")) == 4 + 8
    assert len(fake.tokens_seen()) == 1  # one connection, one token


def test_a_pager_keeps_the_policy_it_was_made_with():
    fake, time = FakeNomos(), FakeTime()
    down = err(503, "INTERNAL_SERVER_ERROR")
    fake.script("/subscriptions", {"object": "list", "items": [SUB], "has_more": True,
                                   "next_page": "c1"},
                *[down] * 6, {"object": "list", "items": [{"id": "sub_2"}], "has_more": False})

    async def go():
        async with fake.client(time) as client:
            pager = client.background().list_subscriptions()
            return [s.id async for s in pager]

    assert run(go()) == ["sub_1", "sub_2"]


def test_whoever_shows_the_work_hears_of_each_wait_before_it_starts():
    """The sync says "Nomos is busy, retrying…" instead of looking stuck: each retry is
    told, with its cause and delay, before the wait; the call's final answer is not."""
    fake, time = FakeNomos(), FakeTime()
    fake.script("/subscriptions", err(429, "TOO_MANY_REQUESTS", **{"Retry-After": "3"}),
                err(503, "INTERNAL_SERVER_ERROR"), httpx.ConnectError("refused"),
                {"object": "list", "items": [SUB], "has_more": False})
    heard = []

    def told(notice):
        heard.append((notice.operation, notice.attempt, notice.delay,
                      type(notice.cause).__name__, len(time.sleeps)))

    async def go():
        async with fake.client(time) as client:
            rows = [s.id async for s in client.background(on_retry=told).list_subscriptions()]
            # The connection's own background budget stays silent for others.
            await client.background().get_subscription("sub_1")
            return rows

    fake.script("/subscriptions/sub_1", err(503, "INTERNAL_SERVER_ERROR"), SUB)
    assert run(go()) == ["sub_1"]
    assert heard == [("list_subscriptions", 1, 3.0, "RateLimited", 0),
                     ("list_subscriptions", 2, 2.0, "ServerError", 1),
                     ("list_subscriptions", 3, 4.0, "ConnectionLost", 2)]
    assert time.sleeps == [3.0, 2.0, 4.0, 1.0]
