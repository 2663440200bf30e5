"""Hypothesis strategies for answers a Nomos client must survive, and the run sizes.

An answer is (status, headers, body bytes). Bodies range from the shape the call
expects with wrong types in every field, through JSON that is not an object, to
what no JSON parser takes: nesting past any recursion limit, integers of thousands
of digits, invalid UTF-8, HTML pages, nothing at all. Strings include lone
surrogates (valid JSON escapes, invalid text), so values the client sends back
(cursors, tokens) can be unsendable; Location headers include non-ASCII bytes and
non-HTTP schemes.

Run sizes: the "api-ci" profile (default) is derandomized and small, so tests/api
stays fast and CI sees the same examples every run; NOMOS_HYPOTHESIS=api-deep runs
many more, with fresh randomness, when hunting.
"""

from __future__ import annotations

import dataclasses
import json
import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from nomos_desk.api.models import Model

settings.register_profile("api-ci", max_examples=5, derandomize=True, deadline=None,
                          database=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("api-deep", max_examples=300, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
SETTINGS = settings.get_profile(os.environ.get("NOMOS_HYPOTHESIS", "api-ci"))

REQUEST_ID = "req_gen"


class Body(bytes):
    """Bytes that print short, so a failing example of 100 kB stays readable."""

    def __repr__(self) -> str:
        head = bytes(self[:48])
        return f"Body({head!r}{'...' if len(self) > 48 else ''}, {len(self)} bytes)"

any_text = st.text(st.characters(exclude_categories=()), max_size=12)  # surrogates included
scalars = (st.none() | st.booleans() | st.integers(-(10**30), 10**30)
           | st.floats(allow_nan=True, allow_infinity=True) | any_text)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(any_text, inner, max_size=3),
    max_leaves=8,
)

UNPARSEABLE = [
    b"", b"   ", b"null", b"true", b'"text"', b"[]", b"17",
    b"[" * 100_000, b'{"id": ' * 3000, b"[" * 900 + b"]" * 900,
    b'{"id": "x", "total": 1' + b"0" * 5000 + b"}",
    b'{"id": "x", "total": 1e999, "usage": -1e999, "amount": NaN, "price": Infinity}',
    b'{"id": "x\xff\xfe", "name": "M\xfcller"}', b"\xff\xfe\x00\x00", b"\x00" * 8,
    b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>",
    b"%PDF-1.7\n%%EOF\n", b"%PDF", b'{"code": "NOT_FOUND", "requestId": "req_env"}',
]


def _fields(model: type[Model]) -> list[str]:
    return [f.name for f in dataclasses.fields(model) if f.name != "raw"]


def shaped(model: type[Model] | None) -> st.SearchStrategy[Any]:
    """Something shaped like the call's answer (a model, a list page, an error envelope)
    with any JSON value in any field."""
    names = _fields(model) if model is not None else ["id", "status"]
    obj = st.fixed_dictionaries({}, optional={n: json_values for n in names})
    page = st.fixed_dictionaries({"items": st.lists(obj | json_values, max_size=4)}, optional={
        "object": json_values, "has_more": st.booleans() | json_values,
        "next_page": st.none() | any_text | json_values})
    envelope = st.fixed_dictionaries({}, optional={
        "code": st.sampled_from(["NOT_FOUND", "TOO_MANY_REQUESTS", "CONFLICT"]) | json_values,
        "message": json_values, "requestId": json_values, "errors": json_values})
    token = st.fixed_dictionaries({}, optional={
        "access_token": st.just("tok_ok") | json_values, "refresh_token": json_values,
        "expires_in": json_values, "scope": st.just("read:* write:*") | json_values})
    return obj | page | envelope | token


def body(model: type[Model] | None) -> st.SearchStrategy[bytes]:
    as_json = (shaped(model) | json_values).map(
        lambda v: json.dumps(v, ensure_ascii=True, allow_nan=True).encode())
    return (as_json | st.sampled_from(UNPARSEABLE) | st.binary(max_size=40)).map(Body)


STATUSES = [200, 200, 200, 201, 204, 301, 302, 304, 307, 400, 401, 403, 404, 409, 415, 422,
            429, 500, 502, 503, 599]
RETRY_AFTER = [None, "1", "0", "-1", "garbage", "1e999", "nan", "9" * 40,
               "Wed, 27 May 2026 12:00:05 GMT"]
LOCATION: list[bytes | None] = [
    None, b"", b"/x.pdf", b"https://files.example.net/x.pdf", b"javascript:alert(1)",
    b"http://evil.example/x.pdf", b"//evil.example/x.pdf", b"\xff\xfe", b"https://[::1/x",
    "https://fïles.example.net/x.pdf".encode(), b"data:application/pdf;base64,JVBERi0=",
]
CONTENT_TYPE = [None, "application/json", "text/html", "application/pdf",
                "application/json; charset=bogus", "text/plain; charset=utf-16"]


@st.composite
def answer(draw: st.DrawFn, model: type[Model] | None) -> tuple[int, list[tuple[bytes, bytes]],
                                                              bytes]:
    headers = [(b"X-Request-Id", REQUEST_ID.encode())]
    for name, choices in ((b"Retry-After", RETRY_AFTER), (b"Location", LOCATION),
                          (b"Content-Type", CONTENT_TYPE)):
        value = draw(st.sampled_from(choices))
        if value is not None:
            headers.append((name, value if isinstance(value, bytes) else value.encode()))
    return draw(st.sampled_from(STATUSES)), headers, draw(body(model))


def _always(status: int, body: bytes, *headers: tuple[bytes, bytes]) -> list[Any]:
    return [(status, [(b"X-Request-Id", REQUEST_ID.encode()), *headers], Body(body))]


# Run for every call on every run, whatever the profile draws: the cases the issue names.
ALWAYS = [
    _always(200, b"[" * 100_000),  # nesting past any parser
    _always(200, b'{"object": "list", "items": [{"id": "a", "total": 1' + b"0" * 5000 +
            b'}], "has_more": true, "next_page": "c\\ud800", "access_token": "t\\ud800"}'),
    _always(200, b"not json at all", (b"Content-Type", b"text/plain; charset=utf-16")),
    _always(302, b"", (b"Location", "https://fïles.example.net/x.pdf".encode())),
    _always(503, b"<html>Service Unavailable</html>", (b"Retry-After", b"1e999")),
]


def answers(model: type[Model] | None) -> st.SearchStrategy[list[Any]]:
    """What the server says to one call: one to three answers (the last one repeats)."""
    return st.lists(answer(model), min_size=1, max_size=3)
