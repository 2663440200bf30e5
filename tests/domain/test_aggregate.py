"""API points on the quarter-hour grid, and buckets with honest averages, hand-computed."""

from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest

from nomos_desk.domain import aggregate as a
from nomos_desk.domain import periods as p
from nomos_desk.domain.berlin import BERLIN, midnight
from nomos_desk.domain.slots import Slots


def iso_points(day: date, n: int) -> list[float]:
    """What the API sends: UTC starts of every quarter hour of the local day."""
    start = midnight(day).astimezone(UTC)  # Berlin-aware + timedelta would keep wall time
    return [(start + timedelta(minutes=15 * i)).timestamp() for i in range(n)]


def local_hours(edges) -> list[str]:
    return [datetime.fromtimestamp(x, UTC).astimezone(BERLIN).strftime("%H:%M")
            for x in edges]


@pytest.mark.parametrize(("day", "slots", "hours"), [
    (date(2026, 3, 29), 92, 23), (date(2026, 10, 25), 100, 25)])
def test_clock_change_days_map_every_quarter_hour_once(day, slots, hours):
    period = p.period_of(p.DAY, day)
    grid = Slots.empty(period)
    starts = iso_points(day, slots)
    kwh = [0.01 * (i + 1) for i in range(slots)]
    assert grid.put_usage(starts, kwh, [False] * slots) == slots
    assert np.isfinite(grid.kwh).all()
    assert grid.put_usage([starts[0] - 900, p.midnight_epoch(day + timedelta(days=1))],
                          [9.0, 9.0], [False, False]) == 0  # neighbours' points stay out
    by_hour = a.aggregate(grid, a.HOUR)
    assert len(by_hour) == hours
    labels = local_hours(by_hour.edges[:-1])
    if hours == 25:
        assert labels[:5] == ["00:00", "01:00", "02:00", "02:00", "03:00"]
    else:
        assert labels[:3] == ["00:00", "01:00", "03:00"]
    by_day = a.aggregate(grid, a.DAY)
    assert len(by_day) == 1 and by_day.kwh[0] == pytest.approx(sum(kwh))
    assert by_day.size[0] == slots and by_day.missing[0] == 0


def test_hourly_prices_cover_their_four_quarter_hours_on_the_short_day():
    period = p.period_of(p.DAY, date(2025, 3, 30))  # hourly day-ahead era, 23 hours
    grid = Slots.empty(period)
    starts = [p.midnight_epoch(date(2025, 3, 30)) + 3600 * h for h in range(23)]
    grid.put_prices(starts, [float(h) for h in range(23)],
                    {"electricity": [1.0] * 23, "grid": [2.0] * 23, "levies": [3.0] * 23}, 3600)
    assert np.isfinite(grid.price).all() and grid.price.size == 92
    assert list(grid.price[:8]) == [0, 0, 0, 0, 1, 1, 1, 1]
    assert (grid.parts["levies"] == 3.0).all()


def one_hour(kwh, price) -> Slots:
    period = p.period_of(p.DAY, date(2026, 6, 1))
    grid = Slots.empty(period)
    grid.kwh[:4] = kwh
    grid.price[:4] = price
    for kind in grid.parts:
        grid.parts[kind][:4] = np.asarray(price) / 3
    return grid


def test_prices_are_averaged_by_time_and_by_usage():
    hour = a.aggregate(one_hour([1.0, 0.0, 2.0, 1.0], [10.0, 20.0, 30.0, 40.0]), a.HOUR)
    assert hour.kwh[0] == 4.0
    assert hour.price_time[0] == 25.0                      # (10+20+30+40)/4
    assert hour.price_usage[0] == pytest.approx(27.5)      # (10+0+60+40)/4 kWh
    assert hour.cost[0] == pytest.approx(1.10)             # 110 ct
    assert hour.usage_weighted[0]
    assert hour.parts_usage["grid"][0] == pytest.approx(27.5 / 3)
    assert hour.price(by_usage=False)[0] == 25.0 and hour.parts(by_usage=True) is hour.parts_usage
    assert np.isnan(hour.price_time[1]) and np.isnan(hour.kwh[1]) and np.isnan(hour.cost[1])


