"""The insight rows an agent reads out: labels for consumption and feed-in, and figures that
cannot be known left out rather than shown as zero."""

from nomos_desk.domain.insights import Insights
from nomos_desk.ui.usage.figures import insight_rows


def rows(found: Insights, feed_in: bool = False) -> dict[str, tuple[str, str]]:
    return {key: (label, value) for key, label, value in insight_rows(found, feed_in)}


def test_consumption_rows_and_which_way_usage_leaned():
    found = Insights(412.3, 412.3, 118.4, 28.72, 31.0, 103.2, 0.25, 0.2, 4.1)
    got = rows(found)
    assert got["kwh"] == ("Total usage", "412.3 kWh")
    assert got["cost"] == ("Energy cost (usage × price)", "€118.40")
    assert got["average_paid"] == ("Average price paid", "28.72 ct/kWh")
    assert got["average_price"][1] == "31.00 ct/kWh — usage leaned to cheaper hours"
    assert got["cheap"][1] == "103.2 kWh (25.0 %) in each day's cheapest quarter of hours"
    assert got["saving"] == ("Saving by shifting 20 %",
                             "€4.10, had that share of each day's usage run in its cheapest hours")
    close = Insights(10.0, 10.0, 3.0, 30.1, 30.0, 2.5, 0.25, 0.2, 0.1)
    assert rows(close)["average_price"][1] == "30.00 ct/kWh — about the average"


def test_feed_in_rows_speak_of_payout():
    found = Insights(46.0, 46.0, 4.24, 9.21, 10.55, 5.0, 0.11, 0.2, None)
    got = rows(found, feed_in=True)
    assert got["kwh"][0] == "Energy fed in" and got["cost"] == ("Payout", "€4.24")
    assert got["average_paid"][0] == "Average payout received"
    assert got["average_price"] == ("Average spot payout",
                                    "10.55 ct/kWh — fed in at lower-paid hours")
    assert "best-paid" in got["cheap"][1] and "saving" not in got


def test_unknown_figures_are_left_out():
    no_prices = Insights(80.0, 0.0, None, None, None, None, None, 0.2, None)
    assert rows(no_prices) == {"kwh": ("Total usage", "80.0 kWh"),
                               "cost": ("Energy cost (usage × price)",
                                        "no prices known for this period")}
    analog = Insights(2847.9, 2847.9, 858.02, 30.13, 29.83, None, None, 0.2, None,
                      estimated=True)
    got = rows(analog)
    assert got["cost"][1] == "about €858.02 (at each month's average price)"
    assert "average_paid" not in got and got["average_price"][1] == "29.83 ct/kWh"
    assert got["cheap"][1] == "needs a smart meter's quarter-hour values"
    partly = Insights(100.0, 60.0, 18.0, 30.0, 30.0, 15.0, 0.25, 0.2, 0.5)
    assert rows(partly)["cost"][1] == "€18.00 for the 60.0 kWh with a price"
