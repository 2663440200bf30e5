"""The phone figures, each against a case computed by hand."""

from datetime import date

import numpy as np
import pytest

from nomos_desk.domain import insights as i
from nomos_desk.domain.aggregate import MONTH, aggregate
from nomos_desk.domain.periods import custom
from nomos_desk.domain.slots import Slots

# Two "days" of four quarter hours: the cheapest quarter of each day is one quarter hour.
OFFSETS = np.array([0, 4, 8])
KWH = np.array([1.0, 1.0, 2.0, 0.0, 2.0, 2.0, 0.0, 0.0])
PRICE = np.array([10.0, 20.0, 30.0, 40.0, 40.0, 30.0, 20.0, 10.0])


def test_totals_and_average_prices():
    got = i.quarter_hour_insights(KWH, PRICE, OFFSETS, 0.2)
    assert got.kwh == 8.0 and got.priced_kwh == 8.0
    assert got.cost == pytest.approx(2.30)            # 90 ct + 140 ct
    assert got.average_paid == pytest.approx(28.75)   # 230 ct / 8 kWh
    assert got.average_price == pytest.approx(25.0)   # 200 ct over 8 quarter hours


def test_usage_in_the_cheapest_quarter_of_hours():
    got = i.quarter_hour_insights(KWH, PRICE, OFFSETS, 0.2)
    # Day 1: cheapest is the first quarter (10 ct, 1 kWh); day 2: the last (10 ct, 0 kWh).
    assert got.cheap_kwh == pytest.approx(1.0)
    assert got.cheap_share == pytest.approx(0.125)


def test_saving_from_moving_the_flexible_share_into_cheap_hours():
    got = i.quarter_hour_insights(KWH, PRICE, OFFSETS, 0.2)
    # Day 1: 0.8 kWh cost 0.2 x 90 = 18 ct, moved to 10 ct: 8 ct, saves 10 ct.
    # Day 2: 0.8 kWh cost 0.2 x 140 = 28 ct, moved: 8 ct, saves 20 ct.
    assert got.saving == pytest.approx(0.30)
    assert i.quarter_hour_insights(KWH, PRICE, OFFSETS, 0.5).saving == pytest.approx(0.75)
    assert i.quarter_hour_insights(KWH, PRICE, OFFSETS, 0.0).saving == 0.0


def test_a_day_already_in_cheap_hours_saves_nothing():
    kwh = np.array([4.0, 0.0, 0.0, 0.0])
    price = np.array([10.0, 20.0, 30.0, 40.0])
    # Half the day is "cheap" (mean 15 ct): moving 0.8 kWh from 10 ct there would cost more.
    got = i.quarter_hour_insights(kwh, price, np.array([0, 4]), 0.2, fraction=0.5)
    assert got.saving == 0.0 and got.cheap_kwh == 4.0 and got.cheap_share == 1.0


def test_unknown_quarter_hours_do_not_count():
    kwh = np.array([1.0, np.nan, 1.0, 1.0])
    price = np.array([10.0, 10.0, np.nan, 30.0])
    got = i.quarter_hour_insights(kwh, price, np.array([0, 4]), 0.2)
    assert got.kwh == 3.0 and got.priced_kwh == 2.0
    assert got.cost == pytest.approx(0.40) and got.average_price == pytest.approx(20.0)
    assert got.cheap_kwh == 1.0  # 1 of 2 priced quarter hours: ceil(0.5) = 1
    nothing = i.quarter_hour_insights(np.full(4, np.nan), price, np.array([0, 4]), 0.2)
    assert nothing.cost is None and nothing.saving is None and nothing.kwh == 0.0


def test_feed_in_counts_the_best_paid_quarter_and_has_nothing_to_move():
    got = i.quarter_hour_insights(KWH, PRICE, OFFSETS, 0.2, feed_in=True)
    # Day 1: best paid is 40 ct with 0 kWh; day 2: 40 ct with 2 kWh.
    assert got.cheap_kwh == 2.0 and got.saving is None
    assert got.cost == pytest.approx(2.30)  # the payout


def test_the_cheapest_quarter_has_a_quarter_of_the_day():
    assert [i.cheap_count(n) for n in (96, 92, 100, 3, 0)] == [24, 23, 25, 1, 0]


def test_analog_insights_estimate_cost_from_month_averages():
    period = custom(date(2026, 1, 1), date(2026, 2, 28))
    prices = Slots.empty(period)
    prices.price[:] = 30.0
    prices.kwh[:] = 0.0
    prices.kwh[0], prices.kwh[31 * 96] = 300.0, 200.0
    buckets = aggregate(prices, MONTH)
    got = i.monthly_insights(buckets)
    assert got.estimated and got.kwh == 500.0 and got.cost == 150.0
    assert got.average_paid == pytest.approx(30.0) and got.average_price == pytest.approx(30.0)
    assert got.cheap_kwh is None and got.saving is None


def test_extreme_hours():
    prices = np.array([30.0, np.nan, 10.0, 50.0, 10.0, 40.0])
    assert i.extreme_hours(prices, 2) == ([2, 4], [3, 5])
    assert i.extreme_hours(np.full(3, np.nan)) == ([], [])
    assert i.extreme_hours(np.array([5.0]), 3) == ([0], [0])
