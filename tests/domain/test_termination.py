"""Termination dates: midnight in Berlin across both clock changes, the last day of supply,
working days and the withdrawal period, worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from nomos_desk.domain import termination as t
from nomos_desk.domain.berlin import local_day


@pytest.mark.parametrize("day,utc", [
    # Autumn 2026: the clocks go back at 03:00 on Sunday 25 October.
    (date(2026, 10, 25), datetime(2026, 10, 24, 22, tzinfo=UTC)),  # midnight still in summer time
    (date(2026, 10, 26), datetime(2026, 10, 25, 23, tzinfo=UTC)),  # first winter midnight
    # Spring 2027: the clocks go forward at 02:00 on Sunday 28 March.
    (date(2027, 3, 28), datetime(2027, 3, 27, 23, tzinfo=UTC)),    # midnight still in winter time
    (date(2027, 3, 29), datetime(2027, 3, 28, 22, tzinfo=UTC)),    # first summer midnight
])
def test_end_instant_is_berlin_midnight_on_both_sides_of_a_clock_change(day, utc):
    end = t.end_instant(day)
    assert end == utc
    assert end.isoformat().endswith("+01:00" if utc.hour == 23 else "+02:00")
    assert local_day(end) == day
    assert t.last_supply_day(end) == day - timedelta(days=1)


def test_last_day_of_supply_is_the_day_before_for_every_day_of_a_year():
    day = date(2026, 1, 1)
    while day < date(2027, 1, 1):
        end = t.end_instant(day)
        assert (local_day(end), t.last_supply_day(end)) == (day, day - timedelta(days=1))
        day += timedelta(days=1)


def test_an_end_as_nomos_sends_it_reads_back_as_the_same_days():
    # Nomos answers in UTC: 2026-10-25T23:00Z is 00:00 on 26 October in Berlin.
    end = datetime(2026, 10, 25, 23, tzinfo=UTC)
    assert (local_day(end), t.last_supply_day(end)) == (date(2026, 10, 26), date(2026, 10, 25))


def test_the_sandbox_reads_our_instant_as_the_midnight_it_is():
    from nomos_desk.sandbox.timeutil import berlin_start_of_day
    for day in (date(2026, 10, 25), date(2026, 10, 26), date(2027, 3, 28), date(2027, 3, 29)):
        assert berlin_start_of_day(t.end_instant(day)) == t.end_instant(day)


def test_today_is_the_berlin_day():
    assert local_day(datetime(2026, 10, 25, 22, 30, tzinfo=UTC)) == date(2026, 10, 25)
    assert local_day(datetime(2026, 10, 25, 23, 30, tzinfo=UTC)) == date(2026, 10, 26)
    assert local_day(datetime(2026, 6, 30, 22, 30, tzinfo=UTC)) == date(2026, 7, 1)


def test_working_days_skip_weekends():
    wednesday = date(2026, 6, 10)
    assert t.add_working_days(wednesday, 3) == date(2026, 6, 15)  # Thu, Fri, Mon
    assert t.add_working_days(date(2026, 6, 12), 1) == date(2026, 6, 15)  # Friday -> Monday
    assert t.add_working_days(date(2026, 6, 13), 1) == date(2026, 6, 15)  # Saturday -> Monday
    assert t.add_working_days(wednesday, 0) == wednesday


def test_suggested_ends():
    assert t.suggested_end(t.MOVE_OUT, date(2026, 10, 21)) == date(2026, 10, 26)
    assert t.suggested_end(t.WITHDRAWAL, date(2026, 10, 23)) == date(2026, 10, 28)
    assert t.suggested_end(t.ORDINARY, date(2026, 6, 10)) == date(2026, 7, 10)


def test_an_end_has_to_lie_after_today():
    today = date(2026, 6, 10)
    assert t.end_problem(date(2026, 6, 11), today) is None
    assert t.end_problem(today, today).code == "date_not_in_future"
    assert t.end_problem(None, today).code == "required"


def test_withdrawal_deadline_counts_fourteen_berlin_days():
    # Signed up at 23:30 UTC on 1 March: already 2 March in Berlin.
    assert t.withdrawal_deadline(datetime(2026, 3, 1, 23, 30, tzinfo=UTC)) == date(2026, 3, 16)
