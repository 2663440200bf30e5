"""The client survives any answer, case by case: each malformed answer ends as a typed
error carrying the request id, or is read tolerantly. (test_answers_generated.py lets
hypothesis make up more of them, over every call.)"""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from nomos_desk.api import F, RetryPolicy, errors
from nomos_desk.api.http import MAX_RETRY_AFTER, parse_retry_after

from .fakes import FakeNomos, FakeTime, run

RID = {"X-Request-Id": "req_odd"}


def answer(body: bytes, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=body, headers={**RID, **headers})


def get_sub(*answers: httpx.Response, retry: RetryPolicy | None = None):
    fake = FakeNomos()
    fake.script("/subscriptions/sub_1", *answers)

    async def go():
        async with fake.client(FakeTime(), retry=retry) as client:
            return await client.get_subscription("sub_1")

    return run(go())


@pytest.mark.parametrize("body", [
    b"[" * 100_000 + b"]" * 100_000,
    b'{"id": "sub_1", "customer": ' + b'{"a": ' * 5000 + b"1" + b"}" * 5000 + b"}",
    b"",
    b"   ",
    b"<!DOCTYPE html><html><body>Maintenance</body></html>",
    b'["sub_1"]',
    b'"sub_1"',
    b"null",
    b"\xff\xfe\x00garbage",
])
def test_a_2xx_that_is_not_an_object_is_a_typed_error_with_the_request_id(body):
    with pytest.raises(errors.UnexpectedResponse) as caught:
        get_sub(answer(body))
    assert caught.value.request_id == "req_odd"


@pytest.mark.parametrize("status", [404, 500])
def test_an_error_answer_nested_past_any_parser_keeps_its_type_and_request_id(status):
    with pytest.raises(errors.ApiError) as caught:
        get_sub(*[answer(b"[" * 50_000, status)] * 4)
    assert caught.value.status == status and caught.value.request_id == "req_odd"


def test_numbers_beyond_float_range_and_invalid_utf8_are_read_tolerantly():
    huge = b"1" + b"0" * 5000
    sub = get_sub(answer(b'{"id": "sub_1", "estimated_usage": 1e999, "number": ' + huge +
                         b', "status": "act\xffive", "metadata": {"n": -1e400}}'))
    assert sub.id == "sub_1"
    assert sub.estimated_usage is None  # infinity is no usage
    assert sub.number == huge.decode()  # a text field keeps the digits
    assert sub.status == "act\ufffdive"
    assert sub.metadata == {"n": float("-inf")}


def test_wrong_types_for_fields_keep_the_object_readable():
    sub = get_sub(answer(b'{"id": "sub_1", "number": true, "customer": "cus_1", "address": [1],'
                         b' "start_at": {"x": 1}, "estimated_usage": "3500.5", "status": null}'))
    assert sub.id == "sub_1" and sub.number is None and sub.customer_id == "cus_1"
    assert sub.address is None and not sub.start_at.known
    assert sub.estimated_usage == 3500.5 and sub.status is None


@pytest.mark.parametrize("body", [b'{"id": 17, "status": "active"}', b'{"status": "active"}',
                                  b'{"id": "sub_2", "status": "active"}',
                                  b'{"id": ["sub_1"], "status": "active"}'])
def test_a_detail_that_is_not_the_object_asked_for_is_refused(body):
    """Read tolerantly, it would pass for the subscription asked for with every fact blank."""
    with pytest.raises(errors.UnexpectedResponse) as caught:
        get_sub(answer(body))
    assert caught.value.request_id == "req_odd"


def test_a_value_read_back_that_cannot_be_sent_is_refused_before_sending():
    """A lone surrogate is valid JSON ("\\ud800") but no valid text on the wire: sending
    it back (in a filter here) must not crash the encoder mid-request."""
    fake = FakeNomos()
    fake.script("/subscriptions/sub_1", answer(b'{"id": "sub_1", "number": "N\\ud800"}'))

    async def go():
        async with fake.client(FakeTime()) as client:
            sub = await client.get_subscription("sub_1")
            with pytest.raises(errors.InvalidArgument):
                await client.list_subscriptions(F("number").eq(sub.number)).collect()

    run(go())
    assert [s.path for s in fake.seen] == ["/oauth/token", "/subscriptions/sub_1"]


@pytest.mark.parametrize(("header", "seconds"), [
    ("7", 7.0), ("  2.5 ", 2.5), ("-3", 0.0), ("garbage", None), ("", None), ("nan", None),
    ("inf", MAX_RETRY_AFTER), ("1e999", MAX_RETRY_AFTER), ("9" * 400, MAX_RETRY_AFTER),
    ("Wed, 27 May 2026 12:00:05 GMT", 5.0), ("Wed, 27 May 99999 12:00:05 GMT", None),
    ("Mon, 01 Jan 0001 00:00:00 GMT", 0.0), ("Wed, 27 May 2026 25:99:99 GMT", None),
])
def test_retry_after_is_read_or_ignored_never_trusted_blindly(header, seconds):
    now = datetime(2026, 5, 27, 12, 0, tzinfo=UTC)
    assert parse_retry_after(header, now) == seconds


def test_an_absurd_retry_after_gives_up_at_once_with_a_typed_error():
    time = FakeTime()
    fake = FakeNomos()
    fake.script("/subscriptions/sub_1", answer(b"", 429, **{"Retry-After": "1e999"}))

    async def go():
        async with fake.client(time) as client:
            await client.get_subscription("sub_1")

    with pytest.raises(errors.RateLimited) as caught:
        run(go())
    assert caught.value.retry_after == MAX_RETRY_AFTER and caught.value.request_id == "req_odd"
    assert time.sleeps == []  # a day is beyond what anyone waits on: said, not slept


@pytest.mark.parametrize("body", [b"", b"<html>Login</html>", b"[1]", b"[" * 10_000])
def test_a_write_answered_2xx_with_no_object_is_outcome_unknown(body):
    """It may be a proxy's page (nothing applied) or a garbled success: the caller must
    look before sending again, exactly as after a timeout."""
    fake = FakeNomos()
    fake.script("/meter-orders", answer(body, 201))

    async def go():
        async with fake.client(FakeTime()) as client:
            await client.create_meter_order("sub_1")

    with pytest.raises(errors.OutcomeUnknown) as caught:
        run(go())
    assert caught.value.request_id == "req_odd"
    assert caught.value.attempt.body == {"subscription": "sub_1"}
    assert isinstance(caught.value.cause, errors.UnexpectedResponse)
    assert len(fake.calls("/meter-orders")) == 1


def test_an_id_read_back_that_is_not_valid_text_is_refused_before_sending():
    fake = FakeNomos()
    fake.script("/subscriptions", answer(b'{"items": [{"id": "sub_\\ud800"}], "has_more": false}'))

    async def go():
        async with fake.client(FakeTime()) as client:
            (sub,) = await client.list_subscriptions().collect()
            await client.get_subscription(sub.id)

    with pytest.raises(errors.InvalidArgument):
        run(go())
    assert [s.path for s in fake.seen] == ["/oauth/token", "/subscriptions"]
