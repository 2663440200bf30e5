"""Which lists exist, what they filter on, and how rows become API objects.

Filterable fields follow the spec's parameter descriptions exactly; list rows
are the curie list shape (references as ids) and the subscription detail
expands the objects the spec embeds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .filters import Field
from .store import Store, public

DATE, STRING = Field("date"), Field("string")


def enum(*values: str) -> Field:
    return Field("enum", values)


@dataclass(frozen=True)
class ListSpec:
    kind: str
    fields: dict[str, Field]
    label: str  # for "<label> '<id>' not found"


LISTS: dict[str, ListSpec] = {
    "/plans": ListSpec("plan", {"status": STRING, "created_at": DATE}, "Plan"),
    "/leads": ListSpec("lead", {"created_at": DATE}, "Lead"),
    "/subscriptions": ListSpec("subscription", {
        "status": enum("pending", "active", "ended"), "customer": STRING, "plan": STRING,
        "created_at": DATE, "updated_at": DATE}, "Subscription"),
    "/customers": ListSpec("customer", {"email": STRING, "type": STRING, "created_at": DATE},
                           "Customer"),
    "/meter-readings": ListSpec("meter_reading", {
        "type": STRING, "subscription": STRING, "created_at": DATE}, "Meter reading"),
    "/invoices": ListSpec("invoice", {
        "status": enum("open", "paid", "voided", "uncollectible"), "period_start": DATE,
        "period_end": DATE, "type": enum("usage", "prepayment", "void"),
        "subscription": STRING}, "Invoice"),
    "/meter-orders": ListSpec("meter_order", {
        "status": enum("created", "placed", "check_submitted", "check_reviewed", "scheduled",
                       "installed", "activated", "cancelled"),
        "customer": STRING, "subscription": STRING}, "Meter order"),
    "/grid-fee-reductions": ListSpec("grid_fee_reduction", {
        "status": enum("intended", "ordered", "rejected", "activated", "ended"),
        "customer": STRING, "subscription": STRING, "created_at": DATE, "updated_at": DATE},
        "Grid fee reduction"),
    "/market-partners": ListSpec("market_partner", {
        "name": STRING, "code": STRING, "created_at": DATE}, "Market partner"),
}

# Details that are a plain row lookup (the subscription detail expands more).
DETAILS: dict[str, ListSpec] = {
    "/plans/{id}": LISTS["/plans"],
    "/leads/{id}": LISTS["/leads"],
    "/customers/{id}": LISTS["/customers"],
    "/invoices/{id}": LISTS["/invoices"],
    "/meter-orders/{id}": LISTS["/meter-orders"],
    "/grid-fee-reductions/{id}": LISTS["/grid-fee-reductions"],
    "/events/{id}": ListSpec("event", {}, "Event"),
}

# Objects a subscription's detail embeds. The generator stores them inline in
# the row; the list shape (and the spec's list schema) shows only their ids.
EMBEDDED = ("address", "meter", "payment_method", "billing_address", "supplier")


def _id_of(name: str) -> str:
    return (f"CASE json_type(data, '$.{name}') WHEN 'object' THEN json_extract(data, '$.{name}.id') "
            f"ELSE json_extract(data, '$.{name}') END")


def list_projection(kind: str) -> str:
    """SQL giving a row's list item as JSON text, the same object `list_item`
    builds; done by SQLite so a page is never decoded and re-encoded in Python
    (that round trip was most of a page's serving time)."""
    expr = "json_remove(data, '$._sandbox')"
    if kind == "subscription":
        sets = ", ".join(f"'$.{n}', {_id_of(n)}" for n in (*EMBEDDED, "customer"))
        expr = f"json_set({expr}, {sets})"
    return expr


def list_item(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    obj = public(row)
    if kind == "subscription":
        for name in (*EMBEDDED, "customer"):
            if isinstance(obj.get(name), dict):
                obj[name] = obj[name].get("id")
    return obj


def embedded(store: Store, sub: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The full object behind one of a subscription's references."""
    value = sub.get(name)
    if isinstance(value, dict):
        return public(value)
    if name == "supplier" and isinstance(value, str):
        # A previous supplier given by id is a market partner; the spec's
        # Supplier is that partner seen from the subscription.
        row = store.get("market_partner", value)
        if row is not None:
            return {"object": "supplier", "id": row["id"], "name": row["name"],
                    "country": row.get("country", "DE"), "created_at": row["created_at"]}
    return None


def subscription_detail(store: Store, sub: dict[str, Any]) -> dict[str, Any]:
    obj = list_item("subscription", sub)
    customer = sub.get("customer")
    if isinstance(customer, dict):
        obj["customer"] = public(customer)
    else:
        row = store.get("customer", customer) if isinstance(customer, str) else None
        obj["customer"] = public(row) if row else customer
    for name in EMBEDDED:
        full = embedded(store, sub, name)
        if full is not None or name == "supplier":
            obj[name] = full
    return obj


def meter_of(store: Store, sub: dict[str, Any]) -> dict[str, Any]:
    """The subscription's meter object ({} when the generator gave none)."""
    return embedded(store, sub, "meter") or {}
