"""The facts the index keeps, read from API objects.

The sync receives whatever the API client yields: typed model objects in the
app, plain JSON dicts in some tests. Reading through `_get` accepts both, so
the index does not depend on the client's class layout, only on the spec's
field names (which the models keep as attribute names).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any


def _get(obj: Any, name: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def _text(value: Any) -> str | None:
    """A string field, or the raw text of a client Timestamp, or None."""
    if value is None or isinstance(value, str):
        return value
    if hasattr(value, "raw"):  # a client Timestamp: keep the server's own text
        raw = value.raw
        return raw if isinstance(raw, str) else None
    return str(getattr(value, "value", value))  # enum members


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    id: str
    type: str | None
    first_name: str | None
    last_name: str | None
    company_name: str | None
    email: str | None
    vat_id: str | None
    created_at: str | None

    @classmethod
    def from_api(cls, obj: Any) -> CustomerRecord:
        return cls(
            id=_get(obj, "id"), type=_text(_get(obj, "type")) or "person",
            first_name=_text(_get(obj, "first_name")), last_name=_text(_get(obj, "last_name")),
            company_name=_text(_get(obj, "company_name")), email=_text(_get(obj, "email")),
            vat_id=_text(_get(obj, "vat_id")), created_at=_text(_get(obj, "created_at")))

    def row(self) -> tuple[str | None, ...]:
        """The fields in the column order of the index's customers table."""
        return _customer_row(self)

    @property
    def display_name(self) -> str:
        person = " ".join(p for p in (self.first_name, self.last_name) if p)
        if self.type == "company" and self.company_name:
            return f"{self.company_name} ({person})" if person else self.company_name
        return person


def customer_id_of(sub: Any) -> str | None:
    """A subscription's customer id: list items carry the id, details embed the object."""
    for name in ("customer_id", "customer"):
        value = _get(sub, name)
        if isinstance(value, str):
            return value
        embedded_id = _get(value, "id")
        if isinstance(embedded_id, str) and embedded_id:
            return embedded_id
    return None


@dataclass(frozen=True, slots=True)
class SubscriptionRecord:
    id: str
    customer_id: str | None
    number: str | None
    status: str | None
    plan_id: str | None
    type: str | None
    street: str | None
    house_number: str | None
    zip: str | None
    city: str | None
    meter_number: str | None
    meter_type: str | None
    malo: str | None
    melo: str | None
    created_at: str | None
    updated_at: str | None
    terminated_at: str | None = None  # set once notice is given; supply runs until end_at
    end_at: str | None = None
    # The updated_at of the detail these address/meter facts came from. List items
    # carry address and meter as ids only, so only a detail fills these columns.
    detail_at: str | None = None

    @property
    def has_detail(self) -> bool:
        return self.detail_at is not None

    def row(self) -> tuple[str | None, ...]:
        """The fields in the column order of the index's subscriptions table."""
        return _subscription_row(self)

    def slim_row(self) -> tuple[str | None, ...]:
        """The fields a list item carries (address and meter come with the detail only)."""
        return _slim_row(self)

    @classmethod
    def from_api(cls, obj: Any) -> SubscriptionRecord:
        address = _get(obj, "address")
        meter = _get(obj, "meter")
        address = None if isinstance(address, str) else address
        meter = None if isinstance(meter, str) else meter
        updated_at = _text(_get(obj, "updated_at"))
        detailed = address is not None or meter is not None
        plan = _get(obj, "plan")
        plan_id = plan if isinstance(plan, str) else _get(plan, "id") or _get(obj, "plan_id")
        return cls(
            id=_get(obj, "id"), customer_id=customer_id_of(obj),
            number=_text(_get(obj, "number")), status=_text(_get(obj, "status")),
            plan_id=plan_id, type=_text(_get(obj, "type")),
            street=_text(_get(address, "street")),
            house_number=_text(_get(address, "house_number")),
            zip=_text(_get(address, "zip")), city=_text(_get(address, "city")),
            meter_number=_text(_get(meter, "number")), meter_type=_text(_get(meter, "type")),
            malo=_text(_get(meter, "malo")), melo=_text(_get(meter, "melo")),
            created_at=_text(_get(obj, "created_at")), updated_at=updated_at,
            terminated_at=_text(_get(obj, "terminated_at")), end_at=_text(_get(obj, "end_at")),
            detail_at=(updated_at or "") if detailed else None)


CUSTOMER_COLUMNS = tuple(f.name for f in fields(CustomerRecord))
SUBSCRIPTION_COLUMNS = tuple(f.name for f in fields(SubscriptionRecord))
SLIM_COLUMNS = ("id", "customer_id", "number", "status", "plan_id", "type", "created_at",
                "updated_at", "terminated_at", "end_at")
# Optional in the spec's list item: a list that leaves them out (None here) says nothing
# about them, so it neither overwrites nor contradicts what a detail brought.
LIST_MAY_OMIT = ("number", "terminated_at", "end_at")
_customer_row = attrgetter(*CUSTOMER_COLUMNS)
_subscription_row = attrgetter(*SUBSCRIPTION_COLUMNS)
_slim_row = attrgetter(*SLIM_COLUMNS)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result row: a subscription with its customer, or a customer without one."""
    customer_id: str | None
    subscription_id: str | None
    name: str
    email: str
    number: str
    status: str
    plan: str
    city: str
    fuzzy: bool = False
    street: str = ""
    house_number: str = ""
    zip: str = ""
    # The identifier that matched when the query hit a meter number, MaLo or MeLo (the
    # other fields have columns of their own): "meter", "malo" or "melo", and its value.
    matched_field: str = ""
    matched_value: str = ""
    terminated_at: str | None = None  # the server's text, as the API sent it
    end_at: str | None = None

    @property
    def kind(self) -> str:
        return "subscription" if self.subscription_id else "customer"

    @property
    def target_id(self) -> str:
        return self.subscription_id or self.customer_id or ""
