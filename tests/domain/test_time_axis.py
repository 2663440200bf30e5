"""Ticks of the Berlin time axis: wall-clock hours on the 23- and 25-hour days."""

from datetime import UTC, date, datetime

from nomos_desk.domain import periods as p
from nomos_desk.domain import time_axis as t
from nomos_desk.domain.berlin import BERLIN


def clock(ticks):
    return [datetime.fromtimestamp(x, UTC).astimezone(BERLIN).strftime("%H:%M") for x in ticks]


def test_the_step_keeps_labels_apart():
    assert t.choose_step(86400, 1200).count == 120  # a day on 1200 px: every 2 hours
    assert t.choose_step(86400, 3000).count == 60  # 30 min would be 62 px apart
    assert t.choose_step(86400, 5000).count == 30
    assert t.choose_step(365 * 86400, 1200).unit == t.MONTH
    assert t.choose_step(365 * 86400, 300).unit == t.MONTH and \
        t.choose_step(365 * 86400, 300).count == 3
    assert t.choose_step(0, 100) == t.LADDER[-1]


def test_hourly_ticks_on_the_25_hour_day_show_two_o_clock_twice():
    day = p.period_of(p.DAY, date(2026, 10, 25))
    ticks = t.ticks(day.start_epoch, day.end_epoch - 1, t.Step(t.TIME, 60, 3600))
    assert len(ticks) == 25
    assert clock(ticks)[:5] == ["00:00", "01:00", "02:00", "02:00", "03:00"]
    # Two-hourly, the second 02:00 would sit an hour after the first: it is left out.
    two = t.ticks(day.start_epoch, day.end_epoch - 1, t.Step(t.TIME, 120, 7200))
    assert clock(two) == ["00:00", "02:00", "04:00", "06:00", "08:00", "10:00", "12:00",
                          "14:00", "16:00", "18:00", "20:00", "22:00"]


def test_hourly_ticks_on_the_23_hour_day_skip_two_o_clock():
    day = p.period_of(p.DAY, date(2026, 3, 29))
    ticks = t.ticks(day.start_epoch, day.end_epoch - 1, t.Step(t.TIME, 60, 3600))
    assert len(ticks) == 23 and "02:00" not in clock(ticks)
    three = t.ticks(day.start_epoch, day.end_epoch - 1, t.Step(t.TIME, 180, 10800))
    assert clock(three) == ["00:00", "03:00", "06:00", "09:00", "12:00", "15:00", "18:00",
                            "21:00"]


def test_day_week_and_month_ticks_sit_on_local_midnights():
    week = p.period_of(p.WEEK, date(2026, 10, 25))
    days = t.ticks(week.start_epoch, week.end_epoch - 1, t.Step(t.DAY, 1, 86400))
    assert len(days) == 7 and set(clock(days)) == {"00:00"}
    year = p.period_of(p.YEAR, date(2026, 1, 1))
    months = t.ticks(year.start_epoch, year.end_epoch - 1, t.Step(t.MONTH, 1, 0))
    assert [datetime.fromtimestamp(x, UTC).astimezone(BERLIN).date() for x in months] == \
        [date(2026, m, 1) for m in range(1, 13)]
    quarters = t.ticks(year.start_epoch, year.end_epoch - 1, t.Step(t.MONTH, 3, 0))
    assert len(quarters) == 4
    mondays = t.ticks(year.start_epoch, year.end_epoch - 1, t.Step(t.WEEK, 1, 0))
    assert len(mondays) == 52 and all(p.local_day_of_epoch(x).weekday() == 0 for x in mondays)
    assert t.ticks(10.0, 5.0, t.LADDER[0]) == []
