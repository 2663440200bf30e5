"""Hostile input gets a 4xx in the Nomos envelope, never a 500 or a cut-off answer, and
the request log keeps its record: one test per kind of malformed input."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from nomos_desk.sandbox.app import SandboxConfig
from nomos_desk.sandbox.store import Store
from tests.sandbox.bad_input import assert_refused, logged, valid_write_bodies
from tests.sandbox.builders import add_plan, add_subscription
from tests.sandbox_fixtures import RW, SECRET, SyncClient

JSON = {"content-type": "application/json"}


@pytest.fixture
def store(sandbox_db):
    return Store(sandbox_db)


@pytest.fixture
def sub(store):
    return add_subscription(store)


def refused(client: SyncClient, method: str, path: str, *statuses: int,
            **kwargs: Any) -> dict[str, Any]:
    """Send, check the refusal, and that the log holds its record (API paths only)."""
    response = client.request(method, path, **kwargs)
    body = assert_refused(response, *statuses)
    if not path.startswith("/_sandbox/"):
        assert logged(client.app, body["requestId"])["status"] == response.status_code
    return body


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def wrapped(key: str, json_text: str) -> str:
    return '{"' + key + '": ' + json_text + "}"


# -- bodies ------------------------------------------------------------------------------
@pytest.mark.parametrize("depth", [33, 2000, 200_000])
def test_deeply_nested_bodies_are_400(sandbox_client, sub, depth):
    metadata = wrapped("metadata", wrapped("a", nested(depth)))
    bodies = [("POST", "/leads", nested(depth)),
              ("PATCH", f"/subscriptions/{sub['id']}", metadata),
              ("POST", f"/subscriptions/{sub['id']}/terminate", wrapped("reason", nested(depth))),
              ("PUT", "/_sandbox/faults", nested(depth))]
    for method, path, body in bodies:
        refused(sandbox_client, method, path, 400, content=body.encode(), headers=JSON)
    token = sandbox_client.post("/oauth/token", auth=(RW, SECRET), content=nested(depth).encode(),
                                headers=JSON)
    assert_refused(token, 400)


def test_thirty_two_levels_still_parse(sandbox_client, sub):
    metadata = wrapped("metadata", wrapped("a", nested(30)))  # body, metadata, 30 lists
    r = sandbox_client.request("PATCH", f"/subscriptions/{sub['id']}", content=metadata.encode(),
                               headers=JSON)
    expected: list[Any] = []
    for _ in range(29):
        expected = [expected]
    assert r.status_code == 200 and r.json()["metadata"]["a"] == expected


async def _chunks(size: int, parts: int) -> AsyncIterator[bytes]:
    for _ in range(parts):
        yield b"x" * size


def test_bodies_over_the_size_cap_are_413_and_logged(make_sandbox_app):
    client = SyncClient(make_sandbox_app(SandboxConfig(max_body_bytes=1000)))
    body = refused(client, "POST", "/leads", 413, content=b"{" + b" " * 1000 + b"}")
    assert "1000 bytes" in body["message"]
    # Without a Content-Length the cap strikes while reading.
    refused(client, "POST", "/meter-orders", 413, content=_chunks(400, 3))
    refused(client, "PUT", "/_sandbox/faults", 413, content=b" " * 1001)
    # At the cap the body is read and judged on its merits.
    refused(client, "POST", "/leads", 400, content=b"[" + b" " * 998 + b"]")
    client.close()


def test_default_size_cap_is_one_mebibyte(sandbox_client):
    refused(sandbox_client, "POST", "/leads", 413, content=b" " * (1024 * 1024 + 1))


@pytest.mark.parametrize("body,field", [
    ('{"plan": "\\ud800", "address": {"zip": "10115"}, "meter": {"estimated_usage": 2000}}',
     "plan"),
    ('{"plan": "p", "address": {"zip": "10115", "city": "K\\udfffln"}, '
     '"meter": {"estimated_usage": 2000}}', "address.city"),
    ('{"plan": "p", "metadata": {"\\udc00": "x"}, "address": {"zip": "10115"}, '
     '"meter": {"estimated_usage": 2000}}', "metadata.?"),
])
def test_lone_surrogates_are_400_and_the_log_still_reads(sandbox_client, body, field):
    err = refused(sandbox_client, "POST", "/leads", 400, content=body.encode(), headers=JSON)
    assert err["errors"][0] == {"code": "invalid_format", "field": field,
                                "message": "Text contains an unpaired UTF-16 surrogate"}
    assert logged(sandbox_client.app, err["requestId"])["body"] == body  # kept as text
    assert sandbox_client.get("/_sandbox/requests").status_code == 200


def test_lone_surrogates_in_updates_and_credentials(sandbox_client, sub):
    refused(sandbox_client, "PATCH", f"/subscriptions/{sub['id']}", 400,
            content=b'{"metadata": {"a": "\\ud83d"}}', headers=JSON)
    refused(sandbox_client, "PATCH", f"/customers/{sub['customer']}", 400,
            content=b'{"last_name": "M\\udc00ller"}', headers=JSON)
    err = refused(sandbox_client, "POST", "/oauth/token", 400, headers={**JSON, "authorization": ""},
                  content=b'{"client_id": "sandbox-rw", "client_secret": "\\ud800", '
                          b'"grant_type": "client_credentials"}')
    assert err["errors"][0]["field"] == "client_secret"


@pytest.mark.parametrize("raw", [b"\xff\xfe{}", b'{"plan": "\xc3("}', b"\xed\xa0\x80"])
def test_invalid_utf8_bodies_are_400(sandbox_client, raw):
    err = refused(sandbox_client, "POST", "/leads", 400, content=raw, headers=JSON)
    assert err["errors"][0]["field"] == "body"


@pytest.mark.parametrize("raw", [b"NaN", b'{"value": Infinity}', b'{"value": 1e400}',
                                 b'{"value": -1e999}'])
def test_numbers_json_cannot_hold_are_400(sandbox_client, sub, raw):
    refused(sandbox_client, "POST", "/meter-readings", 400, content=raw, headers=JSON)


def test_integers_beyond_float_range_are_400(sandbox_client, sub):
    body = {"subscription": sub["id"], "value": 10 ** 400, "timestamp": "2024-06-01T00:00:00Z"}
    err = refused(sandbox_client, "POST", "/meter-readings", 400, json=body)
    assert err["errors"][0] == {"code": "too_big", "field": "value",
                                "message": "Too big: number is out of range"}


def test_a_path_that_is_not_unicode_text_is_400(sandbox_app):
    """uvicorn and httpx decode paths with replacement; a raw ASGI caller may not."""
    import asyncio
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/customers/cus_\ud800",
             "raw_path": b"/customers/cus_%ED%A0%80", "query_string": b"", "headers": [],
             "http_version": "1.1", "scheme": "http", "server": ("t", 80), "client": None,
             "root_path": "", "app": sandbox_app.app}
    asyncio.run(sandbox_app.app(scope, receive, send))
    assert sent[0]["status"] == 400
    assert sandbox_app.state.sandbox.request_log[-1]["path"] == "/customers/cus_?"


# -- cursors and credentials -------------------------------------------------------------
@pytest.mark.parametrize("cursor", ["ä.ö", "eyJjIjoiMSJ9.äbc", "\u202e", "a" * 5000, "."])
def test_non_ascii_and_garbage_cursors_are_400(sandbox_client, cursor):
    err = refused(sandbox_client, "GET", "/subscriptions", 400, params={"cursor": cursor})
    assert err["errors"][0]["field"] == "cursor"


def _basic(raw: bytes) -> bytes:
    return b"Basic " + base64.b64encode(raw)


@pytest.mark.parametrize("header", [
    "Basic äöü".encode(), b"Basic \xff\xfe\xfd", _basic(b"sandbox-rw:\xff\xfe"),
    _basic("sandbox-rw:säcret".encode()), _basic("ä:ö".encode()), _basic(b"no-colon"),
    _basic(b"\x00:\x00"), b"Basic " + b"=" * 40, b"Basic", b"Bearer \xe4",
])
def test_garbage_and_non_ascii_basic_credentials_are_401(sandbox_app, header):
    client = SyncClient(sandbox_app, client_id=None)
    refused(client, "POST", "/oauth/token", 401, headers={"authorization": header},
            data={"grant_type": "client_credentials"})
    client.close()


@pytest.mark.parametrize("kwargs", [
    {"data": {"client_id": RW, "client_secret": "säcret", "grant_type": "client_credentials"}},
    {"json": {"client_id": RW, "client_secret": "säcret", "grant_type": "client_credentials"}},
    {"json": {"client_id": "ßändbox", "client_secret": SECRET,
              "grant_type": "client_credentials"}},
])
def test_non_ascii_secrets_in_the_body_are_401(sandbox_app, kwargs):
    client = SyncClient(sandbox_app, client_id=None)
    refused(client, "POST", "/oauth/token", 401, **kwargs)
    client.close()


@pytest.mark.parametrize("header", ["Bearer ä".encode(), b"Bearer \xff", b"bearer", b"\xff"])
def test_non_ascii_bearer_tokens_are_401(sandbox_app, header):
    client = SyncClient(sandbox_app, client_id=None)
    refused(client, "GET", "/plans", 401, headers={"authorization": header})
    client.close()


# -- dates at the edges of the calendar ----------------------------------------------------
EDGE_DAYS = ["0001-01-01", "1899-12-31", "9999-12-31", "10000-01-01", "2026-02-30",
             "2026-13-01", "2026-1-1", "２０２６-01-01", "2026-01-01T00:00:00Z"]


@pytest.mark.parametrize("day", EDGE_DAYS)
def test_usage_and_price_days_at_the_calendar_edges_are_400(sandbox_client, sub, day):
    for path, other in (("usage", {}), ("prices", {"end": "2026-01-02"})):
        for name in ("start", "end"):
            params = {"start": "2026-01-01", **other, name: day}
            err = refused(sandbox_client, "GET", f"/subscriptions/{sub['id']}/{path}", 400,
                          params=params)
            assert err["errors"][0]["field"] in ("start", "end")


def test_the_supported_calendar_is_1900_to_2199(sandbox_client, sub):
    for start, end in (("1900-01-01", "1900-01-02"), ("2199-12-30", "2199-12-31")):
        r = sandbox_client.get(f"/subscriptions/{sub['id']}/usage",
                               params={"start": start, "end": end})
        assert r.status_code == 200 and r.json()["data"] == []  # no supply then


@pytest.mark.parametrize("stamp,status", [
    ("0001-01-01T00:00:00+01:00", 200), ("9999-12-31T23:59:59-01:00", 200),
    ("10000-01-01T00:00:00Z", 400), ("2026-02-30T00:00:00Z", 400),
    ("２０２６-01-01T00:00:00Z", 400), ("2026-01-01T24:00:00Z", 400),
])
def test_date_filters_at_the_calendar_edges(sandbox_client, stamp, status):
    r = sandbox_client.get("/subscriptions", params={"filter[created_at][gte]": stamp})
    if status == 200:
        assert r.status_code == 200
    else:
        assert_refused(r, 400)


@pytest.mark.parametrize("stamp", ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                                   "10000-01-01T00:00:00Z", "2026-02-30T00:00:00Z",
                                   "1899-12-31T23:00:00+00:00", "２０２６-01-01T00:00:00Z"])
def test_body_timestamps_at_the_calendar_edges_are_400(sandbox_client, store, sub, stamp):
    refused(sandbox_client, "POST", "/meter-readings", 400,
            json={"subscription": sub["id"], "value": 100, "timestamp": stamp})
    refused(sandbox_client, "POST", f"/subscriptions/{sub['id']}/terminate", 400,
            json={"reason": "MOVE_OUT", "intended_end_at": stamp})
    plan = add_plan(store)
    refused(sandbox_client, "POST", "/leads", 400,
            json={"plan": plan["id"], "address": {"zip": "10115"},
                  "meter": {"estimated_usage": 2000}, "intended_start_date": stamp[:10]})


# -- numbers and repeated parameters -------------------------------------------------------
FULL_WIDTH_TEN, ARABIC_INDIC_TEN = "\uff11\uff10", "\u0661\u0660"


@pytest.mark.parametrize("limit", ["1e400", "nan", "inf", "-inf", "", "5_0", " 5", "0x10",
                                   "99999999999999999999", FULL_WIDTH_TEN, ARABIC_INDIC_TEN,
                                   "1,5", "+", ".", "1e", "10 "])
def test_limits_that_are_no_decimal_integer_are_400(sandbox_client, limit):
    err = refused(sandbox_client, "GET", "/plans", 400, params={"limit": limit})
    assert err["errors"][0]["field"] == "limit"


@pytest.mark.parametrize("limit", ["1", "100", "1.0", "1e1", "+7"])
def test_decimal_limits_are_read_as_zod_coerces_them(sandbox_client, limit):
    assert sandbox_client.get("/plans", params={"limit": limit}).status_code == 200


def test_full_width_digits_are_no_digits(sandbox_client, store, sub):
    plan = add_plan(store)
    for params, field in (({"zip_code": "１０１１５", "usage": "3000"}, "zip_code"),
                          ({"zip_code": "10115", "usage": "３０００"}, "usage"),
                          ({"zip_code": "١٠١١٥", "usage": "3000"}, "zip_code")):
        err = refused(sandbox_client, "GET", f"/plans/{plan['id']}/quote", 400, params=params)
        assert err["errors"][0]["field"] == field
    err = refused(sandbox_client, "POST", "/leads", 400,
                  json={"plan": plan["id"], "address": {"zip": "１０１１５"},
                        "meter": {"estimated_usage": 2000}})
    assert err["errors"][0]["field"] == "address.zip"
    refused(sandbox_client, "PATCH", f"/subscriptions/{sub['id']}", 400,
            json={"billing_address": {"street": "Hauptstraße", "house_number": "１",
                                      "zip": "１０１１５", "city": "Berlin"}})


@pytest.mark.parametrize("query", [
    "limit=5&limit=5", "limit=5&limit=6", "cursor=a&cursor=b",
    "filter[status][eq]=active&filter[status][eq]=ended",
])
def test_repeated_parameters_are_400(sandbox_client, query):
    err = refused(sandbox_client, "GET", f"/subscriptions?{query}", 400)
    assert err["message"].endswith("Expected a single value, received several")


def test_repeated_parameters_elsewhere_are_400(sandbox_client, store, sub):
    plan = add_plan(store)
    refused(sandbox_client, "GET", f"/subscriptions/{sub['id']}/usage?start=2026-01-01"
                                   "&start=2026-01-02", 400)
    refused(sandbox_client, "GET", f"/subscriptions/{sub['id']}/prices?start=2026-01-01"
                                   "&end=2026-01-01&end=2026-01-02", 400)
    refused(sandbox_client, "GET", f"/plans/{plan['id']}/quote?zip_code=10115&usage=3000"
                                   "&usage=3000", 400)


@pytest.mark.parametrize("query", [
    "filter[status][in]=" + ",".join(["active"] * 101),
    "filter[created_at][gte]=yesterday", "filter[]=x", "filter[status][]=active",
    "filter[status][eq]=%E2%80%AE", "filter[created_at][lte]=%EF%BC%92026-01-01T00:00:00Z",
])
def test_malformed_filters_are_400(sandbox_client, query):
    refused(sandbox_client, "GET", f"/subscriptions?{query}", 400)


# -- wrong JSON types in every write body --------------------------------------------------
WRONG = [None, True, 0, -1.5, "", "x" * 300, [], ["a"], {}, {"nested": {"deeper": 1}}]


def _write_routes(app: Any) -> set[tuple[str, str]]:
    return {(method, route.path) for route in app.routes
            for method in route.methods or () if method in ("POST", "PATCH", "PUT")}


def _wrong_typed(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """`body` with each value (nested ones too) swapped for each wrong kind of value."""
    for key, value in body.items():
        for wrong in WRONG:
            if wrong != value and type(wrong) is not type(value):
                yield {**body, key: wrong}
        if isinstance(value, dict):
            for inner in _wrong_typed(value):
                yield {**body, key: inner}


def test_wrong_json_types_in_every_write_body_are_400(sandbox_client, store, sub):
    bodies = valid_write_bodies(add_plan(store)["id"], sub["id"])
    assert _write_routes(sandbox_client.app) == set(bodies), "a write route without a case"
    for (method, template), body in bodies.items():
        object_id = sub["customer"] if template.startswith("/customers") else sub["id"]
        path = template.replace("{id}", object_id)
        auth = {"auth": (RW, SECRET)} if path == "/oauth/token" else {}
        for wrong in [[], [body], "body", 7, True, *_wrong_typed(body)]:
            r = sandbox_client.request(method, path, json=wrong, **auth)
            assert r.status_code < 500, (method, path, wrong, r.text)
            if r.status_code >= 400:
                assert_refused(r)
            elif path == "/_sandbox/faults":
                sandbox_client.request("PUT", path, json={"preset": "off"})
        # Whole bodies of the wrong kind are refused outright.
        for wrong in ([], [body], "body", 7):
            assert_refused(sandbox_client.request(method, path, json=wrong, **auth), 400)
