"""Business rules of the write endpoints, and that writes persist."""

from __future__ import annotations

import pytest

from nomos_desk.sandbox.store import Store
from tests.sandbox.builders import add_plan, add_subscription
from tests.sandbox_fixtures import SyncClient


@pytest.fixture
def store(sandbox_db):
    return Store(sandbox_db)


def error_code(response):
    return response.json()["errors"][0]["code"]


# -- leads ---------------------------------------------------------------------
LEAD = {"plan": None, "address": {"zip": "10115"}, "meter": {"estimated_usage": 2500},
        "customer": {"first_name": "Erika", "last_name": "Mustermann",
                     "email": "erika@example.org"}}


def test_create_lead(sandbox_client, store):
    plan = add_plan(store)
    r = sandbox_client.post("/leads", json={**LEAD, "plan": plan["id"], "metadata": {"a": "b"}})
    assert r.status_code == 200, r.text
    lead = r.json()
    assert lead["id"].startswith("lead_") and lead["object"] == "lead"
    assert lead["link"] == f"https://teststrom.checkout.energy/?id={lead['id']}"
    assert lead["metadata"] == {"a": "b"} and lead["subscription"] is None
    assert sandbox_client.get(f"/leads/{lead['id']}").json() == lead


@pytest.mark.parametrize("patch,field,code", [
    ({"address": {}}, "address.zip", "invalid_type"),
    ({"address": {"zip": "101"}}, "address.zip", "too_small"),
    ({"meter": {"estimated_usage": 50}}, "meter.estimated_usage", "too_small"),
    ({"meter": {"estimated_usage": "lots"}}, "meter.estimated_usage", "invalid_type"),
    ({"customer": {"email": "not-an-email"}}, "customer.email", "invalid_format"),
    ({"surprise": 1}, "body", "unrecognized_keys"),
    ({"metadata": {"n": 1}}, "metadata.n", "invalid_type"),
    ({"change_reason": "whim"}, "change_reason", "invalid_value"),
    ({"intended_start_date": "2026-13-01"}, "intended_start_date", "invalid_format"),
    ({"payment_method": {"sepa_debit": {"iban": "de12"}}}, "payment_method.sepa_debit.iban",
     "invalid_format"),
])
def test_lead_validation_names_the_field(sandbox_client, store, patch, field, code):
    plan = add_plan(store)
    r = sandbox_client.post("/leads", json={**LEAD, "plan": plan["id"], **patch})
    assert r.status_code == 400
    assert {"code": code, "field": field} in [
        {"code": e["code"], "field": e["field"]} for e in r.json()["errors"]]


def test_lead_for_unknown_plan_and_bad_json(sandbox_client):
    assert sandbox_client.post("/leads", json={**LEAD, "plan": "pln_nope"}).status_code == 404
    r = sandbox_client.post("/leads", content=b"{nope", headers={"content-type": "application/json"})
    assert r.status_code == 400


def test_lead_unserviceable_zip(sandbox_client, store):
    plan = add_plan(store)
    r = sandbox_client.post("/leads", json={**LEAD, "plan": plan["id"], "address": {"zip": "ABCDE"}})
    assert r.status_code == 400 and error_code(r) == "unserviceable_zip"


@pytest.fixture
def fixed_day_client(make_sandbox_app):
    """Berlin's date is 16 November 2026 for the lead rules that depend on today."""
    from datetime import UTC, datetime

    from nomos_desk.sandbox.config import SandboxConfig
    app = make_sandbox_app(SandboxConfig(clock=lambda: datetime(2026, 11, 16, 10, tzinfo=UTC)))
    client = SyncClient(app)
    yield client, app.state.sandbox.store
    client.close()