def test_without_usage_every_quarter_hour_weighs_the_same():
    grid = one_hour([1.0, 1.0, 1.0, 1.0], [10.0] * 4)
    grid.price[4:8] = [10.0, 20.0, 30.0, 60.0]  # the next hour: prices, no usage yet
    hour = a.aggregate(grid, a.HOUR)
    assert hour.price_usage[1] == hour.price_time[1] == 30.0
    assert not hour.usage_weighted[1] and np.isnan(hour.cost[1])


def test_missing_values_are_gaps_not_zeros():
    grid = one_hour([1.0, np.nan, 2.0, np.nan], [10.0, 20.0, np.nan, 40.0])
    hour = a.aggregate(grid, a.HOUR)
    assert hour.kwh[0] == 3.0 and hour.missing[0] == 2 and hour.size[0] == 4
    assert hour.price_time[0] == pytest.approx(70 / 3)
    assert hour.price_usage[0] == 10.0   # only the first quarter has usage and price
    assert hour.cost[0] == pytest.approx(0.10)
    assert np.isnan(hour.kwh[5]) and hour.missing[5] == 4


def test_a_bucket_is_preliminary_when_any_value_in_it_is():
    grid = one_hour([1.0, 1.0, 1.0, 1.0], [10.0] * 4)
    grid.preliminary[2] = True
    grid.preliminary[9] = True  # a slot without a value marks nothing
    hour = a.aggregate(grid, a.HOUR)
    assert list(hour.preliminary[:3]) == [True, False, False]


def test_weeks_start_on_monday_and_months_on_the_first():
    month = p.period_of(p.MONTH, date(2026, 11, 1))  # 1 November 2026 is a Sunday
    weeks = a.aggregate(Slots.empty(month), a.WEEK)
    starts = [p.local_day_of_epoch(x) for x in weeks.edges[:-1]]
    assert starts == [date(2026, 11, 1), date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16),
                      date(2026, 11, 23), date(2026, 11, 30)]
    year = a.aggregate(Slots.empty(p.period_of(p.YEAR, date(2026, 1, 1))), a.MONTH)
    assert [p.local_day_of_epoch(x) for x in year.edges[:-1]] == \
        [date(2026, m, 1) for m in range(1, 13)]
    assert year.size[2] == 31 * 96 - 4 and year.size[9] == 31 * 96 + 4
    with pytest.raises(ValueError):
        a.bucket_starts(month, "fortnight")


def test_auto_resolution_follows_the_period_length():
    day = p.period_of(p.DAY, date(2026, 1, 1))
    assert a.resolve(a.AUTO, day) == a.QUARTER
    assert a.resolve(a.AUTO, p.period_of(p.WEEK, date(2026, 1, 1))) == a.HOUR
    assert a.resolve(a.AUTO, p.period_of(p.YEAR, date(2026, 1, 1))) == a.DAY
    assert a.resolve(a.AUTO, p.custom(date(2024, 1, 1), date(2025, 12, 31))) == a.WEEK
    assert a.resolve(a.MONTH, day) == a.MONTH


def test_analog_months_are_priced_at_the_month_average():
    period = p.Period(p.CUSTOM, date(2026, 1, 1), date(2026, 2, 28))
    prices = Slots.empty(period)
    jan = 31 * 96
    prices.price[:jan] = 30.0
    prices.price[jan:] = 40.0
    months = [(p.midnight_epoch(date(2026, 1, 1)), 300.0, False),
              (p.midnight_epoch(date(2026, 2, 1)), 250.0, True)]
    buckets = a.monthly_buckets(period, months, prices)
    assert list(buckets.kwh) == [300.0, 250.0]
    assert list(buckets.preliminary) == [False, True]
    assert list(buckets.cost) == [pytest.approx(90.0), pytest.approx(100.0)]
    assert not buckets.usage_weighted.any()
    assert list(buckets.price_usage) == [30.0, 40.0]  # no finer usage: time-weighted only
