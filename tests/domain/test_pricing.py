"""Usage priced interval by interval, on Berlin calendar days (hand-computed cases)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from nomos_desk.domain.berlin import months_later
from nomos_desk.domain.pricing import (
    PriceAt,
    UsageAt,
    billing_days,
    months_between,
    price_usage,
    usage_intervals,
)

Q = timedelta(minutes=15)
T0 = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)


def quarter_hours(start: datetime, kwh: list[float]) -> list[UsageAt]:
    return usage_intervals([(start + i * Q, v) for i, v in enumerate(kwh)], "15min",
                           start + len(kwh) * Q)


def flat_prices(start: datetime, stop: datetime, step: timedelta, electricity: float,
                grid: float = 10.0, levies: float = 5.0) -> list[PriceAt]:
    out, t = [], start
    while t < stop:
        out.append(PriceAt(t, electricity, grid, levies))
        t += step
    return out


def test_each_quarter_hour_takes_its_own_price():
    usage = quarter_hours(T0, [1.0, 2.0, 0.5, 0.5])
    prices = [PriceAt(T0 + i * Q, e, 11.0, 7.0) for i, e in enumerate([10.0, -2.0, 30.0, 30.0])]
    out = price_usage(usage, prices)
    assert out.kwh == 4.0 and out.priced_kwh == 4.0 and not out.averaged
    assert out.energy_ct == pytest.approx(10.0 - 4.0 + 15.0 + 15.0)  # 36 ct
    assert (out.grid_ct, out.levies_ct) == (pytest.approx(44.0), pytest.approx(28.0))


def test_an_hourly_price_covers_its_four_quarter_hours():
    start = datetime(2025, 9, 30, 22, 0, tzinfo=UTC)  # hourly prices until 1 October 2025
    usage = quarter_hours(start, [0.25, 0.25, 0.25, 0.25, 1.0])
    prices = [PriceAt(start, 10.0, 0, 0), PriceAt(start + 4 * Q, 20.0, 0, 0)]
    out = price_usage(usage, prices)
    assert out.energy_ct == pytest.approx(1.0 * 10.0 + 1.0 * 20.0) and not out.averaged


def test_usage_without_a_price_is_counted_but_not_priced():
    usage = quarter_hours(T0, [1.0, 2.0, 4.0])
    prices = [PriceAt(T0, 10.0, 0, 0)]  # one quarter hour known, then nothing
    out = price_usage(usage, prices)
    assert (out.kwh, out.priced_kwh, out.unpriced_kwh) == (7.0, 1.0, 6.0)
    assert out.energy_ct == pytest.approx(10.0)


def test_a_long_interval_takes_the_time_weighted_mean_and_says_so():
    usage = usage_intervals([(T0, 3.0)], "hour", T0 + timedelta(hours=2))
    assert usage == [UsageAt(T0, T0 + timedelta(hours=1), 3.0)]
    two_hours = [UsageAt(T0, T0 + timedelta(hours=2), 3.0)]
    dear_then_cheap = [PriceAt(T0, 30.0, 8.0, 6.0),
                       PriceAt(T0 + timedelta(hours=1), 10.0, 8.0, 6.0)]
    out = price_usage(two_hours, dear_then_cheap)
    assert out.averaged and out.energy_ct == pytest.approx(3.0 * 20.0)
    assert out.grid_ct == pytest.approx(24.0)
    flat = price_usage(two_hours, flat_prices(T0, T0 + timedelta(hours=2), Q, 25.0))
    assert not flat.averaged and flat.energy_ct == pytest.approx(75.0)


def test_points_without_time_or_value_are_left_out_and_order_does_not_matter():
    points = [(T0 + Q, 2.0), (None, 5.0), (T0, 1.0), (T0 + 2 * Q, None)]
    assert [u.kwh for u in usage_intervals(points, "15min", T0 + 4 * Q)] == [1.0, 2.0]


@pytest.mark.parametrize(("start", "end", "first", "stop", "quarters"), [
    # October 2025: the 26th has 25 hours (summer time ends), 2980 quarter hours.
    ("2025-09-30T22:00:00+00:00", "2025-10-31T23:00:00+00:00", date(2025, 10, 1),
     date(2025, 11, 1), 2980),
    # March 2026: the 29th has 23 hours (summer time starts), 2972 quarter hours.
    ("2026-02-28T23:00:00+00:00", "2026-03-31T22:00:00+00:00", date(2026, 3, 1),
     date(2026, 4, 1), 2972),
])
def test_a_month_with_a_clock_change_is_one_month_of_its_real_quarter_hours(
        start, end, first, stop, quarters):
    period_start, period_end = datetime.fromisoformat(start), datetime.fromisoformat(end)
    assert billing_days(period_start, period_end) == (first, stop)
    assert months_between(first, stop) == 1.0
    usage = quarter_hours(period_start, [0.1] * quarters)
    assert usage[-1].end == period_end
    prices = flat_prices(period_start, period_end, Q, 20.0)
    out = price_usage(usage, prices)
    assert out.kwh == pytest.approx(quarters / 10) and out.priced_kwh == pytest.approx(out.kwh)
    assert out.energy_ct == pytest.approx(quarters * 2.0)  # 0.1 kWh x 20 ct each
    # An analog meter's one value for the month ends at the next local midnight, whatever
    # the clock did, and is priced over all of the month's prices.
    month = usage_intervals([(period_start, quarters / 10)], "month", period_end)
    assert month == [UsageAt(period_start, period_end, quarters / 10)]
    assert price_usage(month, prices).energy_ct == pytest.approx(quarters * 2.0)


def test_months_count_whole_months_then_the_share_of_the_last():
    assert months_between(date(2026, 2, 1), date(2026, 2, 15)) == 0.5  # 14 of 28 days
    assert months_between(date(2026, 1, 15), date(2026, 3, 15)) == 2.0
    assert months_between(date(2026, 1, 1), date(2026, 1, 1)) == 0.0
    assert months_later(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert months_later(date(2024, 12, 31), 2) == date(2025, 2, 28)
    assert billing_days(datetime(2026, 5, 1, 12, tzinfo=UTC),
                        datetime(2026, 5, 1, 13, tzinfo=UTC)) == (date(2026, 5, 1),
                                                                  date(2026, 5, 2))
