"""Usage, prices and quotes as served: parameters checked before the series run."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from nomos_desk.sandbox.store import Store
from nomos_desk.sandbox.timeutil import parse_iso


def _sub(db, where):
    rows = Store(db).query("SELECT data FROM objects WHERE kind='subscription' AND " + where
                           + " ORDER BY id LIMIT 1")
    assert rows, where
    return rows[0]


def _today(db) -> date:
    return parse_iso(Store(db).get_meta("generated_now")).date()


ACTIVE_SMART = "json_extract(data,'$.status')='active' AND json_extract(data,'$.meter.type')='smart'"
ACTIVE_ANALOG = "json_extract(data,'$.status')='active' AND json_extract(data,'$.meter.type')='analog'"


def test_smart_usage_resolutions(sandbox_client, sandbox_db):
    sub, today = _sub(sandbox_db, ACTIVE_SMART), _today(sandbox_db)
    start, end = today - timedelta(days=3), today - timedelta(days=1)
    counts = {}
    for resolution in ("15min", "hour", "day"):
        r = sandbox_client.get(f"/subscriptions/{sub['id']}/usage",
                               params={"start": str(start), "end": str(end), "resolution": resolution})
        assert r.status_code == 200
        body = r.json()
        assert body["meter_type"] == "smart" and body["resolution"] == resolution
        counts[resolution] = len(body["data"])
    # Two local days (DST aside): 192 quarter hours, 48 hours, 2 days.
    assert counts["day"] == 2 and counts["hour"] in (47, 48, 49)
    assert counts["15min"] == 4 * counts["hour"]


def test_analog_usage_is_monthly(sandbox_client, sandbox_db):
    sub = _sub(sandbox_db, ACTIVE_ANALOG)
    body = sandbox_client.get(f"/subscriptions/{sub['id']}/usage").json()
    assert body["meter_type"] == "analog" and body["resolution"] == "month"


@pytest.mark.parametrize("params,field", [
    ({"start": "2026-1-01"}, "start"), ({"end": "yesterday"}, "end"),
    ({"start": "2026-02-30"}, "start"), ({"resolution": "year"}, "resolution"),
    ({"start": "2026-03-02", "end": "2026-03-01"}, "end"),
    ({"start": "2020-01-01", "end": "2026-01-01"}, "end"),
])
def test_usage_parameter_errors(sandbox_client, sandbox_db, params, field):
    sub = _sub(sandbox_db, ACTIVE_SMART)
    r = sandbox_client.get(f"/subscriptions/{sub['id']}/usage", params=params)
    assert r.status_code == 400 and r.json()["errors"][0]["field"] == field


def test_prices_need_start_and_end(sandbox_client, sandbox_db):
    sub, today = _sub(sandbox_db, ACTIVE_SMART), _today(sandbox_db)
    for params, field in (({}, "start"), ({"start": str(today)}, "end")):
        r = sandbox_client.get(f"/subscriptions/{sub['id']}/prices", params=params)
        assert r.status_code == 400 and r.json()["errors"][0]["field"] == field
        assert r.json()["message"] == f"invalid_type in '{field}': Required"
    r = sandbox_client.get(f"/subscriptions/{sub['id']}/prices",
                           params={"start": str(today - timedelta(days=1)), "end": str(today)})
    body = r.json()
    assert r.status_code == 200 and body["subscription"] == sub["id"] and body["items"]
    assert body["period"] == {"start": str(today - timedelta(days=1)), "end": str(today)}


def test_prices_of_an_inactive_subscription_have_no_items(sandbox_client, sandbox_db):
    sub, today = _sub(sandbox_db, "json_extract(data,'$.status')!='active'"), _today(sandbox_db)
    r = sandbox_client.get(f"/subscriptions/{sub['id']}/prices",
                           params={"start": str(today), "end": str(today)})
    assert r.status_code == 200 and r.json()["items"] is None


def _plan(db, type_):
    rows = Store(db).query("SELECT data FROM objects WHERE kind='plan' AND "
                           "json_extract(data,'$.type')=? ORDER BY id LIMIT 1", [type_])
    return rows[0] if rows else None


def test_quote(sandbox_client, sandbox_db):
    plan = _plan(sandbox_db, "consumption")
    r = sandbox_client.get(f"/plans/{plan['id']}/quote", params={"zip_code": "10115", "usage": 3000})
    assert r.status_code == 200 and r.json()["object"] == "quote"
    with_module = sandbox_client.get(f"/plans/{plan['id']}/quote", params={
        "zip_code": "10115", "usage": 3000, "meter_type": "smart", "14a_module_1": "true"})
    assert with_module.status_code == 200 and with_module.json() != r.json()


@pytest.mark.parametrize("params,field,code", [
    ({"usage": 3000}, "zip_code", "invalid_type"),
    ({"zip_code": "10115"}, "usage", "invalid_type"),
    ({"zip_code": "10115", "usage": "lots"}, "usage", "invalid_type"),
    ({"zip_code": "10115", "usage": 99}, "usage", "too_small"),
    ({"zip_code": "10115", "usage": 50001}, "usage", "too_big"),
    ({"zip_code": "1011", "usage": 3000}, "zip_code", "unserviceable_zip"),
    ({"zip_code": "10115", "usage": 3000, "meter_type": "digital"}, "meter_type", "invalid_value"),
    ({"zip_code": "10115", "usage": 3000, "14a_module_1": "yes"}, "14a_module_1", "invalid_type"),
    ({"zip_code": "10115", "usage": 3000, "14a_module_1": "true", "14a_module_2": "true"},
     "14a_module_2", "custom"),
])
def test_quote_parameter_errors(sandbox_client, sandbox_db, params, field, code):
    plan = _plan(sandbox_db, "consumption")
    r = sandbox_client.get(f"/plans/{plan['id']}/quote", params=params)
    assert r.status_code == 400
    assert (r.json()["errors"][0]["field"], r.json()["errors"][0]["code"]) == (field, code)


def test_feed_in_quote_rejects_grid_modules(sandbox_client, sandbox_db):
    plan = _plan(sandbox_db, "feed_in")
    if plan is None:
        pytest.skip("the generated world has no feed-in plan")
    ok = sandbox_client.get(f"/plans/{plan['id']}/quote", params={"zip_code": "10115", "usage": 5000})
    assert ok.status_code == 200
    r = sandbox_client.get(f"/plans/{plan['id']}/quote", params={
        "zip_code": "10115", "usage": 5000, "14a_module_1": "true"})
    assert r.status_code == 400 and r.json()["errors"][0]["field"] == "14a_module_1"
