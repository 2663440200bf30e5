"""Invoices, prices, usage and meter readings: the money-and-kWh objects."""

from __future__ import annotations

from dataclasses import dataclass, field

from .base import UNKNOWN_TIME, Model, Timestamp

INVOICE_STATUSES = ("open", "paid", "voided", "uncollectible")
INVOICE_TYPES = ("usage", "prepayment", "void")
USAGE_RESOLUTIONS = ("auto", "15min", "hour", "day", "week", "month")
METER_READING_TYPES = ("customer_report", "grid_reading", "grid_estimation")


@dataclass(frozen=True, kw_only=True)
class Invoice(Model):
    """One class for usage, prepayment and void invoices; ``type`` tells them apart and
    the type-specific fields (usage, voids) are None where they do not apply."""

    object: str | None = None
    id: str | None = None
    customer: str | None = None
    subscription: str | None = None
    invoice_number: str | None = None
    month: int | None = None
    year: int | None = None
    period_start: Timestamp = UNKNOWN_TIME
    period_end: Timestamp = UNKNOWN_TIME
    period_number: int | None = None
    status: str | None = None
    type: str | None = None
    usage: float | None = None
    voids: str | None = None
    total: float | None = None
    issued_at: Timestamp = UNKNOWN_TIME
    paid_at: Timestamp = UNKNOWN_TIME


@dataclass(frozen=True, kw_only=True)
class PriceComponent(Model):
    type: str | None = None
    amount: float | None = None


@dataclass(frozen=True, kw_only=True)
class PricePoint(Model):
    timestamp: Timestamp = UNKNOWN_TIME
    amount: float | None = None
    components: list[PriceComponent] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class PricePeriod(Model):
    start: Timestamp = UNKNOWN_TIME
    end: Timestamp = UNKNOWN_TIME


@dataclass(frozen=True, kw_only=True)
class Price(Model):
    object: str | None = None
    subscription: str | None = None
    period: PricePeriod | None = None
    unit: str | None = None
    currency: str | None = None
    resolution: str | None = None
    reference: str | None = None
    # None (not empty) when the subscription is not active: the UI says so instead of
    # drawing an empty chart.
    items: list[PricePoint] | None = None


@dataclass(frozen=True, kw_only=True)
class UsagePoint(Model):
    start: Timestamp = UNKNOWN_TIME
    usage: float | None = None
    type: str | None = None  # final | preliminary


@dataclass(frozen=True, kw_only=True)
class Usage(Model):
    object: str | None = None
    meter_type: str | None = None
    resolution: str | None = None
    data: list[UsagePoint] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class MeterReading(Model):
    object: str | None = None
    id: str | None = None
    customer: str | None = None
    subscription: str | None = None
    meter: str | None = None
    value: float | None = None
    timestamp: Timestamp = UNKNOWN_TIME
    type: str | None = None
    created_at: Timestamp = UNKNOWN_TIME
