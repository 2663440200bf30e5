"""Consumption between meter readings and the local checks of a new one."""

from datetime import date

from nomos_desk.domain.readings import (
    CUSTOMER,
    ESTIMATE,
    GRID,
    Reading,
    check_reading,
    with_consumption,
)

READINGS = [Reading(date(2026, 2, 1), 1310.0, GRID), Reading(date(2026, 1, 1), 1000.0, CUSTOMER),
            Reading(date(2026, 3, 1), 1590.0, ESTIMATE)]
TODAY = date(2026, 3, 15)


def check(value, day, start=date(2025, 6, 1), end=None):
    return {k: (v.code, v.limit) for k, v in
            check_reading(value, day, READINGS, TODAY, start, end).items()}


def test_consumption_between_readings_newest_first():
    rows = with_consumption(READINGS)
    assert [r.reading.day for r in rows] == [date(2026, 3, 1), date(2026, 2, 1), date(2026, 1, 1)]
    assert (rows[0].consumed, rows[0].days, rows[0].per_day) == (280.0, 28, 10.0)
    assert (rows[1].consumed, rows[1].days, rows[1].per_day) == (310.0, 31, 10.0)
    assert (rows[2].consumed, rows[2].days, rows[2].per_day) == (None, None, None)
    assert rows[0].reading.estimated and not rows[1].reading.estimated


def test_a_plausible_reading_passes():
    assert check(1400.0, date(2026, 3, 10)) == {}
    # Below the estimate of 1 March is fine: an estimate is not a reading of the meter.
    assert check(1500.0, date(2026, 3, 10)) == {}


def test_value_checks():
    assert check(None, date(2026, 3, 10)) == {"value": ("required", None)}
    assert check(0.0, date(2026, 3, 10)) == {"value": ("not_positive", None)}
    assert check(-5.0, date(2026, 3, 10)) == {"value": ("not_positive", None)}
    assert check(1300.0, date(2026, 3, 10)) == {"value": ("below_previous", "1310.0")}
    assert check(1400.0, date(2026, 1, 20)) == {"value": ("above_next", "1310.0")}


def test_date_checks():
    assert check(1400.0, None) == {"timestamp": ("required", None)}
    assert check(1400.0, date(2026, 3, 16)) == {"timestamp": ("date_in_future", "2026-03-15")}
    assert check(900.0, date(2025, 5, 31)) == {"timestamp": ("before_supply", "2025-06-01")}
    assert check(1400.0, date(2026, 3, 10), end=date(2026, 3, 1)) == {
        "timestamp": ("after_supply", "2026-03-01")}
    assert check(1310.0, date(2026, 2, 1)) == {"timestamp": ("duplicate_day", "2026-02-01")}
    both = check(-1.0, date(2027, 1, 1))
    assert set(both) == {"value", "timestamp"}