@pytest.mark.parametrize("kind,patch,field", [
    ("consumption", {"intended_start_date": "2026-11-16"}, "intended_start_date"),  # today
    ("consumption", {"next_possible_start": False}, "intended_start_date"),  # no date given
    ("feed_in", {"meter": {"estimated_usage": 4000, "type": "analog"}}, "meter.type"),
    ("feed_in", {"meter": {"estimated_usage": 4000}}, "meter.type"),  # analog by default
    ("feed_in", {"intended_start_date": "2026-12-01"}, "intended_start_date"),  # < a month
    ("feed_in", {"intended_start_date": "2027-01-02"}, "intended_start_date"),  # not the 1st
    ("feed_in", {"previous_supplier": "mp_1"}, "previous_supplier"),
])
def test_lead_rules_of_the_spec_descriptions(fixed_day_client, kind, patch, field):
    client, store = fixed_day_client
    plan = add_plan(store, type=kind)
    body = {**LEAD, "plan": plan["id"]}
    if kind == "feed_in":
        body["meter"] = {"estimated_usage": 4000, "type": "smart"}
    r = client.post("/leads", json={**body, **patch})
    assert r.status_code == 400, r.text
    assert [e["field"] for e in r.json()["errors"]] == [field]


@pytest.mark.parametrize("kind,start", [("consumption", "2026-11-17"), ("feed_in", "2027-01-01")])
def test_lead_starts_the_rules_allow(fixed_day_client, kind, start):
    client, store = fixed_day_client
    plan = add_plan(store, type=kind)
    r = client.post("/leads", json={**LEAD, "plan": plan["id"], "next_possible_start": False,
                                    "intended_start_date": start,
                                    "meter": {"estimated_usage": 4000, "type": "smart"}})
    assert r.status_code == 200, r.text


# -- meter orders ----------------------------------------------------------------
def test_meter_order_created_then_conflict(sandbox_client, store):
    sub = add_subscription(store)
    r = sandbox_client.post("/meter-orders", json={"subscription": sub["id"]})
    assert r.status_code == 200, r.text
    order = r.json()
    assert order["status"] == "created" and order["customer"] == sub["customer"]
    for name in ("installed_at", "activated_at", "cancelled_at", "cancelled_reason",
                 "blocked_at", "blocked_reason", "appointment_at"):
        assert order[name] is None
    assert sandbox_client.get(f"/meter-orders/{order['id']}").json() == order
    again = sandbox_client.post("/meter-orders", json={"subscription": sub["id"]})
    assert again.status_code == 409 and error_code(again) == "duplicate_meter_order"
    events = sandbox_client.walk("/meter-orders", {"filter[subscription][eq]": sub["id"]})
    assert [e["id"] for e in events] == [order["id"]]


def test_cancelled_order_still_blocks_a_second(sandbox_client, store):
    sub = add_subscription(store)
    order = sandbox_client.post("/meter-orders", json={"subscription": sub["id"]}).json()
    row = store.get("meter_order", order["id"])
    store.replace({**row, "status": "cancelled", "cancelled_reason": "customer_request"})
    r = sandbox_client.post("/meter-orders", json={"subscription": sub["id"]})
    assert r.status_code == 409 and error_code(r) == "duplicate_meter_order"


def test_meter_order_rules(sandbox_client, store):
    assert sandbox_client.post("/meter-orders", json={"subscription": "sub_nope"}).status_code == 404
    no_product = add_subscription(store, plan=add_plan(store, smart_meter=False))
    r = sandbox_client.post("/meter-orders", json={"subscription": no_product["id"]})
    assert r.status_code == 400 and error_code(r) == "unsupported_product"
    feed_in = add_subscription(store, type="feed_in", meter_type="smart")
    r = sandbox_client.post("/meter-orders", json={"subscription": feed_in["id"]})
    assert r.status_code == 400 and error_code(r) == "unsupported_meter_order"
    ended = add_subscription(store, status="ended")
    r = sandbox_client.post("/meter-orders", json={"subscription": ended["id"]})
    assert r.status_code == 400 and error_code(r) == "ended_subscription"
    r = sandbox_client.post("/meter-orders", json={"subscription": 42})
    assert r.status_code == 400 and error_code(r) == "invalid_type"


