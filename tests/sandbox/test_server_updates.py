"""PATCH customers/subscriptions and termination: rules, dates, persistence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from nomos_desk.sandbox.app import SandboxConfig
from nomos_desk.sandbox.store import Store
from nomos_desk.sandbox.timeutil import iso, parse_iso
from tests.sandbox.builders import add_customer, add_subscription
from tests.sandbox_fixtures import RO, SyncClient

NOW = datetime(2026, 6, 10, 9, 30, tzinfo=UTC)  # a Wednesday, CEST


@pytest.fixture
def store(sandbox_db):
    return Store(sandbox_db)


@pytest.fixture
def client(make_sandbox_app):
    c = SyncClient(make_sandbox_app(SandboxConfig(clock=lambda: NOW)))
    yield c
    c.close()


def code_of(r):
    return r.json()["errors"][0]["code"]


def test_update_customer_names(client, store):
    customer = add_customer(store)
    r = client.request("PATCH", f"/customers/{customer['id']}", json={"last_name": "Schmidt"})
    assert r.status_code == 200 and r.json()["last_name"] == "Schmidt"
    assert r.json()["first_name"] == customer["first_name"]
    assert client.get(f"/customers/{customer['id']}").json()["last_name"] == "Schmidt"
    for body, code in (({"last_name": ""}, "too_small"), ({"email": "x@y.de"}, "unrecognized_keys"),
                       ({"company_name": "ACME"}, "custom")):
        r = client.request("PATCH", f"/customers/{customer['id']}", json=body)
        assert r.status_code == 400 and code_of(r) == code
    assert client.request("PATCH", "/customers/cus_nope", json={}).status_code == 404


def test_update_writes_need_write_scope(make_sandbox_app, store):
    sub = add_subscription(store)
    ro = SyncClient(make_sandbox_app(), client_id=RO)
    assert ro.request("PATCH", f"/customers/{sub['customer']}", json={}).status_code == 403
    assert ro.request("PATCH", f"/subscriptions/{sub['id']}", json={}).status_code == 403
    assert ro.post(f"/subscriptions/{sub['id']}/terminate", json={"reason": "ORDINARY"}).status_code == 403
    ro.close()


ADDRESS = {"street": "Lindenstraße", "house_number": "7a", "zip": "80331", "city": "München"}


def test_billing_address_is_mutated_in_place_for_all_sharing_subscriptions(client, store):
    first = add_subscription(store)
    second = add_subscription(store)
    # A second subscription of the same customer billed to the same address row.
    second = {**second, "customer": first["customer"], "billing_address": first["billing_address"]}
    store.replace(second)
    r = client.request("PATCH", f"/subscriptions/{first['id']}", json={"billing_address": ADDRESS})
    assert r.status_code == 200, r.text
    detail = r.json()
    assert detail["billing_address"]["id"] == first["billing_address"]["id"]
    assert detail["billing_address"]["city"] == "München"
    assert detail["updated_at"] == iso(NOW)
    # Builders bill to the delivery address, so both change, here and in the sibling.
    assert detail["address"]["zip"] == "80331"
    other = client.get(f"/subscriptions/{second['id']}").json()
    assert other["billing_address"]["street"] == "Lindenstraße"


def test_payment_method_and_metadata_merge(client, store):
    sub = add_subscription(store)
    store.replace({**sub, "metadata": {"keep": "1", "drop": "2"}})
    r = client.request("PATCH", f"/subscriptions/{sub['id']}", json={
        "payment_method": {"type": "sepa_debit",
                           "sepa_debit": {"iban": "DE02120300000000202051", "account_holder": "Max"}},
        "metadata": {"drop": None, "new": 3}, "status": "ended"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["payment_method"]["id"] != sub["payment_method"]["id"]
    assert body["payment_method"]["sepa_debit"]["account_holder"] == "Max"
    # The spec's PaymentMethod carries the IBAN "partially masked for security".
    assert body["payment_method"]["sepa_debit"]["iban"] == "DE************2051"
    again = client.get(f"/subscriptions/{sub['id']}").json()["payment_method"]
    assert again["sepa_debit"]["iban"] == "DE************2051"
    assert body["metadata"] == {"keep": "1", "new": 3}
    assert body["status"] == sub["status"]  # not allow-listed: ignored
    cleared = client.request("PATCH", f"/subscriptions/{sub['id']}", json={"metadata": None})
    assert cleared.json()["metadata"] is None


@pytest.mark.parametrize("body,field", [
    ({"billing_address": {**ADDRESS, "zip": "8033"}}, "billing_address.zip"),
    ({"billing_address": {**ADDRESS, "city": "Berlin 1"}}, "billing_address.city"),
    ({"billing_address": {"street": "X"}}, "billing_address.street"),
    ({"payment_method": {"type": "sepa_debit", "sepa_debit": {"iban": "nope", "account_holder": "A"}}},
     "payment_method.sepa_debit.iban"),
])
def test_update_subscription_validation(client, store, body, field):
    sub = add_subscription(store)
    r = client.request("PATCH", f"/subscriptions/{sub['id']}", json=body)
    assert r.status_code == 400 and field in {e["field"] for e in r.json()["errors"]}


def terminate(client, sub, **body):
    return client.post(f"/subscriptions/{sub['id']}/terminate", json=body)


def test_ordinary_termination_default_and_explicit_dates(client, store):
    sub = add_subscription(store)
    r = terminate(client, sub, reason="ORDINARY")
    assert r.status_code == 200, r.text
    end = parse_iso(r.json()["intended_end_at"])
    # 30 days after 10 June, exclusive Berlin midnight (22:00 UTC in summer).
    assert end == datetime(2026, 7, 9, 22, tzinfo=UTC)
    stored = client.get(f"/subscriptions/{sub['id']}").json()
    assert stored["terminated_at"] == iso(NOW) and parse_iso(stored["end_at"]) == end
    again = terminate(client, sub, reason="ORDINARY")
    assert again.status_code == 409 and code_of(again) == "invalid_termination_date"
    events = store.query("SELECT data FROM objects WHERE kind='event' AND "
                         "json_extract(data,'$.topic')='subscription.terminated' AND "
                         "json_extract(data,'$.context.subscription')=?", [sub["id"]])
    assert len(events) == 1
    early = add_subscription(store)
    r = terminate(client, early, reason="ORDINARY", intended_end_at="2026-06-20T00:00:00+02:00")
    assert r.status_code == 409 and code_of(r) == "invalid_termination_date"
    later = terminate(client, early, reason="ORDINARY", intended_end_at="2026-09-01T00:00:00+02:00")
    assert later.status_code == 200
    assert parse_iso(later.json()["intended_end_at"]) == datetime(2026, 8, 31, 22, tzinfo=UTC)


def test_move_out_needs_a_date_with_grid_notice(client, store):
    sub = add_subscription(store)
    r = terminate(client, sub, reason="MOVE_OUT")
    assert r.status_code == 400 and r.json()["errors"][0]["field"] == "intended_end_at"
    # Wednesday + 3 working days = Monday 15 June; Friday is too soon.
    r = terminate(client, sub, reason="MOVE_OUT", intended_end_at="2026-06-12T00:00:00+02:00")
    assert r.status_code == 409 and code_of(r) == "invalid_termination_date"
    # Midnight Berlin only: the same day's midnight in UTC is 02:00 in Berlin.
    r = terminate(client, sub, reason="MOVE_OUT", intended_end_at="2026-06-16T00:00:00Z")
    assert r.status_code == 400 and r.json()["errors"][0]["field"] == "intended_end_at"
    r = terminate(client, sub, reason="MOVE_OUT", intended_end_at="2026-06-15T00:00:00+02:00")
    assert r.status_code == 200


def test_withdrawal_window(client, store):
    fresh = add_subscription(store, status="pending", created_at=iso(NOW - timedelta(days=3)),
                             start_at=iso(NOW + timedelta(days=40)))
    r = terminate(client, fresh, reason="WITHDRAWAL")
    assert r.status_code == 200 and parse_iso(r.json()["intended_end_at"]) == parse_iso(fresh["start_at"])
    old = add_subscription(store, created_at=iso(NOW - timedelta(days=15)))
    r = terminate(client, old, reason="WITHDRAWAL")
    assert r.status_code == 409 and code_of(r) == "withdrawal_not_allowed"


def test_termination_rules(client, store):
    pending = add_subscription(store, status="pending")
    r = terminate(client, pending, reason="ORDINARY")
    assert r.status_code == 400 and code_of(r) == "subscription_not_started"
    ended = add_subscription(store, status="ended")
    r = terminate(client, ended, reason="ORDINARY")
    assert r.status_code == 400 and code_of(r) == "ended_subscription"
    r = terminate(client, add_subscription(store), reason="BORED")
    assert r.status_code == 400 and code_of(r) == "invalid_value"
    assert terminate(client, {"id": "sub_nope"}, reason="ORDINARY").status_code == 404
