"""Invoice line items from usage x price plus monthly base fees (pure, Qt-free).

The curie invoice schema carries only `usage` and `total`; the app derives the
breakdown a customer sees on paper from API data: the usage series, the price
series (components electricity / grid / levies, ct/kWh gross) and the plan's
monthly base components (as a quote lists them); domain.pricing prices the usage
and domain.reconcile compares the result with the invoice. The sandbox generator
uses the same formula, so the totals it stores are reproducible client-side:

    total = round(sum(usage_i * price_i) / 100 + months * sum(base fees), 2)

All amounts are gross (incl. VAT); net and VAT are derived for display.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

VAT_RATE = 0.19
PER_KWH, PER_MONTH = "kWh", "Monat"  # a line item's unit: per kWh, or a monthly base fee


@dataclass(frozen=True)
class BaseComponent:
    """A monthly fee in EUR gross (negative for a reduction such as §14a module 1)."""
    name: str
    amount: float
    subgroup: str = "fee"


@dataclass(frozen=True)
class LineItem:
    name: str
    group: str          # energy | grid | levies | fee | metering
    quantity: float
    unit: str           # kWh | Monat
    unit_price: float   # ct/kWh for per-kWh lines, EUR/Monat for base lines
    unit_price_unit: str
    amount: float       # EUR gross, rounded to cents


@dataclass(frozen=True)
class InvoiceBreakdown:
    items: tuple[LineItem, ...]
    usage_kwh: float
    total: float        # EUR gross, what the invoice states
    net: float
    vat: float
    exact_total: float  # before rounding; lets callers compare without cent noise


def exact_total(energy_ct: float, grid_ct: float, levies_ct: float, base_monthly: float,
                months: float = 1, feed_in: bool = False) -> float:
    """Σ usage*price (ct) / 100 + base fees, unrounded; the one formula for every total."""
    sign = -1.0 if feed_in else 1.0
    return (sign * energy_ct + grid_ct + levies_ct) / 100.0 + base_monthly * months


def line_items_from_sums(usage_kwh: float, energy_ct: float, grid_ct: float, levies_ct: float,
                         base_components: Iterable[BaseComponent], months: float = 1,
                         feed_in: bool = False, vat_rate: float = VAT_RATE) -> InvoiceBreakdown:
    """Breakdown from period sums: Σ usage and Σ usage*component price (kWh*ct/kWh).

    For feed-in the energy sum is the payout and is credited (negative).
    """
    items: list[LineItem] = []
    sign = -1.0 if feed_in else 1.0

    def per_kwh(name: str, group: str, ct_sum: float, s: float = 1.0) -> None:
        if usage_kwh == 0 and ct_sum == 0:
            return
        unit = ct_sum / usage_kwh if usage_kwh else 0.0
        items.append(LineItem(name, group, round(usage_kwh, 3), PER_KWH, round(unit, 4), "ct/kWh",
                              round(s * ct_sum / 100.0, 2)))

    per_kwh("Einspeisevergütung" if feed_in else "Energie (Arbeitspreis)", "energy",
            energy_ct, sign)
    if grid_ct:
        per_kwh("Netzentgelte (Arbeitspreis)", "grid", grid_ct)
    if levies_ct:
        per_kwh("Steuern, Abgaben und Umlagen", "levies", levies_ct)
    base_monthly = 0.0
    for c in base_components:
        base_monthly += c.amount
        items.append(LineItem(c.name, c.subgroup, months, PER_MONTH, round(c.amount, 2),
                              "EUR/Monat", round(c.amount * months, 2)))
    exact = exact_total(energy_ct, grid_ct, levies_ct, base_monthly, months, feed_in)
    total = round(exact, 2)
    net = round(total / (1 + vat_rate), 2)
    return InvoiceBreakdown(tuple(items), round(usage_kwh, 3), total, net, round(total - net, 2),
                            exact)


def base_components_from_quote(quote: Mapping[str, Any]) -> list[BaseComponent]:
    """The monthly base components of a Nomos quote (group 'base'), as the API sent it;
    a subcomponent without a readable amount is left out."""
    out: list[BaseComponent] = []
    for group in _dicts(quote.get("components")):
        if group.get("group") != "base":
            continue
        for sub in _dicts(group.get("subcomponents")):
            amount = number(sub.get("amount"))
            if amount is not None:
                out.append(BaseComponent(str(sub.get("name") or ""), amount,
                                         str(sub.get("subgroup") or "fee")))
    return out


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def number(value: Any) -> float | None:
    """A finite number from an API value, else None (the API's numbers may be null)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        result = float(value)
    except (ValueError, OverflowError):
        return None
    return result if math.isfinite(result) else None


def breakdown_of(items: Sequence[LineItem], vat_rate: float = VAT_RATE) -> InvoiceBreakdown:
    """A breakdown whose total is the sum of its items (line items as a document lists them)."""
    total = round(sum(i.amount for i in items), 2)
    net = round(total / (1 + vat_rate), 2)
    usage = sum(i.quantity for i in items if i.unit == PER_KWH)
    return InvoiceBreakdown(tuple(items), round(usage, 3), total, net, round(total - net, 2),
                            total)
