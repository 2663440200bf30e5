"""Customers, subscriptions and what they embed; plans, quotes, leads, market partners.

Attribute names are the spec's JSON names. Where a list item carries an id and
the detail embeds the object (subscription.customer, .address, ...), the object
field is None in the slim shape and the ``<name>_id`` companion always holds the id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .base import UNKNOWN_TIME, Model, Timestamp

SUBSCRIPTION_STATUSES = ("pending", "active", "ended")
SUBSCRIPTION_TYPES = ("consumption", "feed_in")
CUSTOMER_TYPES = ("person", "company")
METER_TYPES = ("smart", "analog")


@dataclass(frozen=True, kw_only=True)
class Address(Model):
    object: str | None = None
    id: str | None = None
    street: str | None = None
    house_number: str | None = None
    zip: str | None = None
    city: str | None = None
    created_at: Timestamp = UNKNOWN_TIME

    def one_line(self) -> str:
        street = " ".join(p for p in (self.street, self.house_number) if p)
        town = " ".join(p for p in (self.zip, self.city) if p)
        return ", ".join(p for p in (street, town) if p)


@dataclass(frozen=True, kw_only=True)
class Meter(Model):
    object: str | None = None
    id: str | None = None
    melo: str | None = None
    number: str | None = None
    type: str | None = None
    malo: str | None = None
    created_at: Timestamp = UNKNOWN_TIME


@dataclass(frozen=True, kw_only=True)
class SepaDebit(Model):
    iban: str | None = None
    account_holder: str | None = None


@dataclass(frozen=True, kw_only=True)
class PaymentMethod(Model):
    object: str | None = None
    id: str | None = None
    type: str | None = None
    sepa_debit: SepaDebit | None = None
    created_at: Timestamp = UNKNOWN_TIME


@dataclass(frozen=True, kw_only=True)
class Supplier(Model):
    object: str | None = None
    id: str | None = None
    name: str | None = None
    country: str | None = None
    created_at: Timestamp = UNKNOWN_TIME


@dataclass(frozen=True, kw_only=True)
class Customer(Model):
    object: str | None = None
    id: str | None = None
    type: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    company_name: str | None = None
    email: str | None = None
    vat_id: str | None = None
    created_at: Timestamp = UNKNOWN_TIME

    @property
    def display_name(self) -> str:
        person = " ".join(p for p in (self.first_name, self.last_name) if p)
        if self.company_name:
            return f"{self.company_name} ({person})" if person else self.company_name
        return person or self.email or self.id or ""


@dataclass(frozen=True, kw_only=True)
class Subscription(Model):
    object: str | None = None
    id: str | None = None
    plan: str | None = None
    customer: Customer | None = None
    customer_id: str | None = None
    address: Address | None = None
    address_id: str | None = None
    meter: Meter | None = None
    meter_id: str | None = None
    payment_method: PaymentMethod | None = None
    payment_method_id: str | None = None
    supplier: Supplier | None = None
    supplier_id: str | None = None
    billing_address: Address | None = None
    billing_address_id: str | None = None
    number: str | None = None
    status: str | None = None
    type: str | None = None
    estimated_usage: float | None = None
    created_at: Timestamp = UNKNOWN_TIME
    updated_at: Timestamp = UNKNOWN_TIME
    start_at: Timestamp = UNKNOWN_TIME
    terminated_at: Timestamp = UNKNOWN_TIME
    end_at: Timestamp = UNKNOWN_TIME
    metadata: dict[str, Any] | None = None


@dataclass(frozen=True, kw_only=True)
class Plan(Model):
    object: str | None = None
    id: str | None = None
    name: str | None = None
    slug: str | None = None
    description: str | None = None
    price: float | None = None
    currency: str | None = None
    type: str | None = None
    created_at: Timestamp = UNKNOWN_TIME


@dataclass(frozen=True, kw_only=True)
class QuoteSubcomponent(Model):
    subgroup: str | None = None
    name: str | None = None
    amount: float | None = None


@dataclass(frozen=True, kw_only=True)
class QuoteComponent(Model):
    group: str | None = None
    amount: float | None = None
    quantity: float | None = None
    quantity_unit: str | None = None
    unit_amount: float | None = None
    subcomponents: list[QuoteSubcomponent] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class QuoteDiscount(Model):
    name: str | None = None
    amount_off: float | None = None
    duration: str | None = None
    duration_in_months: float | None = None
    regular_amount: float | None = None


@dataclass(frozen=True, kw_only=True)
class Quote(Model):
    object: str | None = None
    amount: float | None = None
    currency: str | None = None
    discount: QuoteDiscount | None = None
    components: list[QuoteComponent] = field(default_factory=list)
    quoted_at: Timestamp = UNKNOWN_TIME


@dataclass(frozen=True, kw_only=True)
class Lead(Model):
    object: str | None = None
    id: str | None = None
    subscription: str | None = None
    subscribed_at: Timestamp = UNKNOWN_TIME
    link: str | None = None
    created_at: Timestamp = UNKNOWN_TIME
    created_by: str | None = None
    last_visited_at: Timestamp = UNKNOWN_TIME
    metadata: dict[str, Any] | None = None


@dataclass(frozen=True, kw_only=True)
class MarketPartner(Model):
    object: str | None = None
    id: str | None = None
    name: str | None = None
    type: str | None = None
    code: str | None = None
    code_type: str | None = None
    country: str | None = None
    created_at: Timestamp = UNKNOWN_TIME
