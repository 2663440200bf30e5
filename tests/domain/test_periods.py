"""Berlin calendar periods and their quarter-hour grid, clock-change days included."""

from datetime import UTC, date, datetime

import pytest

from nomos_desk.domain import periods as p
from nomos_desk.domain.berlin import local_day, midnight


def test_days_have_92_96_or_100_quarter_hours():
    assert p.slots_in_day(date(2026, 3, 29)) == 92   # clocks go forward: 23 hours
    assert p.slots_in_day(date(2026, 10, 25)) == 100  # clocks go back: 25 hours
    assert p.slots_in_day(date(2026, 6, 1)) == 96
    assert midnight(date(2026, 3, 29)) == datetime(2026, 3, 28, 23, tzinfo=UTC)
    assert midnight(date(2026, 3, 30)) == datetime(2026, 3, 29, 22, tzinfo=UTC)
    assert local_day(datetime(2026, 10, 24, 22, 30, tzinfo=UTC)) == date(2026, 10, 25)


def test_calendar_periods_contain_the_day():
    week = p.period_of(p.WEEK, date(2026, 11, 18))  # a Wednesday
    assert (week.first, week.last) == (date(2026, 11, 16), date(2026, 11, 22))
    leap = p.period_of(p.MONTH, date(2028, 2, 10))
    assert (leap.first, leap.last, leap.days) == (date(2028, 2, 1), date(2028, 2, 29), 29)
    year = p.period_of(p.YEAR, date(2026, 7, 1))
    assert (year.first, year.last, year.slots) == (date(2026, 1, 1), date(2026, 12, 31), 35040)
    with pytest.raises(ValueError):
        p.period_of(p.CUSTOM, date(2026, 1, 1))


def test_a_week_over_the_october_change_has_four_more_quarter_hours():
    week = p.period_of(p.WEEK, date(2026, 10, 25))
    assert week.slots == 7 * 96 + 4
    assert list(p.day_offsets(week))[:3] == [0, 96, 192]
    assert p.day_offsets(week)[-1] == week.slots
    edges = p.slot_edges(week)
    assert edges.size == week.slots + 1 and edges[-1] == week.end_epoch


def test_shifting_periods():
    day = p.period_of(p.DAY, date(2026, 3, 1))
    assert day.shifted(-1).first == date(2026, 2, 28)
    month = p.period_of(p.MONTH, date(2026, 1, 31))
    assert month.shifted(1) == p.Period(p.MONTH, date(2026, 2, 1), date(2026, 2, 28))
    assert month.shifted(-13).first == date(2024, 12, 1)
    assert p.period_of(p.YEAR, date(2026, 5, 5)).shifted(1).first == date(2027, 1, 1)
    assert p.period_of(p.WEEK, date(2026, 11, 18)).shifted(2).first == date(2026, 11, 30)
    chosen = p.custom(date(2026, 1, 10), date(2026, 1, 1))  # ends swapped
    assert (chosen.first, chosen.last, chosen.days) == (date(2026, 1, 1), date(2026, 1, 10), 10)
    assert chosen.shifted(1).first == date(2026, 1, 11)
    assert p.custom(date(2020, 1, 1), date(2026, 1, 1)).days == p.MAX_CUSTOM_DAYS


def test_requests_are_cut_by_month_and_missing_days_fold_into_runs():
    assert p.month_chunks(date(2026, 1, 15), date(2026, 3, 2)) == [
        (date(2026, 1, 15), date(2026, 1, 31)), (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 2))]
    days = [date(2026, 1, d) for d in (5, 1, 2, 3, 9)]
    assert p.day_runs(days) == [(date(2026, 1, 1), date(2026, 1, 3)),
                                (date(2026, 1, 5), date(2026, 1, 5)),
                                (date(2026, 1, 9), date(2026, 1, 9))]
    month = p.period_of(p.MONTH, date(2026, 5, 1))
    assert p.clip(month, date(2026, 5, 20), None) == (date(2026, 5, 20), date(2026, 5, 31))
    assert p.clip(month, None, date(2026, 4, 30)) is None


def test_smart_meter_values_are_expected_from_16_00_the_next_day():
    # 15:59 in Berlin (CET, UTC+1) on 17 November: yesterday's values may not be there yet.
    assert p.usage_published_before(datetime(2026, 11, 17, 14, 59, tzinfo=UTC)) == \
        date(2026, 11, 16)
    assert p.usage_published_before(datetime(2026, 11, 17, 15, 0, tzinfo=UTC)) == \
        date(2026, 11, 17)
    # Summer time (UTC+2): 16:00 local is 14:00 UTC.
    assert p.usage_published_before(datetime(2026, 7, 1, 14, 0, tzinfo=UTC)) == date(2026, 7, 1)