def test_meter_order_emits_event(sandbox_client, store):
    sub = add_subscription(store)
    order = sandbox_client.post("/meter-orders", json={"subscription": sub["id"]}).json()
    rows = store.query("SELECT data FROM objects WHERE kind='event' AND "
                       "json_extract(data,'$.context.meter_order')=?", [order["id"]])
    assert len(rows) == 1
    event = sandbox_client.get(f"/events/{rows[0]['id']}").json()
    assert event["topic"] == "meter_order.created"
    assert event["context"] == {"meter_order": order["id"], "subscription": sub["id"]}


# -- meter readings ----------------------------------------------------------------
def reading(sub, value, ts="2025-06-01T10:00:00Z", **extra):
    return {"subscription": sub["id"], "value": value, "timestamp": ts, **extra}


def test_meter_reading_accepted_at_berlin_midnight(sandbox_client, store):
    sub = add_subscription(store, estimated_usage=3650)
    r = sandbox_client.post("/meter-readings", json=reading(sub, 1000, "2025-06-01T23:30:00+02:00",
                                                           message="Keller"))
    assert r.status_code == 200, r.text
    body = r.json()
    # 23:30 CEST on 1 June is still 1 June in Berlin: midnight is 31 May 22:00 UTC.
    assert body["timestamp"].startswith("2025-05-31T22:00:00")
    assert body["type"] == "customer_report" and body["meter"] == sub["meter"]["id"]
    listed = sandbox_client.walk("/meter-readings", {"filter[subscription][eq]": sub["id"]})
    assert [x["id"] for x in listed] == [body["id"]]


def test_meter_reading_plausibility(sandbox_client, store):
    sub = add_subscription(store, estimated_usage=3650)  # 10 kWh a day
    assert sandbox_client.post("/meter-readings", json=reading(sub, 1000, "2025-06-01T12:00:00Z")).status_code == 200
    lower = sandbox_client.post("/meter-readings", json=reading(sub, 900, "2025-07-01T12:00:00Z"))
    assert lower.status_code == 422 and error_code(lower) == "implausible_meter_reading"
    assert lower.json()["code"] == "UNPROCESSABLE_ENTITY"
    # 30 days at 10 kWh/day: 5x plus margin is 2000 kWh; 5000 is not believable.
    huge = sandbox_client.post("/meter-readings", json=reading(sub, 6000, "2025-07-01T12:00:00Z"))
    assert huge.status_code == 422 and error_code(huge) == "implausible_meter_reading"
    fine = sandbox_client.post("/meter-readings", json=reading(sub, 1300, "2025-07-01T12:00:00Z"))
    assert fine.status_code == 200
    between = sandbox_client.post("/meter-readings", json=reading(sub, 1400, "2025-06-15T12:00:00Z"))
    assert between.status_code == 422
    dup = sandbox_client.post("/meter-readings", json=reading(sub, 1300, "2025-07-01T18:00:00Z"))
    assert dup.status_code == 409 and error_code(dup) == "duplicate_meter_reading"


def test_meter_reading_rules(sandbox_client, store):
    smart = add_subscription(store, meter_type="smart")
    r = sandbox_client.post("/meter-readings", json=reading(smart, 10))
    assert r.status_code == 400 and error_code(r) == "unsupported_meter_reading"
    ended = add_subscription(store, status="ended")
    r = sandbox_client.post("/meter-readings", json=reading(ended, 10))
    assert r.status_code == 400 and error_code(r) == "ended_subscription"
    sub = add_subscription(store, start_at="2025-03-01T00:00:00Z")
    r = sandbox_client.post("/meter-readings", json=reading(sub, 10, "2025-01-01T12:00:00Z"))
    assert r.status_code == 400 and error_code(r) == "out_of_period_meter_reading"
    r = sandbox_client.post("/meter-readings", json=reading(sub, 10, "2099-01-01T12:00:00Z"))
    assert r.status_code == 400 and error_code(r) == "out_of_period_meter_reading"
    for bad, code in [(0, "too_small"), (-1, "too_small"), ("7", "invalid_type")]:
        r = sandbox_client.post("/meter-readings", json=reading(sub, bad))
        assert r.status_code == 400 and error_code(r) == code
    r = sandbox_client.post("/meter-readings", json=reading(sub, 5, "2025-06-01 10:00"))
    assert r.status_code == 400 and error_code(r) == "invalid_format"
    r = sandbox_client.post("/meter-readings", json=reading(sub, 5, message="x" * 501))
    assert r.status_code == 400 and error_code(r) == "too_big"
    assert sandbox_client.post("/meter-readings", json={**reading(sub, 5), "subscription": "sub_x"}).status_code == 404


