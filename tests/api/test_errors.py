"""Every documented error code maps to its type, carrying its request id."""

from __future__ import annotations

import httpx
import pytest

from nomos_desk.api import errors

from ..spec import load_spec
from .fakes import FakeNomos, FakeTime, envelope, run

CODES = [
    (400, "BAD_REQUEST", errors.BadRequest),
    (401, "UNAUTHORIZED", errors.Unauthorized),
    (402, "PAYMENT_REQUIRED", errors.PaymentRequired),
    (403, "FORBIDDEN", errors.Forbidden),
    (404, "NOT_FOUND", errors.NotFound),
    (405, "METHOD_NOT_ALLOWED", errors.MethodNotAllowed),
    (409, "CONFLICT", errors.Conflict),
    (422, "UNPROCESSABLE_ENTITY", errors.Unprocessable),
    (429, "TOO_MANY_REQUESTS", errors.RateLimited),
    (500, "INTERNAL_SERVER_ERROR", errors.ServerError),
]


def test_the_table_covers_every_error_code_in_the_spec():
    schemas = load_spec()["components"]["schemas"]
    spec_codes = {s["properties"]["code"]["enum"][0] for n, s in schemas.items() if n.startswith("Err")}
    assert spec_codes == {code for _, code, _ in CODES}


@pytest.mark.parametrize(("status", "code", "cls"), CODES)
def test_each_code_maps_to_its_type_through_the_client(status, code, cls):
    fake = FakeNomos(routes={"/customers/cus_1": lambda r: httpx.Response(status, json=envelope(
        code, "it failed", request_id=f"req_{status}",
        errors=[{"code": "invalid_type", "field": "email", "message": "Required"}]))})

    async def go():
        async with fake.client(FakeTime(), retry=errors_only_once()) as client:
            await client.get_customer("cus_1")

    with pytest.raises(cls) as caught:
        run(go())
    exc = caught.value
    assert type(exc) is cls and isinstance(exc, errors.ApiError)
    assert (exc.status, exc.code, exc.message) == (status, code, "it failed")
    assert exc.request_id == f"req_{status}"
    assert exc.docs.endswith(code)
    assert exc.field_errors == (errors.FieldError("invalid_type", "email", "Required"),)
    assert f"req_{status}" in str(exc)


def errors_only_once():
    from nomos_desk.api import RetryPolicy
    return RetryPolicy(max_attempts=1)


def test_code_wins_over_status_and_status_is_the_fallback():
    assert isinstance(errors.from_response(400, envelope("CONFLICT")), errors.Conflict)
    proxy = errors.from_response(502, "<html>Bad gateway</html>", header_request_id="hdr_1")
    assert isinstance(proxy, errors.ServerError)
    assert proxy.code == "INTERNAL_SERVER_ERROR" and proxy.request_id == "hdr_1"
    # Staff read the message: a proxy's page is named, not pasted as markup.
    assert proxy.message == "HTTP 502: the server answered with an HTML page"
    plain = errors.from_response(503, "upstream connect error\n", header_request_id="hdr_2")
    assert plain.message == "upstream connect error"
    odd = errors.from_response(418, {"code": "I_AM_A_TEAPOT", "message": "short and stout"})
    assert type(odd) is errors.ApiError and odd.code == "I_AM_A_TEAPOT"


def test_malformed_field_errors_are_skipped_not_fatal():
    exc = errors.from_response(400, {"code": "BAD_REQUEST", "errors": [None, "x", {"code": 3}]})
    assert exc.field_errors == (errors.FieldError("unknown", None, ""),)
    assert exc.message == "HTTP 400"


def test_rate_limited_carries_retry_after():
    exc = errors.from_response(429, envelope("TOO_MANY_REQUESTS"), retry_after=4.0)
    assert isinstance(exc, errors.RateLimited) and exc.retry_after == 4.0


def test_every_error_is_a_nomos_error_and_shows_its_request_id():
    attempt = errors.WriteAttempt("create_meter_order", "POST", "/meter-orders", {})
    unknown = errors.OutcomeUnknown(attempt, errors.Timeout("slow"), request_id="req_9")
    assert isinstance(unknown, errors.NomosError) and "req_9" in str(unknown)
    assert issubclass(errors.TlsError, errors.TransportError)
    assert issubclass(errors.MissingScope, errors.NomosError)


def test_what_an_answer_says_is_made_fit_to_show():
    """Messages and request ids come from the server and end up in a banner and in
    "Copy details": control characters, lone surrogates and megabytes are cut down."""
    exc = errors.from_response(400, {
        "code": "BAD_REQUEST", "message": "bad\x00 line\r\nbreak \ud800 " + "x" * 5000,
        "requestId": "req_\x1b[31mred" + "9" * 500,
        "errors": [{"code": "c", "field": "f", "message": "m"}] * 1000,
    })
    assert exc.message.startswith("bad line break x") and len(exc.message) <= 300
    assert exc.request_id is not None and exc.request_id.startswith("req_ [31mred")
    assert len(exc.request_id) <= 128 and "\x1b" not in exc.request_id
    assert len(exc.field_errors) == 50
    wrong_types = errors.from_response(404, {"code": ["NOT_FOUND"], "message": {"x": 1},
                                             "requestId": 7}, header_request_id="hdr_7")
    assert type(wrong_types) is errors.NotFound
    assert wrong_types.message == "HTTP 404" and wrong_types.request_id == "hdr_7"
