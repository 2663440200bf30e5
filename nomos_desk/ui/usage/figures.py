"""The insights of a period as label/value rows an agent reads out on the phone."""

from __future__ import annotations

from nomos_desk.domain.insights import Insights
from nomos_desk.ui import fmt
from nomos_desk.ui.usage.words import ct, translate

Rows = list[tuple[str, str, str]]


def percent(share: float, decimals: int = 1) -> str:
    return translate("Usage", "%1 %").replace("%1", fmt.number(share * 100, decimals))


def insight_rows(found: Insights, feed_in: bool) -> Rows:
    """(key, label, value) rows; figures that cannot be known (no prices, an analog
    meter's quarter hours) are left out rather than shown as zero."""
    energy = translate("Usage", "Energy fed in") if feed_in else translate("Usage", "Total usage")
    rows: Rows = [("kwh", energy, fmt.kwh(found.kwh, 1))]
    money = translate("Usage", "Payout") if feed_in else \
        translate("Usage", "Energy cost (usage × price)")
    if found.cost is None:
        rows.append(("cost", money, translate("Usage", "no prices known for this period")))
        return rows
    cost = fmt.money(found.cost)
    if found.estimated:
        cost = translate("Usage", "about %1 (at each month's average price)").replace("%1", cost)
    elif found.priced_kwh < found.kwh - 1e-9:
        cost = translate("Usage", "%1 for the %2 with a price").replace("%1", cost).replace(
            "%2", fmt.kwh(found.priced_kwh, 1))
    rows.append(("cost", money, cost))
    average = translate("Usage", "Average spot payout") if feed_in else \
        translate("Usage", "Average price (time-weighted)")
    if found.estimated and found.average_price is not None:
        # Monthly values cannot say at which hours the kWh were used.
        rows.append(("average_price", average, ct(found.average_price)))
    elif found.average_paid is not None and found.average_price is not None:
        paid = translate("Usage", "Average payout received") if feed_in else \
            translate("Usage", "Average price paid")
        rows.append(("average_paid", paid, ct(found.average_paid)))
        rows.append(("average_price", average, ct(found.average_price) + _lean(found, feed_in)))
    cheap = translate("Usage", "Fed in during the best-paid hours") if feed_in else \
        translate("Usage", "Used in cheap hours")
    if found.cheap_kwh is not None and found.cheap_share is not None:
        value = translate("Usage", "%1 (%2) in each day's best-paid quarter of hours") \
            if feed_in else translate("Usage", "%1 (%2) in each day's cheapest quarter of hours")
        rows.append(("cheap", cheap, value.replace("%1", fmt.kwh(found.cheap_kwh, 1))
                     .replace("%2", percent(found.cheap_share))))
    elif not feed_in:
        rows.append(("cheap", cheap,
                     translate("Usage", "needs a smart meter's quarter-hour values")))
    if found.saving is not None:
        label = translate("Usage", "Saving by shifting %1").replace(
            "%1", percent(found.flexible_share, 0))
        value = translate("Usage", "%1, had that share of each day's usage run in its cheapest "
                          "hours").replace("%1", fmt.money(found.saving))
        rows.append(("saving", label, value))
    return rows


def _lean(found: Insights, feed_in: bool) -> str:
    """Which way the customer's timing leaned, in words: the point of the comparison."""
    assert found.average_paid is not None and found.average_price is not None
    gap = found.average_paid - found.average_price
    if abs(gap) < max(0.25, abs(found.average_price) * 0.01):
        return translate("Usage", " — about the average")  # a hair's difference says nothing
    if feed_in:
        return translate("Usage", " — fed in at better-paid hours") if gap > 0 else \
            translate("Usage", " — fed in at lower-paid hours")
    return translate("Usage", " — usage leaned to cheaper hours") if gap < 0 else \
        translate("Usage", " — usage leaned to dearer hours")
