"""Does an invoice add up? Its line items, as sent or rebuilt, set against its total.

Each kind of document asks its own question:
- a usage invoice: do the line items give the stated total? Where Nomos sends line
  items they are taken as sent; where it does not (the curie schema carries usage and
  total only) they are rebuilt from the period's usage × price plus the plan's base fees;
- a prepayment invoice (Abschlag): how does the advance compare with what the period's
  real usage cost?
- a void invoice (Storno): does it reverse the voided invoice in full?
All amounts are EUR gross; "matches" means equal to the cent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from nomos_desk.domain.billing import (
    PER_KWH,
    BaseComponent,
    InvoiceBreakdown,
    LineItem,
    breakdown_of,
    line_items_from_sums,
    number,
)
from nomos_desk.domain.pricing import PricedUsage

SENT, RECONSTRUCTED = "sent", "reconstructed"
# Where an invoice might carry its lines: the guides promise them, the curie schema has none.
LINE_ITEM_KEYS = ("line_items", "lines")
USAGE_TOLERANCE_KWH = 0.01  # the invoice states usage to two decimals


def cents(amount: float) -> float:
    """An amount rounded to the cent, without a negative zero."""
    return round(amount, 2) + 0.0


@dataclass(frozen=True, slots=True)
class Reconciliation:
    breakdown: InvoiceBreakdown
    stated_total: float
    source: str                         # SENT or RECONSTRUCTED
    priced: PricedUsage | None = None   # the usage behind a reconstruction
    stated_usage: float | None = None

    @property
    def difference(self) -> float:
        """The invoice's total minus the line items' total (positive: the invoice asks more)."""
        return cents(self.stated_total - self.breakdown.total)

    @property
    def matches(self) -> bool:
        return self.difference == 0

    @property
    def usage_difference(self) -> float | None:
        """kWh the invoice states beyond the usage data (None where either is unknown or
        they agree to the invoice's two decimals)."""
        if self.priced is None or self.stated_usage is None:
            return None
        gap = self.stated_usage - self.priced.kwh
        return round(gap, 2) if abs(gap) > USAGE_TOLERANCE_KWH else None


def reconstruct(stated_total: float, stated_usage: float | None, priced: PricedUsage,
                base: Iterable[BaseComponent], months: float,
                feed_in: bool = False) -> Reconciliation:
    """Line items rebuilt from the period's priced usage and the plan's monthly base fees."""
    breakdown = line_items_from_sums(priced.priced_kwh, priced.energy_ct, priced.grid_ct,
                                     priced.levies_ct, base, months, feed_in)
    return Reconciliation(breakdown, stated_total, RECONSTRUCTED, priced, stated_usage)


def sent_line_items(invoice: Mapping[str, Any]) -> tuple[LineItem, ...]:
    """The line items an invoice carries itself, read tolerantly (none in curie)."""
    for key in LINE_ITEM_KEYS:
        value = invoice.get(key)
        if isinstance(value, list):
            items = tuple(i for i in (_line_item(v) for v in value) if i is not None)
            if items:
                return items
    return ()


def as_sent(invoice: Mapping[str, Any], stated_total: float) -> Reconciliation | None:
    items = sent_line_items(invoice)
    if not items:
        return None
    return Reconciliation(breakdown_of(items), stated_total, SENT,
                          stated_usage=number(invoice.get("usage")))


def _first(item: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        if item.get(key) is not None:
            return item[key]
    return None


def _line_item(item: Any) -> LineItem | None:
    if not isinstance(item, Mapping):
        return None
    amount = number(_first(item, "amount", "total"))
    if amount is None:
        return None
    quantity = number(item.get("quantity"))
    unit_price = number(_first(item, "unit_price", "unit_amount"))
    unit = str(_first(item, "unit", "quantity_unit") or "")
    return LineItem(name=str(_first(item, "name", "description", "label") or ""),
                    group=str(_first(item, "group", "subgroup", "type") or ""),
                    quantity=quantity if quantity is not None else 1.0,
                    unit=PER_KWH if unit.lower() == "kwh" else unit,
                    unit_price=unit_price if unit_price is not None else amount,
                    unit_price_unit=str(item.get("unit_price_unit") or ""),
                    amount=cents(amount))


# -- prepayment ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PrepaymentBalance:
    advance: float        # what the prepayment invoice charged
    cost: Reconciliation  # what the period's real usage cost (rebuilt)

    @property
    def balance(self) -> float:
        """Advance minus cost: positive means the customer paid ahead of their usage (a
        credit at the final bill), negative that they will owe the rest."""
        return cents(self.advance - self.cost.breakdown.total)


def settle_prepayment(advance: float, priced: PricedUsage, base: Iterable[BaseComponent],
                      months: float) -> PrepaymentBalance:
    return PrepaymentBalance(advance, reconstruct(advance, None, priced, base, months))


# -- void ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class VoidCheck:
    void_total: float      # the Storno's total (negative for a reversed charge)
    original_total: float  # the voided invoice's total

    @property
    def remainder(self) -> float:
        """What is left of the original after the reversal (0: reversed in full)."""
        return cents(self.original_total + self.void_total)

    @property
    def reverses_in_full(self) -> bool:
        return self.remainder == 0
