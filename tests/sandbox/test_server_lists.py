"""Pagination walks and the filter syntax over every list."""

from __future__ import annotations

import base64
import json

import pytest

from nomos_desk.sandbox.resources import LISTS
from nomos_desk.sandbox.store import Store


def _ids_in_order(db, kind, where="1=1", params=()):
    con = Store(db).connect()
    rows = con.execute(f"SELECT id FROM objects WHERE kind = ? AND {where} "
                       "ORDER BY created_at DESC, id DESC", (kind, *params)).fetchall()
    return [r[0] for r in rows]


@pytest.mark.parametrize("limit", [1, 7, 10, 100])
def test_walk_returns_every_subscription_once_newest_first(sandbox_client, sandbox_db, limit):
    items = sandbox_client.walk("/subscriptions", {"limit": limit})
    ids = [i["id"] for i in items]
    assert ids == _ids_in_order(sandbox_db, "subscription")
    assert len(ids) == len(set(ids)) > 0


@pytest.mark.parametrize("path", sorted(LISTS))
def test_walk_every_list(sandbox_client, sandbox_db, path):
    items = sandbox_client.walk(path, {"limit": 25})
    assert [i["id"] for i in items] == _ids_in_order(sandbox_db, LISTS[path].kind)
    assert all(not k.startswith("_") for i in items for k in i)


def test_walk_with_filter(sandbox_client, sandbox_db):
    items = sandbox_client.walk("/subscriptions", {"limit": 3, "filter[status][eq]": "active"})
    expected = _ids_in_order(sandbox_db, "subscription", "json_extract(data,'$.status')=?",
                             ("active",))
    assert [i["id"] for i in items] == expected and expected


def test_default_limit_and_envelope(sandbox_client, sandbox_db):
    page = sandbox_client.get("/subscriptions").json()
    assert page["object"] == "list" and len(page["items"]) == min(10, len(
        _ids_in_order(sandbox_db, "subscription")))
    last = sandbox_client.get("/subscriptions", params={"limit": 100}).json()
    if not last["has_more"]:
        assert last["next_page"] is None


@pytest.mark.parametrize("limit", ["0", "101", "abc", "1.5", "-3"])
def test_bad_limit_is_400(sandbox_client, limit):
    r = sandbox_client.get("/subscriptions", params={"limit": limit})
    assert r.status_code == 400 and r.json()["errors"][0]["field"] == "limit"


def _first_cursor(client, params):
    page = client.get("/subscriptions", params=params).json()
    assert page["has_more"]
    return page["next_page"]


def test_tampered_cursor_is_400(sandbox_client):
    cursor = _first_cursor(sandbox_client, {"limit": 2})
    payload, sig = cursor.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data["i"] = "sub_zzzzzzzzzzzzzzzzzzzzzzzz"
    forged = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    for bad in (f"{forged}.{sig}", cursor[:-2], "garbage"):
        r = sandbox_client.get("/subscriptions", params={"limit": 2, "cursor": bad})
        assert r.status_code == 400 and r.json()["errors"][0]["field"] == "cursor"


def test_cursor_bound_to_params_and_path(sandbox_client):
    cursor = _first_cursor(sandbox_client, {"limit": 2})
    assert sandbox_client.get("/subscriptions", params={"limit": 3, "cursor": cursor}).status_code == 400
    r = sandbox_client.get("/subscriptions", params={"limit": 2, "cursor": cursor,
                                                      "filter[status][eq]": "active"})
    assert r.status_code == 400
    assert sandbox_client.get("/customers", params={"limit": 2, "cursor": cursor}).status_code == 400
    assert sandbox_client.get("/subscriptions", params={"limit": 2, "cursor": cursor}).status_code == 200


def _subs(client, **params):
    return client.walk("/subscriptions", {"limit": 100, **params})


def test_enum_operators(sandbox_client):
    everything = _subs(sandbox_client)
    by_status = {s: [i["id"] for i in everything if i["status"] == s]
                 for s in ("pending", "active", "ended")}
    assert [i["id"] for i in _subs(sandbox_client, **{"filter[status][eq]": "active"})] == by_status["active"]
    ne = [i["id"] for i in _subs(sandbox_client, **{"filter[status][ne]": "active"})]
    assert set(ne) == set(by_status["pending"]) | set(by_status["ended"])
    in_ = [i["id"] for i in _subs(sandbox_client, **{"filter[status][in]": "pending,ended"})]
    assert set(in_) == set(ne)
    assert _subs(sandbox_client, **{"filter[status][is_null]": "true"}) == []
    assert len(_subs(sandbox_client, **{"filter[status][is_null]": "false"})) == len(everything)


