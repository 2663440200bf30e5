"""Gather what an invoice's check needs from Nomos and hand it to domain.reconcile.

A usage or prepayment invoice needs the subscription (plan, delivery zip, meter type,
estimated usage), the plan's monthly base fees (the base group of a quote for that
subscription), the period's usage at the finest resolution Nomos has and the period's
prices. A void invoice needs the invoice it voids. The maths is in domain/; this module
only asks Nomos and says plainly why a check cannot be made.
"""

from __future__ import annotations

import asyncio
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from nomos_desk.api import NomosClient, errors
from nomos_desk.api.filters import F
from nomos_desk.api.models import Invoice, Price, Subscription, Usage
from nomos_desk.domain.berlin import midnight
from nomos_desk.domain.billing import BaseComponent, base_components_from_quote
from nomos_desk.domain.pricing import (
    PriceAt,
    PricedUsage,
    UsageAt,
    billing_days,
    months_between,
    price_usage,
    usage_intervals,
)
from nomos_desk.domain.reconcile import (
    PrepaymentBalance,
    Reconciliation,
    VoidCheck,
    as_sent,
    reconstruct,
    settle_prepayment,
)

QUOTE_USAGE = (100.0, 50000.0)  # the quote's accepted yearly kWh
VOID_LOOKUP_LIMIT = 100


class Missing(StrEnum):
    """Why an invoice cannot be checked (shown to the agent in words, see labels.py)."""

    PERIOD = "period"            # the invoice's period is unreadable
    TOTAL = "total"              # no total to compare with
    SUBSCRIPTION = "subscription"  # the subscription lacks plan, zip or meter type
    NOT_ACTIVE = "not_active"    # Nomos gives prices only while a subscription is active
    NO_USAGE = "no_usage"        # no usage data for the period
    NO_PRICES = "no_prices"      # no price data for the period
    NO_BASE_FEES = "no_base_fees"  # the quote for the plan was refused
    ORIGINAL = "original"        # the voided invoice cannot be found


@dataclass(frozen=True, slots=True)
class Unchecked:
    why: Missing


@dataclass(frozen=True, slots=True)
class VoidReport:
    check: VoidCheck
    original: Invoice


Outcome = Reconciliation | PrepaymentBalance | VoidReport | Unchecked


@dataclass
class QuoteMemo:
    """Base fees per (plan, zip, usage, meter type) for one view: every invoice of a
    subscription shares them, so paging through its invoices asks once."""

    fees: dict[Hashable, list[BaseComponent]] = field(default_factory=dict)


async def check_invoice(client: NomosClient, invoice: Invoice, sub: Subscription | None,
                        memo: QuoteMemo | None = None, original: Invoice | None = None
                        ) -> Outcome:
    """`original` is the invoice a void one voids (its tab has fetched it already)."""
    if invoice.total is None:
        return Unchecked(Missing.TOTAL)
    if invoice.type == "void":
        if original is None or original.total is None:
            return Unchecked(Missing.ORIGINAL)
        return VoidReport(VoidCheck(invoice.total, original.total), original)
    if invoice.type == "usage":
        sent = as_sent(invoice.raw, invoice.total)
        if sent is not None:
            return sent
    if sub is None:
        return Unchecked(Missing.SUBSCRIPTION)
    start, end = invoice.period_start.value, invoice.period_end.value
    if start is None or end is None or end <= start:
        return Unchecked(Missing.PERIOD)
    inputs = await _period_inputs(client, invoice, sub, memo or QuoteMemo())
    if isinstance(inputs, Unchecked):
        return inputs
    priced, base, months = inputs
    if invoice.type == "prepayment":
        return settle_prepayment(invoice.total, priced, base, months)
    return reconstruct(invoice.total, invoice.usage, priced, base, months,
                       feed_in=sub.type == "feed_in")


async def _period_inputs(client: NomosClient, invoice: Invoice, sub: Subscription,
                         memo: QuoteMemo
                         ) -> tuple[PricedUsage, list[BaseComponent], float] | Unchecked:
    assert invoice.period_start.value is not None and invoice.period_end.value is not None
    first, stop = billing_days(invoice.period_start.value, invoice.period_end.value)
    if not sub.id or not sub.plan or sub.address is None or not sub.address.zip:
        return Unchecked(Missing.SUBSCRIPTION)
    if sub.status != "active":
        return Unchecked(Missing.NOT_ACTIVE)
    # Prices take both days inclusive, usage takes an exclusive end.
    usage, prices, base = await asyncio.gather(
        client.get_usage(sub.id, first, stop, resolution="15min"),
        client.get_prices(sub.id, first, stop - timedelta(days=1)),
        _base_fees(client, sub, memo))
    if base is None:
        return Unchecked(Missing.NO_BASE_FEES)
    if not prices.items:
        return Unchecked(Missing.NOT_ACTIVE if prices.items is None else Missing.NO_PRICES)
    intervals = usage_of(usage, midnight(stop))
    if not intervals:
        return Unchecked(Missing.NO_USAGE)
    return price_usage(intervals, prices_of(prices)), base, months_between(first, stop)


def usage_of(usage: Usage, stop: datetime) -> list[UsageAt]:
    """The API's usage points as intervals ending at `stop` at the latest."""
    return usage_intervals(((p.start.value, p.usage) for p in usage.data),
                           usage.resolution or "", stop)


def prices_of(price: Price) -> list[PriceAt]:
    """The API's price items (gross ct/kWh components); items without a time are left out."""
    out = []
    for item in price.items or ():
        if item.timestamp.value is None:
            continue
        parts = {c.type: c.amount for c in item.components if c.amount is not None}
        out.append(PriceAt(item.timestamp.value, parts.get("electricity", 0.0),
                           parts.get("grid", 0.0), parts.get("levies", 0.0)))
    return out


async def _base_fees(client: NomosClient, sub: Subscription,
                     memo: QuoteMemo) -> list[BaseComponent] | None:
    assert sub.plan and sub.address is not None and sub.address.zip
    low, high = QUOTE_USAGE
    usage = min(max(sub.estimated_usage or low, low), high)
    meter = sub.meter.type if sub.meter is not None else None
    key = (sub.plan, sub.address.zip, usage, meter)
    if key not in memo.fees:
        try:
            quote = await client.get_quote(sub.plan, sub.address.zip, usage, meter)
        except (errors.BadRequest, errors.NotFound, errors.Unprocessable):
            return None
        memo.fees[key] = base_components_from_quote(quote.raw)
    return memo.fees[key]


async def find_void_of(client: NomosClient, invoice: Invoice) -> Invoice | None:
    """The Storno that voids `invoice`: Nomos links only from the void to the original,
    so the subscription's void invoices are listed and searched."""
    if not invoice.id:
        return None
    voids = client.list_invoices(F("type").eq("void"), subscription=invoice.subscription)
    for candidate in await voids.collect(max_items=VOID_LOOKUP_LIMIT):
        if candidate.voids == invoice.id:
            return candidate
    return None
