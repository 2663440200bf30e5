"""Pasting an id opens its record straight from the API, bypassing the index.

Everything an agent can paste resolves to what the app can show: a
subscription workspace where the object belongs to a subscription (its
invoice, its meter order, a lead that signed up), otherwise the object's own
kind for the frame to open.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from nomos_desk.api import errors
from nomos_desk.api.filters import F
from nomos_desk.index.search import ID_PATTERN

if TYPE_CHECKING:
    from nomos_desk.api import NomosClient

KIND_BY_PREFIX = {"cus": "customer", "sub": "subscription", "inv": "invoice",
                  "prdo": "meter_order", "lead": "lead"}
LABEL = {"customer": "customer", "subscription": "subscription", "invoice": "invoice",
         "meter_order": "meter order", "lead": "lead"}


@dataclass(frozen=True, slots=True)
class Jump:
    kind: str
    id: str
    note: str = ""


class UnknownId(Exception):
    """The id is well-formed but Nomos has no such object."""

    def __init__(self, kind: str, object_id: str) -> None:
        super().__init__(f"There is no {LABEL[kind]} with the id {object_id}.")
        self.kind = kind
        self.object_id = object_id


def parse_id(text: str) -> tuple[str, str] | None:
    match = ID_PATTERN.match(text)
    if not match:
        return None
    object_id = match.group(1)
    return KIND_BY_PREFIX[match.group(2)], object_id


async def resolve(client: NomosClient, kind: str, object_id: str) -> Jump:
    try:
        return await _resolve(client, kind, object_id)
    except errors.NotFound as exc:
        raise UnknownId(kind, object_id) from exc


async def _resolve(client: NomosClient, kind: str, object_id: str) -> Jump:
    if kind == "subscription":
        sub = await client.get_subscription(object_id)
        return Jump("subscription", sub.id or object_id)
    if kind == "customer":
        customer = await client.get_customer(object_id)
        page = await client.list_subscriptions(F("customer").eq(object_id), limit=1).first_page()
        if page.items:
            return Jump("subscription", page.items[0].id,
                        f"Opened the newest subscription of customer {customer.id}.")
        name = " ".join(p for p in (customer.first_name, customer.last_name) if p)
        return Jump("customer", customer.id or object_id,
                    f"{customer.company_name or name} ({object_id}) has no subscription yet, "
                    "so there is no workspace to open.")
    if kind == "invoice":
        invoice = await client.get_invoice(object_id)
        sub_id = getattr(invoice, "subscription", None)
        if isinstance(sub_id, str) and sub_id:
            return Jump("subscription", sub_id, f"Invoice {object_id} belongs to this subscription.")
        return Jump("invoice", object_id, f"Invoice {object_id} belongs to no subscription.")
    if kind == "meter_order":
        order = await client.get_meter_order(object_id)
        if order.subscription:
            return Jump("subscription", order.subscription,
                        f"Meter order {object_id} belongs to this subscription.")
        return Jump("meter_order", object_id,
                    f"Meter order {object_id} names no subscription.")
    lead = await client.get_lead(object_id)
    if lead.subscription:
        return Jump("subscription", lead.subscription,
                    f"Lead {object_id} signed up as this subscription.")
    return Jump("lead", lead.id or object_id,
                f"Lead {object_id} has not signed up yet, so there is no subscription to open.")
