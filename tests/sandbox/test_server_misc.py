"""Routing, versions, the thread server, the console script, number/boolean filters."""

from __future__ import annotations

import sqlite3

import httpx
import pytest

from nomos_desk.sandbox import cli
from nomos_desk.sandbox.app import SandboxConfig
from nomos_desk.sandbox.errors import ApiError
from nomos_desk.sandbox.filters import Field, where
from nomos_desk.sandbox.server import serve_in_thread
from tests.sandbox_fixtures import SyncClient


def test_unknown_path_and_wrong_method(sandbox_client):
    r = sandbox_client.get("/nothing-here")
    assert r.status_code == 404 and r.json()["code"] == "NOT_FOUND"
    r = sandbox_client.request("DELETE", "/plans")
    assert r.status_code == 405 and r.json()["code"] == "METHOD_NOT_ALLOWED"
    r = sandbox_client.request("PUT", "/subscriptions/sub_x")
    assert r.status_code == 405
    assert sandbox_client.get("/plans/").status_code == 404  # no slash redirects


def test_version_echo_on_every_kind_of_answer(sandbox_client):
    for r in (sandbox_client.get("/plans"), sandbox_client.get("/nope"),
              sandbox_client.get("/plans", headers={"X-API-Version": "2026-05-27.curie"}),
              sandbox_client.get("/health")):
        assert r.headers["x-api-version"] == "2026-05-27.curie"


def test_consumption_points_at_usage(sandbox_client):
    sub = sandbox_client.get("/subscriptions", params={"limit": 1}).json()["items"][0]
    r = sandbox_client.get(f"/subscriptions/{sub['id']}/consumption")
    assert r.status_code == 404 and f"/subscriptions/{sub['id']}/usage" in r.json()["message"]
    r = sandbox_client.get(f"/subscriptions/{sub['id']}/invoices")
    assert r.status_code == 404
    assert f"/invoices?filter[subscription][eq]={sub['id']}" in r.json()["message"]
    assert "/market-partners" in sandbox_client.get("/suppliers").json()["message"]


def test_subscription_list_has_ids_and_detail_embeds(sandbox_client):
    item = sandbox_client.get("/subscriptions", params={"limit": 1}).json()["items"][0]
    for name in ("customer", "address", "meter", "payment_method", "billing_address"):
        assert isinstance(item[name], str), name
    detail = sandbox_client.get(f"/subscriptions/{item['id']}").json()
    assert detail["customer"]["id"] == item["customer"]
    assert detail["customer"]["object"] == "customer"
    assert detail["meter"]["id"] == item["meter"] and detail["address"]["object"] == "address"


