"""Typed API objects (frozen dataclasses with a tolerant ``from_dict``)."""

from .base import UNKNOWN_TIME, Model, Timestamp
from .billing import (
    INVOICE_STATUSES,
    INVOICE_TYPES,
    METER_READING_TYPES,
    USAGE_RESOLUTIONS,
    Invoice,
    MeterReading,
    Price,
    PriceComponent,
    PricePeriod,
    PricePoint,
    Usage,
    UsagePoint,
)
from .core import (
    CUSTOMER_TYPES,
    METER_TYPES,
    SUBSCRIPTION_STATUSES,
    SUBSCRIPTION_TYPES,
    Address,
    Customer,
    Lead,
    MarketPartner,
    Meter,
    PaymentMethod,
    Plan,
    Quote,
    QuoteComponent,
    QuoteDiscount,
    QuoteSubcomponent,
    SepaDebit,
    Subscription,
    Supplier,
)
from .orders import (
    GRID_FEE_REDUCTION_STATUSES,
    GRID_FEE_REDUCTION_TYPES,
    Event,
    GridFeeReduction,
    MeterOrder,
)

__all__ = [
    "UNKNOWN_TIME", "Model", "Timestamp",
    "INVOICE_STATUSES", "INVOICE_TYPES", "METER_READING_TYPES", "USAGE_RESOLUTIONS",
    "Invoice", "MeterReading", "Price", "PriceComponent", "PricePeriod", "PricePoint",
    "Usage", "UsagePoint",
    "CUSTOMER_TYPES", "METER_TYPES", "SUBSCRIPTION_STATUSES", "SUBSCRIPTION_TYPES",
    "Address", "Customer", "Lead", "MarketPartner", "Meter", "PaymentMethod", "Plan", "Quote",
    "QuoteComponent", "QuoteDiscount", "QuoteSubcomponent", "SepaDebit", "Subscription",
    "Supplier",
    "GRID_FEE_REDUCTION_STATUSES", "GRID_FEE_REDUCTION_TYPES", "Event", "GridFeeReduction",
    "MeterOrder",
]
