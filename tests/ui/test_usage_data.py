"""Usage and prices from the sandbox onto the quarter-hour grid: clock-change days, the
same buckets as Nomos's own resolution, and the disk cache (final kept, preliminary asked
again)."""

from __future__ import annotations

import os
import stat
from datetime import date

import numpy as np
import pytest

from nomos_desk.domain import aggregate as a
from nomos_desk.domain.periods import DAY, MONTH, WEEK, Period, period_of
from nomos_desk.ui.usage.loader import PeriodData, Subject, fill

from .usage_helpers import pin_clock, requests_to, usage_case

TODAY = date(2026, 11, 16)


@pytest.fixture
def services(services_factory):
    return pin_clock(services_factory())


def load(qrun, services, sub_id: str, period: Period) -> PeriodData:
    sub = qrun(services.client.get_subscription(sub_id))
    data = PeriodData(Subject.of(sub), period, TODAY)
    drawn: list[int] = []
    qrun(fill(data, services.client, services.usage, lambda: drawn.append(data.chunks_done)))
    assert drawn[-1] == data.chunks_total  # the chart was told after every chunk
    return data


@pytest.mark.parametrize(("day", "slots"), [(date(2026, 3, 29), 92), (date(2026, 10, 25), 100)])
def test_clock_change_days_arrive_whole(qtbot, qloop, qrun, services, sandbox_app, day, slots):
    sub = usage_case(sandbox_app)
    data = load(qrun, services, sub["id"], period_of(DAY, day))
    assert data.slots.kwh.size == slots
    assert np.isfinite(data.slots.kwh).all() and np.isfinite(data.slots.price).all()
    hours = a.aggregate(data.slots, a.HOUR)
    assert len(hours) == slots // 4
    nomos = qrun(services.client.get_usage(sub["id"], day, date.fromordinal(day.toordinal() + 1),
                                           "hour"))
    assert [p.usage for p in nomos.data] == pytest.approx(list(hours.kwh), abs=1e-3)


@pytest.mark.parametrize(("kind", "resolution"), [(WEEK, "hour"), (MONTH, "day"),
                                                  (MONTH, "week")])
def test_local_buckets_match_nomos_resolution(qtbot, qloop, qrun, services, sandbox_app, kind,
                                              resolution):
    sub = usage_case(sandbox_app)
    period = period_of(kind, date(2026, 10, 25))
    data = load(qrun, services, sub["id"], period)
    ours = a.aggregate(data.slots, resolution)
    nomos = qrun(services.client.get_usage(sub["id"], period.first, period.end, resolution))
    assert [p.start.value.timestamp() for p in nomos.data] == list(ours.edges[:-1])
    # Nomos rounds each value (and each sum) to 4 decimals: half a unit per quarter hour.
    error = np.abs(np.array([p.usage for p in nomos.data]) - ours.kwh)
    assert (error <= 5e-5 * (ours.size + 1)).all()


def test_final_days_are_kept_and_preliminary_ones_asked_again(qtbot, qloop, qrun, services,
                                                               sandbox_app):
    sub = usage_case(sandbox_app)
    week = period_of(WEEK, date(2026, 11, 9))  # 9 to 15 November; 13 to 15 still preliminary
    first = load(qrun, services, sub["id"], week)
    assert first.from_cache == 0
    assert first.slots.preliminary.any() and np.isfinite(first.slots.kwh).all()
    assert [r["query"] for r in requests_to(sandbox_app, "/usage")] == [
        "resolution=15min&start=2026-11-09&end=2026-11-16"]
    assert len(requests_to(sandbox_app, "/prices")) == 1
    assert stat.S_IMODE(os.stat(services.usage.path).st_mode) == 0o600

    sandbox_app.state.sandbox.request_log.clear()
    again = load(qrun, services, sub["id"], week)
    # Four final days and seven past price days came from disk; only 13 to 15 went out again.
    assert again.from_cache == 4 + 7
    assert [r["query"] for r in requests_to(sandbox_app, "/usage")] == [
        "resolution=15min&start=2026-11-13&end=2026-11-16"]
    assert requests_to(sandbox_app, "/prices") == []
    np.testing.assert_array_equal(again.slots.kwh, first.slots.kwh)
    np.testing.assert_array_equal(again.slots.price, first.slots.price)
    assert list(again.slots.preliminary) == list(first.slots.preliminary)


def test_today_and_the_future_are_gaps_and_tomorrows_prices_are_not_kept(qtbot, qloop, qrun,
                                                                          services, sandbox_app):
    sub = usage_case(sandbox_app)
    month = period_of(MONTH, TODAY)
    data = load(qrun, services, sub["id"], month)
    by_day = a.aggregate(data.slots, a.DAY)
    assert np.isfinite(by_day.kwh[:15]).all()       # 1 to 15 November
    assert np.isnan(by_day.kwh[15:]).all()          # today and later: gaps, not zeros
    assert np.isfinite(by_day.price_time[15])       # today's prices are published
    assert np.isnan(by_day.price_time[17:]).all()   # after tomorrow there are none
    cached = services.usage.get("prices", sub["id"], date(2026, 11, 1), date(2026, 11, 30))
    assert max(cached) == date(2026, 11, 15)


def test_a_year_comes_in_month_chunks_newest_first(qtbot, qloop, qrun, services, sandbox_app):
    sub = usage_case(sandbox_app)
    data = load(qrun, services, sub["id"], period_of("year", date(2025, 6, 1)))
    usage = requests_to(sandbox_app, "/usage")
    assert len(usage) == 12 and len(requests_to(sandbox_app, "/prices")) == 12
    assert data.chunks_total == 24 == data.chunks_done
    assert np.isfinite(data.slots.kwh).all() and np.isfinite(data.slots.price).all()
    # Before October 2025 the day-ahead auction cleared hourly: 4 equal quarter hours.
    assert len(set(data.slots.price[:4])) == 1


def test_analog_months_and_ended_subscriptions(qtbot, qloop, qrun, services, sandbox_app):
    analog = usage_case(sandbox_app, meter="analog")
    data = load(qrun, services, analog["id"], period_of("year", date(2026, 1, 1)))
    points = data.month_points()
    assert len(points) == 10  # January to October; November is not over
    assert [q for q in requests_to(sandbox_app, "/usage")][0]["query"].startswith(
        "resolution=month&start=2026-01-01")
    buckets = a.monthly_buckets(data.period, points, data.slots)
    assert np.isfinite(buckets.kwh[:10]).all() and np.isnan(buckets.kwh[10:]).all()
    assert buckets.preliminary[9] and not buckets.preliminary[8]  # October is an estimate

    ended = usage_case(sandbox_app, status="ended")
    gone = load(qrun, services, ended["id"], period_of(DAY, date(2026, 11, 1)))
    assert gone.price_range() is None and np.isnan(gone.slots.price).all()


def test_sign_out_wipes_the_cache_and_a_plain_close_keeps_it(qtbot, qloop, qrun, services_factory,
                                                             sandbox_app):
    sub = usage_case(sandbox_app)
    kept = pin_clock(services_factory())
    load(qrun, kept, sub["id"], period_of(DAY, date(2026, 11, 1)))
    path = kept.usage.path
    qrun(kept.close())
    assert path.exists()  # the next session of this profile starts from it
    wiped = pin_clock(services_factory())
    assert wiped.usage.path == path
    again = load(qrun, wiped, sub["id"], period_of(DAY, date(2026, 11, 1)))
    assert again.from_cache == 2  # that day's usage and prices
    qrun(wiped.close(wipe=True))
    assert not path.exists() and not list(path.parent.glob(path.name + "*"))
