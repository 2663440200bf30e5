"""Invoice line items from usage x price plus monthly base fees (pure, Qt-free).

The curie invoice schema carries only `usage` and `total`; the app derives the
breakdown a customer sees on paper from API data: the usage series, the price
series (components electricity / grid / levies, ct/kWh gross) and the plan's
monthly base components (as a quote lists them). The sandbox generator uses
the same functions, so the totals it stores are reproducible client-side:

    total = round(sum(usage_i * price_i) / 100 + months * sum(base fees), 2)

All amounts are gross (incl. VAT); net and VAT are derived for display.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

VAT_RATE = 0.19
COMPONENT_TYPES = ("electricity", "grid", "levies")


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
        items.append(LineItem(name, group, round(usage_kwh, 3), "kWh", round(unit, 4), "ct/kWh",
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
        items.append(LineItem(c.name, c.subgroup, months, "Monat", round(c.amount, 2),
                              "EUR/Monat", round(c.amount * months, 2)))
    exact = exact_total(energy_ct, grid_ct, levies_ct, base_monthly, months, feed_in)
    total = round(exact, 2)
    net = round(total / (1 + vat_rate), 2)
    return InvoiceBreakdown(tuple(items), round(usage_kwh, 3), total, net, round(total - net, 2),
                            exact)


def _components(price: Mapping[str, Any]) -> dict[str, float]:
    """Accept an API price item ({components: [{type, amount}]}) or a plain mapping."""
    if "components" in price:
        out = {t: 0.0 for t in COMPONENT_TYPES}
        for c in price["components"] or ():
            if c.get("type") in out and c.get("amount") is not None:
                out[c["type"]] = float(c["amount"])
        return out
    return {t: float(price.get(t) or 0.0) for t in COMPONENT_TYPES}


def line_items_for(usage_kwh_by_interval: Sequence[float],
                   price_by_interval: Sequence[Mapping[str, Any]],
                   base_components: Iterable[BaseComponent], months: float = 1,
                   feed_in: bool = False) -> InvoiceBreakdown:
    """Breakdown from aligned per-interval usage (kWh) and prices (ct/kWh gross components)."""
    if len(usage_kwh_by_interval) != len(price_by_interval):
        raise ValueError("usage and price series must be aligned interval by interval")
    usage = energy = grid = levies = 0.0
    for u, p in zip(usage_kwh_by_interval, price_by_interval, strict=True):
        c = _components(p)
        usage += u
        energy += u * c["electricity"]
        grid += u * c["grid"]
        levies += u * c["levies"]
    return line_items_from_sums(usage, energy, grid, levies, base_components, months, feed_in)


def _parse(ts: Any) -> datetime | None:
    """An API timestamp as an aware datetime, or None where it is null or unparseable
    (the API types many timestamps as "string or date-time or null")."""
    if not isinstance(ts, str):
        return None
    try:
        parsed = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def align_usage_with_prices(usage_points: Sequence[Mapping[str, Any]],
                            price_items: Sequence[Mapping[str, Any]]
                            ) -> tuple[list[float], list[Mapping[str, Any]]]:
    """Pair API usage points with the price item in force at their start.

    Prices may be hourly (before 2025-10-01) while usage is quarter-hourly, so
    each usage point takes the latest price item that starts at or before it.
    Points without a price are dropped (the caller sees fewer kWh than usage), as are
    points and prices whose time or usage is missing or unreadable.
    """
    prices = [(t, p) for p in price_items if (t := _parse(p.get("timestamp"))) is not None]
    prices.sort(key=lambda tp: tp[0])
    points = []
    for point in usage_points:
        start, kwh = _parse(point.get("start")), _kwh(point.get("usage"))
        if start is not None and kwh is not None:
            points.append((start, kwh))
    points.sort(key=lambda tk: tk[0])
    usage: list[float] = []
    paired: list[Mapping[str, Any]] = []
    j = -1
    for start, kwh in points:
        while j + 1 < len(prices) and prices[j + 1][0] <= start:
            j += 1
        if j < 0 or (start - prices[j][0]).total_seconds() >= 3600:
            continue
        usage.append(kwh)
        paired.append(prices[j][1])
    return usage, paired


def _kwh(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def base_components_from_quote(quote: Mapping[str, Any]) -> list[BaseComponent]:
    """The monthly base components of a Nomos quote (group 'base')."""
    out: list[BaseComponent] = []
    for group in quote.get("components") or ():
        if group.get("group") != "base":
            continue
        for sub in group.get("subcomponents") or ():
            out.append(BaseComponent(str(sub["name"]), float(sub["amount"]),
                                     str(sub.get("subgroup") or "fee")))
    return out
