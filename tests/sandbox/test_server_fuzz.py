"""Hypothesis sends hostile requests to every route of the sandbox app.

The routes come from the app itself (nomos_desk.sandbox.app.routes), so a new route
is fuzzed without touching this file. Each request mixes real ids with junk,
malformed and repeated query parameters, broken credentials, odd API versions and
hostile bodies; every answer must be below 500, complete, an envelope when it
refuses, valid against the spec (through the fixtures' checker), and logged.
Derandomized and small, so tests/sandbox stays fast and repeatable.
"""

from __future__ import annotations

import json
import shutil
from base64 import b64encode
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nomos_desk.sandbox import fault_mix
from nomos_desk.sandbox.app import create_app, routes
from nomos_desk.sandbox.store import Store
from tests.sandbox.bad_input import envelope_problems, valid_write_bodies
from tests.sandbox.builders import add_subscription
from tests.sandbox_fixtures import RO, SyncClient, ValidatingApp

ROUTES = sorted({route.path for route in routes()})
METHODS = ("GET", "POST", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS")
FUZZ = settings(max_examples=12, derandomize=True, database=None, deadline=None,
                suppress_health_check=list(HealthCheck))

HOSTILE_TEXT = [
    "", " ", "0", "-1", "1.5", "1e400", "nan", "-inf", "99999999999999999999999", "5_0",
    "１０", "١٠", "0001-01-01", "9999-12-31", "10000-01-01", "2026-02-30", "1899-12-31",
    "2026-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
    "true", "false", "null", "[]", "{}", "ä.ö", "\u202e", "\x00", "%", "_", "\\", "'", '"',
    "a" * 3000, ",", "active,,ended", "sub_" + "z" * 24, "10115", "auto", "smart",
]
QUERY_KEYS = [
    "limit", "cursor", "start", "end", "resolution", "zip_code", "usage", "meter_type",
    "14a_module_1", "14a_module_2", "is_tax_exempt", "expires", "signature",
    "filter[status][eq]", "filter[status][in]", "filter[created_at][gte]",
    "filter[subscription][eq]", "filter[customer][contains]", "filter[email][ends_with]",
    "filter[status][is_null]", "filter[]", "filter[x][y]", "filter[status]",
]
JSON_SCALARS = (st.none() | st.booleans() | st.integers(-10 ** 30, 10 ** 30)
                | st.floats(allow_nan=False, allow_infinity=False)
                | st.text(max_size=20) | st.sampled_from(HOSTILE_TEXT))
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=12), inner, max_size=4),
                           max_leaves=12)
RAW_BODIES = [b"[" * 5000 + b"]" * 5000, b'{"plan": "\\ud800"}', b"\xff\xfe\x00",
              b'{"value": 1e999}', b"NaN", b'{"a": 1, "a": 2}', b"{" * 40 + b"}" * 40,
              b"grant_type=client_credentials&client_id=%FF", b'"\\udfff"', b"0" * 5000]


# Which kind of object a path's {id} names, by the path's first segment.
KIND_OF = {"plans": "plan", "leads": "lead", "subscriptions": "subscription",
           "customers": "customer", "invoices": "invoice", "meter-orders": "meter_order",
           "grid-fee-reductions": "grid_fee_reduction", "events": "event", "_files": "invoice"}


@pytest.fixture(scope="module")
def fuzz(sandbox_template: Path, tmp_path_factory: pytest.TempPathFactory,
         spec_checker: Any) -> Iterator[dict[str, Any]]:
    """One app for the module (hypothesis reruns a test body many times)."""
    db = tmp_path_factory.mktemp("fuzz") / "sandbox.sqlite3"
    shutil.copyfile(sandbox_template, db)
    violations: list[str] = []
    app = ValidatingApp(create_app(db), spec_checker, violations)
    rw, ro = SyncClient(app), SyncClient(app, client_id=RO)
    store = Store(db)
    ids = {kind: [row["id"] for row in store.query(
        "SELECT data FROM objects WHERE kind = ? LIMIT 3", [kind])]
        for kind in set(KIND_OF.values())}
    sub = add_subscription(store)
    ids["subscription"].append(sub["id"])
    yield {"client": rw, "app": app, "violations": violations, "ids": ids,
           "bodies": valid_write_bodies(ids["plan"][0], sub["id"]),
           "tokens": [rw.token["access_token"], ro.token["access_token"]]}  # type: ignore[index]
    rw.close()
    ro.close()
    assert not violations, "\n".join(violations[:20])


def _mutated(draw: Any, body: Any) -> Any:
    """`body` with one value (at any depth) replaced by a hostile one, or dropped."""
    if not isinstance(body, dict) or not body:
        return draw(JSON_VALUES)
    key = draw(st.sampled_from(sorted(body)))
    out = dict(body)
    choice = draw(st.sampled_from(["deeper", "replace", "replace", "drop", "extra", "keep"]))
    if choice == "deeper":
        out[key] = _mutated(draw, body[key])
    elif choice == "replace":
        out[key] = draw(JSON_VALUES)
    elif choice == "drop":
        del out[key]
    elif choice == "extra":
        out[draw(st.sampled_from(HOSTILE_TEXT))] = draw(JSON_SCALARS)
    return out


