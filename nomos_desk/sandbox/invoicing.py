"""Usage-invoice figures for one subscription and billing period.

The generator computes the same sums from cached per-variant day sums
(`series.day_sums`) for speed; `period_sums` recomputes them from the series
directly, which the server uses to print an invoice's line items and the
tests use to prove the stored totals match the series.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nomos_desk.domain.billing import (
    BaseComponent,
    InvoiceBreakdown,
    LineItem,
    line_items_from_sums,
)
from nomos_desk.sandbox import quotes, series, tariffs
from nomos_desk.sandbox.spot import spot_net
from nomos_desk.sandbox.timegrid import day_slot, local_date, parse_iso


def period_sums(sub: dict[str, Any], plan: dict[str, Any], first: date,
                stop: date) -> tuple[float, float, float, float]:
    """(kWh, Σ kWh*energy ct, Σ kWh*grid ct, Σ kWh*levies ct) over local days [first, stop)."""
    k0, k1 = day_slot(first), day_slot(stop)
    usage = series.usage_slots(sub, k0, k1)
    energy = series.energy_ct(series.plan_facts(plan),
                              spot_net(series.usage_facts(sub)[0], k0, k1))
    grid, levies = series.per_kwh_fees(plan, sub["address"]["zip"])
    kwh = float(usage.sum())
    return kwh, float((usage * energy).sum()), kwh * grid, kwh * levies


def base_fees(sub: dict[str, Any], plan: dict[str, Any]) -> list[BaseComponent]:
    """Monthly base components billed for a subscription (its quote's base group)."""
    return quotes.base_components(plan, sub["address"]["zip"], sub["meter"]["type"],
                                  float(sub["estimated_usage"]))


def invoice_breakdown(invoice: dict[str, Any], sub: dict[str, Any],
                      plan: dict[str, Any]) -> InvoiceBreakdown:
    """Line items of an invoice as the customer's document shows them.

    Usage invoices are rebuilt from the series; prepayment and void documents
    have a single line (the advance, or the reversal of the voided invoice).
    """
    first = local_date(parse_iso(invoice["period_start"]))
    stop = local_date(parse_iso(invoice["period_end"]))
    if invoice["type"] == "usage":
        kwh, e, g, lv = period_sums(sub, plan, first, stop)
        return line_items_from_sums(kwh, e, g, lv, base_fees(sub, plan), 1,
                                    tariffs.plan_is_feed_in(plan))
    total = float(invoice["total"])
    name = ("Abschlag (Vorauszahlung)" if invoice["type"] == "prepayment"
            else f"Storno der Rechnung {invoice.get('voids', '')}".strip())
    item = LineItem(name, "fee", 1, "Monat", total, "EUR/Monat", total)
    net = round(total / (1 + tariffs.VAT), 2)
    return InvoiceBreakdown((item,), 0.0, total, net, round(total - net, 2), total)
