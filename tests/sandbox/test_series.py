"""Usage shapes, spot prices and the usage/price API objects computed on the fly."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest

from nomos_desk.sandbox import profiles, series
from nomos_desk.sandbox.spot import spot_net
from nomos_desk.sandbox.tariffs import PLAN_CATALOGUE
from nomos_desk.sandbox.timegrid import (
    day_slot,
    local_date,
    local_midnight,
    local_minutes,
    slot_of,
)

NOW = datetime(2026, 3, 18, 9, 0, tzinfo=UTC)  # 10:00 in Berlin


def plan(slug: str) -> dict:
    spec = next(p for p in PLAN_CATALOGUE if p["slug"] == slug)
    return {"id": "pln_x", "type": spec["type"], "price": spec["price"],
            "_sandbox": {**spec["_sandbox"], "seed": 1}}


def sub(profile: str = "household", meter: str = "smart", status: str = "active",
        start: date = date(2024, 1, 1), end: date | None = None, yearly: float = 3500.0) -> dict:
    return {"id": "sub_x", "status": status, "meter": {"type": meter},
            "address": {"zip": "10115"}, "estimated_usage": yearly,
            "start_at": local_midnight(start).isoformat(),
            "end_at": local_midnight(end).isoformat() if end else None,
            "_sandbox": {"seed": 1, "profile": profile, "variant": 5, "yearly_kwh": yearly}}


def year_shape(profile: str, variant: int = 0, year: int = 2025):
    k0, k1 = day_slot(date(year, 1, 1)), day_slot(date(year + 1, 1, 1))
    return profiles.shape(1, profile, variant, k0, k1), profiles.features(k0, k1)


def hourly_mean(values: np.ndarray, f: dict, mask: np.ndarray) -> np.ndarray:
    hours = f["sod"][mask] // 4
    return np.bincount(hours, weights=values[mask], minlength=24) / np.bincount(hours, minlength=24)


@pytest.mark.parametrize("profile", profiles.PROFILES)
def test_a_year_sums_to_about_one(profile: str) -> None:
    for variant in (0, 13, 31):
        total = float(year_shape(profile, variant)[0].sum())
        assert 0.85 < total < 1.15, (profile, variant, total)


def test_household_has_night_minimum_and_winter_evening_peak() -> None:
    values, f = year_shape("household")
    winter = f["doy"] < 60
    h = hourly_mean(values, f, winter)
    assert h[[2, 3, 4]].mean() * 2.5 < h[[18, 19, 20]].mean()
    assert h[[18, 19, 20]].mean() > h[[11, 12, 13]].mean() > h[[2, 3, 4]].mean()
    summer = (f["doy"] > 160) & (f["doy"] < 240)
    assert hourly_mean(values, f, summer)[19] < h[19]  # evening highest in winter


def test_heat_pump_load_is_winter_heavy() -> None:
    values, f = year_shape("heat_pump")
    january = values[f["doy"] <= 31].sum()
    july = values[(f["doy"] > 181) & (f["doy"] <= 212)].sum()
    assert january > 2.5 * july


def test_wallbox_charges_in_evening_blocks_of_about_eleven_kw() -> None:
    values, f = year_shape("ev", 3)
    kw = values * 5500 * 4  # a 5,500 kWh/year household, kWh per quarter hour -> kW
    assert kw.max() > 6.0
    peak_hours = f["sod"][kw > 6.0] // 4
    assert set(peak_hours.tolist()) <= set(range(17, 24)) | set(range(0, 5))


def test_pv_feeds_in_at_midday_and_more_in_summer() -> None:
    values, f = year_shape("pv_feed_in")
    h = hourly_mean(values, f, np.ones(values.shape, bool))
    assert h[0] == 0 and h[23] == 0 and h.argmax() in (11, 12, 13, 14)
    assert values[(f["doy"] > 160) & (f["doy"] < 200)].sum() > 3 * values[f["doy"] < 40].sum()


def test_shapes_do_not_depend_on_the_requested_range() -> None:
    k0 = day_slot(date(2025, 3, 1))
    whole = profiles.shape(1, "ev", 7, k0, k0 + 2000)
    part = profiles.shape(1, "ev", 7, k0 + 700, k0 + 900)
    assert np.array_equal(whole[700:900], part)
    assert not np.array_equal(whole, profiles.shape(2, "ev", 7, k0, k0 + 2000))


def test_berlin_clock_matches_zoneinfo() -> None:
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no tz database on this system")
    k = np.arange(slot_of(datetime(2024, 1, 1, tzinfo=UTC)), slot_of(datetime(2028, 1, 1, tzinfo=UTC)), 5)
    ref = [(datetime.fromtimestamp(int(x) * 900, berlin).replace(tzinfo=None)
            - datetime(1970, 1, 1)).total_seconds() // 60 for x in k]
    assert np.array_equal(local_minutes(k), np.array(ref))
    d = date(2025, 3, 30)
    assert local_midnight(d) == datetime(2025, 3, 29, 23, tzinfo=UTC)
    assert local_midnight(d + timedelta(days=1)) == datetime(2025, 3, 30, 22, tzinfo=UTC)


# -- spot prices --------------------------------------------------------------------------
def test_spot_prices_have_the_expected_shape() -> None:
    k0, k1 = day_slot(date(2025, 1, 1)), day_slot(date(2026, 1, 1))
    p, f = spot_net(1, k0, k1), profiles.features(k0, k1)
    summer = (f["doy"] > 120) & (f["doy"] < 250)
    winter = (f["doy"] < 50) | (f["doy"] > 320)
    assert p[winter].mean() > p[summer].mean()
    midday = summer & (f["sod"] // 4 >= 11) & (f["sod"] // 4 <= 15)
    assert (p[midday] < 0).any()
    weekend = profiles.is_weekend(f)
    assert p[weekend].mean() < p[~weekend].mean()
    h = hourly_mean(p, f, winter)
    assert h[8] > h[3] and h[19] > h[13]


def test_hourly_before_october_2025_quarter_hourly_after() -> None:
    before = spot_net(1, day_slot(date(2025, 9, 20)), day_slot(date(2025, 9, 21)))
    assert np.all(before.reshape(-1, 4) == before.reshape(-1, 4)[:, :1])
    after = spot_net(1, day_slot(date(2025, 10, 20)), day_slot(date(2025, 10, 21)))
    assert not np.all(after.reshape(-1, 4) == after.reshape(-1, 4)[:, :1])


def test_price_response_shape_and_components() -> None:
    out = series.prices_response(sub(), plan("flux"), date(2026, 3, 16), date(2026, 3, 17), NOW)
    assert out["resolution"] == "15min" and out["unit"] == "ct/kWh" and out["currency"] == "EUR"
    assert out["period"] == {"start": "2026-03-16", "end": "2026-03-17"}
    assert len(out["items"]) == 192
    assert out["items"][0]["timestamp"] == "2026-03-15T23:00:00.000Z"
    for item in out["items"]:
        parts = {c["type"]: c["amount"] for c in item["components"]}
        assert set(parts) == {"electricity", "grid", "levies"}
        assert item["amount"] == pytest.approx(sum(parts.values()), abs=1e-9)


def test_hourly_items_before_the_switch_and_fixed_energy() -> None:
    out = series.prices_response(sub(), plan("spreewald"), date(2025, 6, 1), date(2025, 6, 1), NOW)
    assert out["resolution"] == "hourly" and len(out["items"]) == 24
    assert {i["components"][0]["amount"] for i in out["items"]} == {16.42}


def test_tomorrow_appears_after_thirteen_oclock_berlin() -> None:
    today = local_date(NOW)
    morning = series.prices_response(sub(), plan("flux"), today, today + timedelta(days=1), NOW)
    afternoon = series.prices_response(sub(), plan("flux"), today, today + timedelta(days=1),
                                       NOW.replace(hour=12, minute=5))  # 13:05 Berlin
    assert len(morning["items"]) == 96 and len(afternoon["items"]) == 192


@pytest.mark.parametrize("status", ["pending", "ended"])
def test_no_price_items_unless_active(status: str) -> None:
    out = series.prices_response(sub(status=status), plan("flux"), date(2026, 3, 1),
                                 date(2026, 3, 2), NOW)
    assert out["items"] is None and out["object"] == "price"


def test_feed_in_payout_has_no_fees_and_is_never_negative() -> None:
    out = series.prices_response(sub("pv_feed_in"), plan("sonnenernte"), date(2025, 6, 1),
                                 date(2025, 6, 30), NOW)
    amounts = [i["amount"] for i in out["items"]]
    assert min(amounts) == 0.0 and max(amounts) > 5
    assert all(c["amount"] == 0 for i in out["items"] for c in i["components"][1:])


# -- usage --------------------------------------------------------------------------------
def test_quarter_hours_sum_to_hours_days_and_months() -> None:
    s = sub()
    q = series.usage_response(s, date(2026, 2, 1), date(2026, 3, 1), "15min", NOW)
    h = series.usage_response(s, date(2026, 2, 1), date(2026, 3, 1), "hour", NOW)
    d = series.usage_response(s, date(2026, 2, 1), date(2026, 3, 1), "day", NOW)
    m = series.usage_response(s, date(2026, 2, 1), date(2026, 3, 1), "month", NOW)
    assert (len(q["data"]), len(h["data"]), len(d["data"]), len(m["data"])) == (2688, 672, 28, 1)
    total = sum(p["usage"] for p in q["data"])
    for other in (h, d, m):
        assert sum(p["usage"] for p in other["data"]) == pytest.approx(total, abs=0.01)
    assert d["data"][1]["start"] == "2026-02-01T23:00:00.000Z"
    assert all(p["type"] == "final" for p in m["data"])
    assert 3500 / 12 * 0.6 < total < 3500 / 12 * 1.6


def test_dst_days_have_92_and_100_quarter_hours() -> None:
    s = sub()
    spring = series.usage_response(s, date(2025, 3, 30), date(2025, 3, 31), "15min", NOW)
    autumn = series.usage_response(s, date(2025, 10, 26), date(2025, 10, 27), "15min", NOW)
    assert len(spring["data"]) == 92 and len(autumn["data"]) == 100


def test_no_data_outside_delivery_or_after_yesterday() -> None:
    s = sub(start=date(2026, 2, 1), end=date(2026, 3, 1))
    out = series.usage_response(s, date(2026, 1, 1), date(2026, 4, 1), "day", NOW)
    days = [p["start"] for p in out["data"]]
    assert days[0] == "2026-01-31T23:00:00.000Z" and len(days) == 28
    live = series.usage_response(sub(), date(2026, 3, 10), date(2026, 3, 25), "day", NOW)
    assert len(live["data"]) == 8  # 10.-17. March: today (18th) is not over yet
    assert [p["type"] for p in live["data"]][-4:] == ["final", "preliminary", "preliminary",
                                                       "preliminary"]


def test_auto_resolution_and_defaults() -> None:
    s = sub()
    assert series.usage_response(s, None, None, "auto", NOW)["resolution"] == "15min"
    assert len(series.usage_response(s, None, None, None, NOW)["data"]) == 96
    assert series.usage_response(s, date(2026, 3, 1), date(2026, 3, 10), "auto",
                                 NOW)["resolution"] == "hour"
    assert series.usage_response(s, date(2026, 1, 1), date(2026, 3, 10), "auto",
                                 NOW)["resolution"] == "day"
    assert series.usage_response(s, date(2025, 1, 1), date(2026, 3, 10), "auto",
                                 NOW)["resolution"] == "month"
    with pytest.raises(ValueError):
        series.usage_response(s, date(2026, 3, 10), date(2026, 3, 1), "day", NOW)
    with pytest.raises(ValueError):
        series.usage_response(s, date(2026, 3, 1), date(2026, 3, 10), "minute", NOW)


def test_analog_meters_report_whole_months_only() -> None:
    s = sub(meter="analog", start=date(2025, 6, 1))
    out = series.usage_response(s, None, None, "15min", NOW)
    assert out["meter_type"] == "analog" and out["resolution"] == "month"
    assert len(out["data"]) == 9  # June 2025 .. February 2026
    assert out["data"][-1]["type"] == "preliminary" and out["data"][0]["type"] == "final"
    fresh = sub(meter="analog", start=date(2026, 3, 1))
    assert series.usage_response(fresh, None, None, "auto", NOW)["data"] == []


def test_subscriptions_written_through_the_api_still_have_series() -> None:
    """POST-created rows carry no generator facts: defaults give a stable household series."""
    bare = {"id": "sub_created_by_api", "status": "active", "type": "consumption",
            "meter": {"type": "smart"}, "address": {"zip": "80331"}, "estimated_usage": 2400,
            "start_at": "2026-01-31T23:00:00.000Z", "end_at": None,
            "_sandbox": {"request": {"plan": "pln_x"}}}
    first = series.usage_response(bare, date(2026, 3, 1), date(2026, 3, 8), "day", NOW)
    again = series.usage_response(bare, date(2026, 3, 1), date(2026, 3, 8), "day", NOW)
    assert first == again and len(first["data"]) == 7
    assert 2400 / 365 * 7 * 0.5 < sum(p["usage"] for p in first["data"]) < 2400 / 365 * 7 * 2
    prices = series.prices_response(bare, {"type": "consumption"}, date(2026, 3, 1),
                                    date(2026, 3, 1), NOW)
    assert len(prices["items"]) == 96