# -- grid fee reductions -------------------------------------------------------------
def gfr(client, sub, module):
    return client.post("/grid-fee-reductions",
                       json={"subscription": sub["id"], "type": f"enwg-14a-module-{module}"})


def test_grid_fee_reduction_status_follows_subscription(sandbox_client, store):
    active, pending = add_subscription(store), add_subscription(store, status="pending")
    a = gfr(sandbox_client, active, 1)
    p = gfr(sandbox_client, pending, 1)
    assert a.status_code == p.status_code == 200
    assert a.json()["status"] == "ordered" and p.json()["status"] == "intended"
    assert a.json()["valid_from"] is None
    assert sandbox_client.get(f"/grid-fee-reductions/{a.json()['id']}").json() == a.json()


def test_grid_fee_reduction_duplicates_and_modules(sandbox_client, store):
    sub = add_subscription(store, meter_type="analog")
    three = gfr(sandbox_client, sub, 3)
    assert three.status_code == 400 and error_code(three) == "missing_module_1"
    assert gfr(sandbox_client, sub, 1).status_code == 200
    dup = gfr(sandbox_client, sub, 1)
    assert dup.status_code == 409 and error_code(dup) == "duplicate_grid_reduction"
    clash = gfr(sandbox_client, sub, 2)
    assert clash.status_code == 409 and error_code(clash) == "duplicate_grid_reduction"
    no_meter = gfr(sandbox_client, sub, 3)
    assert no_meter.status_code == 400 and error_code(no_meter) == "missing_smart_meter"
    assert sandbox_client.post("/meter-orders", json={"subscription": sub["id"]}).status_code == 200
    assert gfr(sandbox_client, sub, 3).status_code == 200


def test_grid_fee_reduction_reorder_after_rejection(sandbox_client, store):
    sub = add_subscription(store)
    first = gfr(sandbox_client, sub, 2).json()
    store.replace({**store.get("grid_fee_reduction", first["id"]), "status": "rejected"})
    assert gfr(sandbox_client, sub, 2).status_code == 200


def test_grid_fee_reduction_rules(sandbox_client, store):
    feed_in = add_subscription(store, type="feed_in", meter_type="smart")
    assert gfr(sandbox_client, feed_in, 1).status_code == 400
    ended = add_subscription(store, status="ended")
    r = gfr(sandbox_client, ended, 1)
    assert r.status_code == 400 and error_code(r) == "ended_subscription"
    r = sandbox_client.post("/grid-fee-reductions", json={"subscription": ended["id"], "type": "x"})
    assert r.status_code == 400 and error_code(r) == "invalid_value"
    assert gfr(sandbox_client, {"id": "sub_nope"}, 1).status_code == 404


# -- persistence ----------------------------------------------------------------------
def test_writes_survive_restart(make_sandbox_app, sandbox_db, store):
    sub = add_subscription(store)
    plan = add_plan(store)
    first = SyncClient(make_sandbox_app())
    order = first.post("/meter-orders", json={"subscription": sub["id"]}).json()
    lead = first.post("/leads", json={**LEAD, "plan": plan["id"]}).json()
    read = first.post("/meter-readings", json=reading(sub, 10)).json()
    first.close()
    second = SyncClient(make_sandbox_app(db=sandbox_db))
    assert second.get(f"/meter-orders/{order['id']}").json() == order
    assert second.get(f"/leads/{lead['id']}").json() == lead
    assert read["id"] in {r["id"] for r in second.walk("/meter-readings", {"limit": 100})}
    second.close()
