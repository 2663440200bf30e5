"""The index against the sandbox through the real API client: what Nomos has, the index has."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx

from nomos_desk.api import NomosClient
from nomos_desk.index.service import IndexService
from nomos_desk.index.source import ApiSource
from nomos_desk.index.sync import Syncer
from nomos_desk.sandbox.store import Store


def client_for(app) -> NomosClient:
    return NomosClient(base_url="http://127.0.0.1:9", client_id="sandbox-rw",
                       secret_provider=lambda: "sandbox", transport=httpx.ASGITransport(app=app))


def expected(sandbox_client):
    """The sandbox's data read independently of the app's client: raw JSON over HTTP."""
    customers = {c["id"]: c for c in sandbox_client.walk("/customers", {"limit": 100})}
    subs = {}
    for item in sandbox_client.walk("/subscriptions", {"limit": 100}):
        subs[item["id"]] = sandbox_client.get(f"/subscriptions/{item['id']}").json()
    plans = {p["id"]: p["name"] for p in sandbox_client.walk("/plans", {"limit": 100})}
    return customers, subs, plans


def test_full_sync_equals_sandbox(sandbox_app, sandbox_client, tmp_path):
    customers, subs, plans = expected(sandbox_client)
    assert len(customers) >= 50 and len(subs) >= 50
    assert any(s.get("terminated_at") for s in subs.values()), "no terminated contract to check"

    async def scenario():
        async with client_for(sandbox_app) as client:
            index = IndexService(tmp_path / "index.sqlite3")
            result = await Syncer(index, ApiSource(client)).run()
            counts = await index.counts()
            rows = await index.read(lambda s: (
                {c: s.customer(c) for c in customers}, {x: s.subscription(x) for x in subs},
                {p: s.plan_name(p) for p in plans}))
            index.close()
            return result, counts, rows

    result, counts, (got_c, got_s, got_p) = asyncio.run(scenario())
    assert (result.customers, result.subscriptions) == (len(customers), len(subs))
    assert counts["customers"] == len(customers) and counts["subscriptions"] == len(subs)
    assert counts["plans"] == len(plans) and got_p == plans
    for cid, c in customers.items():
        r = got_c[cid]
        assert (r.type, r.first_name, r.last_name, r.email, r.vat_id) == (
            c.get("type", "person"), c["first_name"], c["last_name"], c["email"], c.get("vat_id"))
        assert r.company_name == c.get("company_name")
    for sid, s in subs.items():
        r = got_s[sid]
        assert (r.customer_id, r.number, r.status, r.plan_id, r.type) == (
            s["customer"]["id"], s["number"], s["status"], s["plan"], s["type"])
        assert (r.terminated_at, r.end_at) == (s.get("terminated_at"), s.get("end_at"))
        assert (r.street, r.house_number, r.zip, r.city) == tuple(
            s["address"][k] for k in ("street", "house_number", "zip", "city"))
        assert (r.meter_number, r.meter_type, r.malo, r.melo) == tuple(
            s["meter"].get(k) for k in ("number", "type", "malo", "melo"))


def test_incremental_sync_picks_up_a_changed_subscription(sandbox_app, sandbox_db, tmp_path):
    store = Store(sandbox_db)

    async def scenario():
        async with client_for(sandbox_app) as client:
            index = IndexService(tmp_path / "index.sqlite3")
            syncer = Syncer(index, ApiSource(client))
            await syncer.run()
            # Someone at Nomos changes a subscription: it ends and gets a new meter.
            row = store.query("SELECT data FROM objects WHERE kind = 'subscription' "
                              "AND json_extract(data, '$.status') = 'active' LIMIT 1")[0]
            newest = max(r["updated_at"] for r in store.query(
                "SELECT data FROM objects WHERE kind = 'subscription'"))
            later = (datetime.fromisoformat(newest.replace("Z", "+00:00"))
                     + timedelta(days=1)).astimezone(UTC)
            row["status"] = "ended"
            row["updated_at"] = later.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            # The store keeps the meter inline (older layouts kept it under "_sandbox").
            meter = row["meter"] if isinstance(row.get("meter"), dict) else row["_sandbox"]["meter"]
            meter["number"] = "9ZZZ4242424242"
            store.replace(row)
            before = len(sandbox_app.state.sandbox.request_log)
            second = await syncer.run()
            log = sandbox_app.state.sandbox.request_log[before:]
            hit = await index.search("9ZZZ4242424242")
            by_status = await index.read(lambda s: s.subscription(row["id"]))
            index.close()
            return row, second, log, hit, by_status

    row, second, log, hits, record = asyncio.run(scenario())
    assert (second.full, second.customers, second.subscriptions) == (False, 0, 1)
    assert record.status == "ended"
    # The list was asked for changes only, and only the changed detail was fetched.
    sub_lists = [r for r in log if r["path"] == "/subscriptions"]
    assert sub_lists and all("updated_at" in str(r.get("query")) for r in sub_lists)
    details = [r["path"] for r in log if r["path"].startswith("/subscriptions/")]
    assert f"/subscriptions/{row['id']}" in details and len(details) <= 2
    assert [h.subscription_id for h in hits] == [row["id"]]
    store.close()


def test_a_restart_without_changes_fetches_and_reports_nothing(sandbox_app, tmp_path):
    async def scenario():
        async with client_for(sandbox_app) as client:
            index = IndexService(tmp_path / "index.sqlite3")
            await Syncer(index, ApiSource(client)).run()
            index.close()
            index = IndexService(tmp_path / "index.sqlite3")
            before = len(sandbox_app.state.sandbox.request_log)
            again = await Syncer(index, ApiSource(client)).run()
            index.close()
            return again, sandbox_app.state.sandbox.request_log[before:]

    again, log = asyncio.run(scenario())
    assert (again.full, again.customers, again.subscriptions, again.details) == (False, 0, 0, 0)
    assert not [r for r in log if r["path"].startswith("/subscriptions/")]
