"""Spec-shaped rows written straight into a sandbox store, for tests that need
one precise situation (a feed-in subscription, a plan without a smart-meter
product) whatever the generator happened to produce."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from nomos_desk.sandbox.store import Store
from nomos_desk.sandbox.timeutil import iso, new_id

BASE = datetime(2025, 1, 1, tzinfo=UTC)


def stamp(offset_minutes: float = 0) -> str:
    return iso(BASE + timedelta(minutes=offset_minutes))


def add_plan(store: Store, smart_meter: bool = True, type: str = "consumption",
             created_at: str | None = None) -> dict[str, Any]:
    plan = {"object": "plan", "id": new_id("pln_"), "name": "Test Strom", "slug": "teststrom",
            "description": "Testtarif", "price": 0.3, "currency": "EUR",
            "created_at": created_at or stamp(), "type": type,
            "_sandbox": {"smart_meter_product": smart_meter, "pricing": "fixed",
                         "energy_ct": 16.42}}
    store.insert("plan", plan)
    return plan


def add_customer(store: Store, created_at: str | None = None, **fields: Any) -> dict[str, Any]:
    cid = new_id("cus_")
    customer = {"object": "customer", "id": cid, "type": "person", "first_name": "Erika",
                "last_name": "Mustermann", "email": f"{cid}@example.org", "vat_id": None,
                "created_at": created_at or stamp(), **fields}
    store.insert("customer", customer)
    return customer


def add_subscription(store: Store, plan: dict[str, Any] | None = None, status: str = "active",
                     meter_type: str = "analog", type: str = "consumption",
                     created_at: str | None = None, estimated_usage: float = 3000,
                     start_at: str | None = None) -> dict[str, Any]:
    plan = plan or add_plan(store, type=type)
    customer = add_customer(store)
    at = created_at or stamp()
    address = {"object": "address", "id": new_id("adr_"), "street": "Hauptstraße",
               "house_number": "1", "zip": "10115", "city": "Berlin", "created_at": at}
    meter = {"object": "meter", "id": new_id("mtr_"), "melo": None, "number": "1ESY1234",
             "type": meter_type, "malo": None, "created_at": at}
    payment = {"object": "payment_method", "id": new_id("pm_"), "type": "sepa_debit",
               "sepa_debit": {"iban": "DE89370400440532013000", "account_holder": "Erika"},
               "created_at": at}
    # Embedded objects inline, as the generator stores them; the API shows ids in lists.
    sub = {"object": "subscription", "id": new_id("sub_"), "plan": plan["id"],
           "customer": customer["id"], "address": address, "meter": meter,
           "payment_method": payment, "supplier": None, "number": "TEST0001",
           "status": status, "estimated_usage": estimated_usage, "created_at": at,
           "updated_at": at, "start_at": start_at or stamp(), "terminated_at": None,
           "end_at": None, "metadata": None, "type": type, "billing_address": address,
           "_sandbox": {"seed": 1, "profile": "household", "variant": 0, "yearly_kwh": estimated_usage}}
    store.insert("subscription", sub)
    return sub
