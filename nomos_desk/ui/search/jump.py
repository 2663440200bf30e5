"""Pasting an id opens its record straight from the API, bypassing the index.

Everything an agent can paste resolves to what the app can show: a
subscription workspace where the object belongs to a subscription (its
invoice, its meter order, a lead that signed up), otherwise the object's own
kind for the frame to open.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from nomos_desk.api import errors
from nomos_desk.index.search import ID_PATTERN
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from nomos_desk.api import NomosClient

KIND_BY_PREFIX = {"cus": "customer", "sub": "subscription", "inv": "invoice",
                  "prdo": "meter_order", "lead": "lead"}
LABEL = {"customer": QT_TRANSLATE_NOOP("Records", "customer"),
         "subscription": QT_TRANSLATE_NOOP("Records", "subscription"),
         "invoice": QT_TRANSLATE_NOOP("Records", "invoice"),
         "meter_order": QT_TRANSLATE_NOOP("Records", "meter order"),
         "lead": QT_TRANSLATE_NOOP("Records", "lead")}


def kind_label(kind: str) -> str:
    """A record kind as a word in a sentence ("meter order"); unknown kinds as they are."""
    label = LABEL.get(kind)
    return QCoreApplication.translate("Records", label) if label else kind.replace("_", " ")


@dataclass(frozen=True, slots=True)
class Jump:
    kind: str
    id: str
    note: str = ""


class UnknownId(Exception):
    """The id is well-formed but Nomos has no such object."""

    def __init__(self, kind: str, object_id: str) -> None:
        super().__init__(f"no {kind} {object_id}")
        self.kind = kind
        self.object_id = object_id


def parse_id(text: str) -> tuple[str, str] | None:
    match = ID_PATTERN.match(text)
    if not match:
        return None
    object_id = match.group(1)
    return KIND_BY_PREFIX[match.group(2)], object_id


async def resolve(client: NomosClient, kind: str, object_id: str,
                  tab_kinds: frozenset[str]) -> Jump:
    """Check the id exists and say where it opens: the record's own tab where the app has
    one for its kind, else the subscription it belongs to."""
    try:
        return await _resolve(client, kind, object_id, tab_kinds)
    except errors.NotFound as exc:
        raise UnknownId(kind, object_id) from exc


async def _resolve(client: NomosClient, kind: str, object_id: str,
                   tab_kinds: frozenset[str]) -> Jump:
    if kind == "subscription":
        sub = await client.get_subscription(object_id)
        return Jump("subscription", sub.id or object_id)
    if kind == "customer":
        customer = await client.get_customer(object_id)
        return Jump("customer", customer.id or object_id, QCoreApplication.translate(
            "Jump", "Opened customer %1.").replace("%1", customer.display_name or object_id))
    owner: str | None
    if kind == "invoice":
        owner = (await client.get_invoice(object_id)).subscription
    elif kind == "meter_order":
        owner = (await client.get_meter_order(object_id)).subscription
    else:
        owner = (await client.get_lead(object_id)).subscription
    if kind in tab_kinds or not owner:
        return Jump(kind, object_id)
    return Jump("subscription", owner, QCoreApplication.translate(
        "Jump", "%1 %2 belongs to this subscription.").replace(
            "%1", kind_label(kind)).replace("%2", object_id))
