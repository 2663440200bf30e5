"""The insights of a period as label/value rows an agent reads out on the phone."""

from __future__ import annotations

from nomos_desk.domain.insights import Insights
from nomos_desk.ui import fmt
from nomos_desk.ui.usage.words import ct, t

Rows = list[tuple[str, str, str]]


def percent(share: float, decimals: int = 1) -> str:
    return t("%1 %").replace("%1", fmt.number(share * 100, decimals))


def insight_rows(found: Insights, feed_in: bool) -> Rows:
    """(key, label, value) rows; figures that cannot be known (no prices, an analog
    meter's quarter hours) are left out rather than shown as zero."""
    kwh = fmt.kwh(found.kwh, 1)
    rows: Rows = [("kwh", t("Energy fed in") if feed_in else t("Total usage"), kwh)]
    if found.cost is None:
        rows.append(("cost", t("Payout") if feed_in else t("Energy cost"),
                     t("no prices known for this period")))
        return rows
    cost = fmt.money(found.cost)
    if found.estimated:
        cost = t("about %1 (at each month's average price)").replace("%1", cost)
    elif found.priced_kwh < found.kwh - 1e-9:
        cost = t("%1 for the %2 with a price").replace("%1", cost).replace(
            "%2", fmt.kwh(found.priced_kwh, 1))
    rows.append(("cost", t("Payout") if feed_in else t("Energy cost (usage × price)"), cost))
    if found.estimated and found.average_price is not None:
        # Monthly values cannot say at which hours the kWh were used.
        rows.append(("average_price", t("Average price (time-weighted)"),
                     ct(found.average_price)))
    elif found.average_paid is not None and found.average_price is not None:
        label = t("Average payout received") if feed_in else t("Average price paid")
        rows.append(("average_paid", label, ct(found.average_paid)))
        label = t("Average spot payout") if feed_in else t("Average price (time-weighted)")
        rows.append(("average_price", label, ct(found.average_price) + _lean(found, feed_in)))
    if found.cheap_kwh is not None and found.cheap_share is not None:
        label = t("Fed in during the best-paid hours") if feed_in else t("Used in cheap hours")
        value = (t("%1 (%2) in each day's best-paid quarter of hours") if feed_in
                 else t("%1 (%2) in each day's cheapest quarter of hours"))
        rows.append(("cheap", label, value.replace("%1", fmt.kwh(found.cheap_kwh, 1))
                     .replace("%2", percent(found.cheap_share))))
    elif not feed_in:
        rows.append(("cheap", t("Used in cheap hours"),
                     t("needs a smart meter's quarter-hour values")))
    if found.saving is not None:
        rows.append(("saving", t("Saving by shifting %1").replace(
            "%1", percent(found.flexible_share, 0)), t("%1, had that share of each day's usage run "
                                                   "in its cheapest hours")
                     .replace("%1", fmt.money(found.saving))))
    return rows


def _lean(found: Insights, feed_in: bool) -> str:
    """Which way the customer's timing leaned, in words: the point of the comparison."""
    assert found.average_paid is not None and found.average_price is not None
    gap = found.average_paid - found.average_price
    if abs(gap) < 0.005:
        return ""
    if feed_in:
        text = t(" — fed in at better-paid hours") if gap > 0 else \
            t(" — fed in at lower-paid hours")
    else:
        text = t(" — usage leaned to cheaper hours") if gap < 0 else \
            t(" — usage leaned to dearer hours")
    return text