@pytest.mark.parametrize("param,value", [
    ("filter[status][eq]", "bogus"), ("filter[status][in]", "active,bogus"),
    ("filter[status][in]", ""), ("filter[status][is_null]", "yes"),
    ("filter[created_at][gte]", "2026-01-01"), ("filter[created_at][gte]", "2026-01-01T00:00:00"),
    ("filter[created_at][lte]", "last tuesday"), ("filter[status]", "active"),
    ("filter[customer][contains]", ""),
])
def test_malformed_filters_are_400_naming_the_parameter(sandbox_client, param, value):
    r = sandbox_client.get("/subscriptions", params={param: value})
    assert r.status_code == 400
    assert r.json()["errors"][0]["field"] == param


@pytest.mark.parametrize("param", ["filter[nickname][eq]", "filter[status][contains]",
                                   "filter[created_at][eq]", "filter[plan][gt]"])
def test_unknown_fields_and_operators_are_ignored(sandbox_client, param):
    everything = _subs(sandbox_client)
    assert _subs(sandbox_client, **{param: "x"}) == everything


def test_string_operators(sandbox_client):
    customers = sandbox_client.walk("/customers", {"limit": 100})
    target = customers[0]
    email = target["email"]
    eq = sandbox_client.walk("/customers", {"filter[email][eq]": email})
    assert [c["id"] for c in eq] == [target["id"]]
    ne = sandbox_client.walk("/customers", {"limit": 100, "filter[email][ne]": email})
    assert len(ne) == len(customers) - 1
    two = [customers[0]["email"], customers[-1]["email"]]
    inn = sandbox_client.walk("/customers", {"filter[email][in]": ",".join(two)})
    assert {c["email"] for c in inn} == set(two)
    local, domain = email.split("@")
    # contains / starts_with / ends_with are case-insensitive.
    for op, value, pred in [
        ("contains", local[1:-1].upper(), lambda e: local[1:-1].casefold() in e.casefold()),
        ("starts_with", email[:4].upper(), lambda e: e.casefold().startswith(email[:4].casefold())),
        ("ends_with", "@" + domain.upper(), lambda e: e.casefold().endswith("@" + domain.casefold())),
    ]:
        got = sandbox_client.walk("/customers", {"limit": 100, f"filter[email][{op}]": value})
        assert {c["id"] for c in got} == {c["id"] for c in customers if pred(c["email"])}
        assert target["id"] in {c["id"] for c in got}


def test_like_wildcards_are_literal(sandbox_client):
    assert sandbox_client.walk("/customers", {"filter[email][contains]": "%"}) == []
    assert sandbox_client.walk("/customers", {"filter[email][starts_with]": "_"}) == []


def test_contains_folds_umlauts(sandbox_client, sandbox_db):
    from tests.sandbox.builders import add_customer
    row = add_customer(Store(sandbox_db), email="jürgen.öztürk@example.org")
    got = sandbox_client.walk("/customers", {"filter[email][contains]": "JÜRGEN.ÖZ"})
    assert [c["id"] for c in got] == [row["id"]]


def test_date_operators(sandbox_client):
    everything = _subs(sandbox_client)
    stamps = sorted({i["created_at"] for i in everything})
    pivot = stamps[len(stamps) // 2]
    gte = _subs(sandbox_client, **{"filter[created_at][gte]": pivot})
    lte = _subs(sandbox_client, **{"filter[created_at][lte]": pivot})
    assert {i["id"] for i in gte} == {i["id"] for i in everything if i["created_at"] >= pivot}
    assert {i["id"] for i in lte} == {i["id"] for i in everything if i["created_at"] <= pivot}
    # The same instant written with an offset selects the same rows.
    from datetime import timedelta, timezone

    from nomos_desk.sandbox.timeutil import parse_iso
    shifted = parse_iso(pivot).astimezone(timezone(timedelta(hours=2))).isoformat()
    assert _subs(sandbox_client, **{"filter[created_at][gte]": shifted}) == gte
    both = _subs(sandbox_client, **{"filter[created_at][gte]": pivot,
                                    "filter[created_at][lte]": pivot})
    assert both and all(i["created_at"] == pivot for i in both)
    assert _subs(sandbox_client, **{"filter[updated_at][is_null]": "true"}) == []


@pytest.mark.parametrize("kind", sorted({s.kind for s in LISTS.values()}))
def test_sql_projection_equals_python_list_item(sandbox_db, kind):
    from nomos_desk.sandbox.resources import list_item, list_projection
    con = Store(sandbox_db).connect()
    rows = con.execute(f"SELECT data, {list_projection(kind)} FROM objects WHERE kind = ?",
                       (kind,)).fetchall()
    assert rows
    for data, projected in rows:
        assert json.loads(projected) == list_item(kind, json.loads(data))