def _authorization(draw: Any, tokens: list[str]) -> str | bytes | None:
    auth = draw(st.sampled_from(["rw"] * 5 + ["ro", "none", "junk", "basic", "basic-junk",
                                              "basic-foreign"]))
    if auth in ("rw", "ro"):
        return f"Bearer {tokens[0 if auth == 'rw' else 1]}"
    if auth == "junk":
        return b"Bearer " + draw(st.binary(max_size=30))
    if auth == "basic":
        return "Basic c2FuZGJveC1ydzpzYW5kYm94"  # sandbox-rw:sandbox
    if auth == "basic-junk":
        return b"Basic " + draw(st.binary(max_size=30))
    if auth == "basic-foreign":
        secret = draw(st.sampled_from(["säcret", "sandbox\u00a0", "ä", "\u202e"]))
        return b"Basic " + b64encode(f"sandbox-rw:{secret}".encode())
    return None


def _path(draw: Any, template: str, real: list[str]) -> str:
    path = template
    while "{" in path:
        head, _, rest = path.partition("{")
        value = draw(st.sampled_from(real * 3 + HOSTILE_TEXT)
                     | st.text(st.characters(blacklist_categories=("Cs",)), max_size=30))
        if template.startswith("/_files/"):
            value += draw(st.sampled_from([".pdf", "", ".PDF"]))
        path = head + (quote(value, safe="") or "x") + rest.partition("}")[2]
    return path


@st.composite
def hostile_request(draw: Any, template: str, fuzz: dict[str, Any]) -> dict[str, Any]:
    allowed = sorted(set(next(r.methods or () for r in routes() if r.path == template)))
    method = draw(st.sampled_from(allowed * 6 + list(METHODS)))
    kind = KIND_OF.get(template.strip("/").split("/")[0], "")
    query = draw(st.lists(st.tuples(st.sampled_from(QUERY_KEYS) | st.text(max_size=10),
                                    st.sampled_from(HOSTILE_TEXT) | st.text(max_size=15)),
                          max_size=4))
    headers: dict[str, Any] = {}
    authorization = _authorization(draw, fuzz["tokens"])
    if authorization is not None:
        headers["authorization"] = authorization
    version = draw(st.sampled_from([None] * 6 + ["2026-05-27.curie", "2026-01-29.edison",
                                                 "ä", ""]))
    if version is not None:
        headers["x-api-version"] = version.encode()
    headers["content-type"] = draw(st.sampled_from([
        b"application/json", b"application/json", b"application/x-www-form-urlencoded",
        b"text/plain", b"", "ä".encode()]))
    valid = fuzz["bodies"].get((method, template))
    if valid is not None and draw(st.booleans()):
        body = json.dumps(_mutated(draw, valid)).encode()
    else:
        body = draw(st.sampled_from(RAW_BODIES) | st.binary(max_size=64)
                    | JSON_VALUES.map(lambda v: json.dumps(v).encode()))
    return {"method": method, "url": _path(draw, template, fuzz["ids"].get(kind) or ["x"]),
            "params": query, "headers": headers,
            "content": None if method in ("GET", "HEAD") and draw(st.booleans()) else body}


def _check_answer(fuzz: dict[str, Any], request: dict[str, Any]) -> None:
    app, client = fuzz["app"], fuzz["client"]
    log = app.state.sandbox.request_log
    before = len(log)
    # Straight through httpx: SyncClient.request would add a valid token.
    response = client.loop.run_until_complete(client.http.request(**request))
    path = response.request.url.path
    assert response.status_code < 500, (request, response.status_code, response.text[:300])
    declared = response.headers.get("content-length")
    if request["method"] != "HEAD":
        assert declared is None or int(declared) == len(response.content), "cut-off answer"
        if response.status_code >= 400:
            assert not envelope_problems(response), (request, envelope_problems(response))
    if not path.startswith("/_sandbox/"):
        assert len(log) == before + 1 and log[-1]["status"] == response.status_code
        if response.status_code >= 400 and request["method"] != "HEAD":
            assert log[-1]["request_id"] == response.json()["requestId"]
    if path == "/_sandbox/faults" and request["method"] == "PUT":
        fault_mix.apply(app.state.sandbox.config, fault_mix.PRESETS["off"])


@pytest.mark.parametrize("template", ROUTES)
def test_hostile_requests_get_complete_4xx_envelopes_and_are_logged(fuzz, template):
    @FUZZ
    @given(request=hostile_request(template, fuzz))
    def probe(request: dict[str, Any]) -> None:
        _check_answer(fuzz, request)
    probe()


def test_every_route_of_the_app_is_fuzzed(sandbox_app):
    served = {route.path for route in sandbox_app.app.routes}
    assert served == set(ROUTES) and "/_sandbox/faults" in served
