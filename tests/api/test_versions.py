"""Versions as data: switching the pinned version switches routes and statuses."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nomos_desk.api import CURIE, EDISON, errors, get_version, versions

from ..spec import load_spec
from .fakes import FakeNomos, FakeTime, page, run


def test_curie_route_table_matches_the_published_spec():
    paths = load_spec()["paths"]
    for operation, route in get_version(CURIE).routes.items():
        assert route.path in paths, operation
        assert route.method.lower() in paths[route.path], operation


def test_curie_meter_order_statuses_match_the_spec_enum():
    enum = load_spec()["components"]["schemas"]["MeterOrder"]["properties"]["status"]["enum"]
    assert list(get_version(CURIE).meter_order_status_names) == enum


def test_edison_vocabulary_and_routes_differ():
    edison = get_version(EDISON)
    assert "blocked_wim" in edison.meter_order_status_names
    assert "check_submitted" not in edison.meter_order_status_names
    assert edison.meter_order_status("blocked").needs_human and edison.blocked_is_status
    assert not get_version(CURIE).blocked_is_status
    assert edison.route("get_usage").path.endswith("/consumption")
    assert edison.route("list_market_partners").path == "/suppliers"
    assert not edison.supports("update_subscription")


def test_unknown_status_is_kept_with_its_own_name():
    info = get_version(CURIE).meter_order_status("awaiting_drone_delivery")
    assert (info.name, info.label, info.phase) == ("awaiting_drone_delivery",
                                                   "awaiting_drone_delivery", "unknown")
    assert get_version(CURIE).meter_order_status("activated").phase == "success"


def test_unknown_version_is_refused():
    with pytest.raises(errors.UnsupportedVersion):
        get_version("2030-01-01.zuse")
    with pytest.raises(errors.UnsupportedVersion):
        FakeNomos().client(api_version="2030-01-01.zuse")


def calls_for(api_version: str):
    fake = FakeNomos()
    for path in ("/invoices", "/subscriptions/sub_1/invoices", "/meter-readings",
                 "/subscriptions/sub_1/meter_readings", "/market-partners", "/suppliers"):
        fake.script(path, page([], None, False))
    fake.routes["/subscriptions/sub_1/usage"] = lambda r: _json({"object": "usage", "data": []})
    fake.routes["/subscriptions/sub_1/consumption"] = lambda r: _json({"object": "usage", "data": []})
    fake.routes["/meter-readings"] = lambda r: _json({"id": "mr_1", "value": 1})
    fake.routes["/subscriptions/sub_1/meter_readings"] = lambda r: _json({"id": "mr_1", "value": 1})

    async def go():
        async with fake.client(FakeTime(), api_version=api_version) as client:
            [i async for i in client.list_invoices(subscription="sub_1")]
            [i async for i in client.list_meter_readings(subscription="sub_1")]
            [i async for i in client.list_market_partners()]
            await client.get_usage("sub_1", date(2026, 5, 1), date(2026, 5, 2), "hour")
            await client.create_meter_reading("sub_1", 1234.5, datetime(2026, 5, 2, tzinfo=UTC))

    run(go())
    return fake


def test_curie_calls_use_top_level_routes_and_filters():
    fake = calls_for(CURIE)
    assert [(s.method, s.path) for s in fake.seen[1:]] == [
        ("GET", "/invoices"), ("GET", "/meter-readings"), ("GET", "/market-partners"),
        ("GET", "/subscriptions/sub_1/usage"), ("POST", "/meter-readings")]
    assert fake.seen[1].query["filter[subscription][eq]"] == ["sub_1"]
    assert fake.seen[4].query == {"resolution": ["hour"], "start": ["2026-05-01"],
                                  "end": ["2026-05-02"]}
    assert fake.seen[5].json == {"subscription": "sub_1", "value": 1234.5,
                                 "timestamp": "2026-05-02T00:00:00+00:00"}
    assert {s.headers["X-API-Version"] for s in fake.seen} == {CURIE}


def test_edison_calls_use_nested_routes():
    fake = calls_for(EDISON)
    assert [(s.method, s.path) for s in fake.seen[1:]] == [
        ("GET", "/subscriptions/sub_1/invoices"), ("GET", "/subscriptions/sub_1/meter_readings"),
        ("GET", "/suppliers"), ("GET", "/subscriptions/sub_1/consumption"),
        ("POST", "/subscriptions/sub_1/meter_readings")]
    assert "filter[subscription][eq]" not in fake.seen[1].query
    assert fake.seen[5].json == {"value": 1234.5, "timestamp": "2026-05-02T00:00:00+00:00"}
    assert {s.headers["X-API-Version"] for s in fake.seen} == {EDISON}


def test_edison_refuses_curie_only_calls_locally():
    fake = FakeNomos()

    async def go():
        async with fake.client(FakeTime(), api_version=EDISON) as client:
            with pytest.raises(errors.UnsupportedOperation):
                await client.update_subscription("sub_1", metadata={"a": 1})
            with pytest.raises(errors.UnsupportedOperation):
                client.list_invoices()  # edison nests invoices: a subscription is required

    run(go())
    assert fake.seen == []


def _json(body):
    import httpx
    return httpx.Response(200, json=body)


def test_version_table_is_read_only():
    with pytest.raises(TypeError):
        versions.VERSIONS["x"] = None  # type: ignore[index]


def test_which_meter_orders_need_a_human_per_version():
    from nomos_desk.api import models
    curie, edison = get_version(CURIE), get_version(EDISON)
    blocked = models.MeterOrder.from_dict({"status": "check_reviewed",
                                           "blocked_reason": "check_missing"})
    assert curie.meter_order_needs_human(blocked.status, blocked.is_blocked)
    assert not curie.meter_order_needs_human("scheduled")
    assert curie.meter_order_needs_human("cancelled")
    assert edison.meter_order_needs_human("blocked_wim")
    assert not edison.meter_order_needs_human("installation_planning")