def test_unhandled_error_is_500_envelope(sandbox_app, sandbox_client, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("boom")
    monkeypatch.setattr(sandbox_app.state.sandbox.store, "connect", boom)
    r = sandbox_client.get("/plans")
    assert r.status_code == 500 and r.json()["code"] == "INTERNAL_SERVER_ERROR"
    assert r.headers["x-api-version"] == "2026-05-27.curie"
    assert sandbox_app.state.sandbox.request_log[-1]["status"] == 500


def test_serve_in_thread_over_loopback(sandbox_server):
    with httpx.Client(base_url=sandbox_server.base_url) as http:
        assert http.get("/health").json() == {"status": "ok"}
        token = http.post("/oauth/token", auth=("sandbox-ro", "sandbox"),
                          data={"grant_type": "client_credentials"}).json()
        r = http.get("/subscriptions", headers={"Authorization": f"Bearer {token['access_token']}"})
        assert r.status_code == 200 and r.json()["object"] == "list"
    assert sandbox_server.base_url.startswith("http://127.0.0.1:")
    assert [x["path"] for x in sandbox_server.app.state.sandbox.request_log][-1] == "/subscriptions"


def test_serve_in_thread_from_a_db_path_and_stop(sandbox_db):
    with serve_in_thread(sandbox_db) as handle:
        assert httpx.get(handle.base_url + "/health").status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(handle.base_url + "/health", timeout=2)


def test_cli_arguments():
    args = cli.parse_args(["--port", "0", "--fault-rate", "0.25", "--rate-limit", "5",
                           "--latency-ms", "20", "--jitter-ms", "5", "--token-ttl", "60"])
    assert (args.port, args.fault_rate, args.rate_limit, args.token_ttl) == (0, 0.25, 5, 60)
    with pytest.raises(SystemExit):
        cli.parse_args(["--fault-rate", "2"])


def test_cli_keeps_an_existing_db(sandbox_db):
    assert cli.ensure_db(sandbox_db, seed=1, customers=5) is False


def test_cli_serves(monkeypatch, sandbox_db):
    seen = {}

    def fake_run(app, host, port, **kwargs):
        seen.update(app=app, host=host, port=port)
    monkeypatch.setattr("uvicorn.run", fake_run)
    assert cli.main(["--db", str(sandbox_db), "--port", "9999", "--fault-rate", "0.5"]) == 0
    assert seen["host"] == "127.0.0.1" and seen["port"] == 9999
    assert seen["app"].state.sandbox.config.fault_rate == 0.5


# -- number and boolean operators (no curie list filters on such fields yet) -------------
@pytest.fixture
def numbers_db(tmp_path):
    from nomos_desk.sandbox.store import Store
    store = Store(tmp_path / "n.sqlite3")
    for i, (n, b) in enumerate([(1, True), (2.5, False), (10, True), (None, None)]):
        store.insert("thing", {"id": f"t{i}", "created_at": f"2025-01-0{i + 1}T00:00:00Z",
                               "n": n, "b": b})
    return store


def _ids(store, query, fields):
    clauses, params = where(query, fields)
    sql = "SELECT data FROM objects WHERE kind='thing'" + "".join(f" AND {c}" for c in clauses)
    return sorted(o["id"] for o in store.query(sql + " ORDER BY id", params))


@pytest.mark.parametrize("op,value,expected", [
    ("eq", "2.5", ["t1"]), ("ne", "1", ["t1", "t2"]), ("gt", "2.5", ["t2"]),
    ("gte", "2.5", ["t1", "t2"]), ("lt", "2.5", ["t0"]), ("lte", "2.5", ["t0", "t1"]),
    ("in", "1,10", ["t0", "t2"]), ("is_null", "true", ["t3"]),
])
def test_number_operators(numbers_db, op, value, expected):
    assert _ids(numbers_db, [(f"filter[n][{op}]", value)], {"n": Field("number")}) == expected


def test_boolean_operators_and_malformed_values(numbers_db):
    fields = {"n": Field("number"), "b": Field("boolean")}
    assert _ids(numbers_db, [("filter[b][eq]", "true")], fields) == ["t0", "t2"]
    assert _ids(numbers_db, [("filter[b][is_null]", "false")], fields) == ["t0", "t1", "t2"]
    assert _ids(numbers_db, [("filter[b][gt]", "true")], fields) == ["t0", "t1", "t2", "t3"]
    for query in ([("filter[n][gt]", "ten")], [("filter[b][eq]", "yes")],
                  [("filter[n][in]", "1,,2")], [("filter[n][eq]", "nan")]):
        with pytest.raises(ApiError) as info:
            where(query, fields)
        assert info.value.status == 400 and info.value.errors[0].field == query[0][0]


def test_cursor_secret_is_per_database(sandbox_db, tmp_path):
    from nomos_desk.sandbox.pagination import cursor_secret
    from nomos_desk.sandbox.store import Store
    a = cursor_secret(Store(sandbox_db))
    assert a == cursor_secret(Store(sandbox_db))
    assert a != cursor_secret(Store(tmp_path / "other.sqlite3"))
    assert sqlite3.connect(sandbox_db).execute(
        "SELECT COUNT(*) FROM meta WHERE key='cursor_secret'").fetchone()[0] == 1


def test_invoice_file_redirects_to_expiring_signed_url(make_sandbox_app, sandbox_db, monkeypatch):
    from datetime import UTC, datetime, timedelta

    from nomos_desk.sandbox.store import Store
    now = [datetime(2026, 6, 1, tzinfo=UTC)]
    app = make_sandbox_app(SandboxConfig(clock=lambda: now[0]))
    monkeypatch.setattr(app.state.sandbox.data, "invoice_pdf", lambda inv: b"%PDF-1.4 " + inv["id"].encode())
    client = SyncClient(app)
    invoice = Store(sandbox_db).query("SELECT data FROM objects WHERE kind='invoice' LIMIT 1")[0]
    assert client.get("/invoices/inv_nope/file").status_code == 404
    r = client.get(f"/invoices/{invoice['id']}/file")
    assert r.status_code == 302
    location = r.headers["location"]
    assert location.startswith("http://sandbox.test/_files/invoices/")
    pdf = client.get(location, headers={"Authorization": ""})  # the link itself is the credential
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content == b"%PDF-1.4 " + invoice["id"].encode()
    other = Store(sandbox_db).query("SELECT data FROM objects WHERE kind='invoice' AND id != ? "
                                    "LIMIT 1", [invoice["id"]])[0]
    swapped = location.replace(invoice["id"], other["id"])
    for bad in (swapped, location.replace("signature=", "signature=ab"),
                location.replace("expires=", "expires=9")):
        r = client.get(bad)
        assert r.status_code == 403 and r.json()["code"] == "FORBIDDEN"
    now[0] += timedelta(minutes=59)
    assert client.get(location).status_code == 200
    now[0] += timedelta(minutes=1)
    assert client.get(location).status_code == 403
    client.close()


def test_cli_generates_a_missing_or_empty_db(tmp_path):
    from nomos_desk.sandbox.store import Store
    path = tmp_path / "new" / "sandbox.sqlite3"
    assert cli.ensure_db(path, seed=2, customers=4) is True
    assert Store(path).count("customer") == 4
    empty = tmp_path / "empty.sqlite3"
    Store(empty).close()
    assert cli.ensure_db(empty, seed=2, customers=3) is True
    assert Store(empty).count("customer") == 3


def test_concurrent_orders_over_loopback_yield_exactly_one(sandbox_server, sandbox_db):
    from concurrent.futures import ThreadPoolExecutor

    from nomos_desk.sandbox.store import Store
    from tests.sandbox.builders import add_subscription
    sub = add_subscription(Store(sandbox_db))
    with httpx.Client(base_url=sandbox_server.base_url) as http:
        token = http.post("/oauth/token", auth=("sandbox-rw", "sandbox"),
                          data={"grant_type": "client_credentials"}).json()["access_token"]

    def order(_):
        with httpx.Client(base_url=sandbox_server.base_url) as http:
            return http.post("/meter-orders", json={"subscription": sub["id"]},
                             headers={"Authorization": f"Bearer {token}"}).status_code

    with ThreadPoolExecutor(8) as pool:
        statuses = sorted(pool.map(order, range(8)))
    assert statuses == [200] + [409] * 7


def test_supplier_given_by_id_is_embedded_as_supplier(sandbox_client, sandbox_db):
    from nomos_desk.sandbox.store import Store
    from tests.sandbox.builders import add_subscription
    store = Store(sandbox_db)
    partner = store.query("SELECT data FROM objects WHERE kind='market_partner' LIMIT 1")[0]
    sub = add_subscription(store)
    store.replace({**sub, "supplier": partner["id"]})
    listed = sandbox_client.walk("/subscriptions", {"limit": 100,
                                                     "filter[customer][eq]": sub["customer"]})
    assert listed[0]["supplier"] == partner["id"]
    detail = sandbox_client.get(f"/subscriptions/{sub['id']}").json()
    assert detail["supplier"] == {"object": "supplier", "id": partner["id"], "name": partner["name"],
                                  "country": partner["country"], "created_at": partner["created_at"]}
