"""Every operator encodes as filter[field][op]=value, and values encode one way."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from urllib.parse import unquote

import pytest

from nomos_desk.api import F, filters

from .fakes import FakeNomos, FakeTime, page, run

CEST = timezone(timedelta(hours=2))


@pytest.mark.parametrize(("condition", "param"), [
    (F("status").eq("active"), ("filter[status][eq]", "active")),
    (F("status").ne("ended"), ("filter[status][ne]", "ended")),
    (F("total").gt(10), ("filter[total][gt]", "10")),
    (F("total").gte(10.5), ("filter[total][gte]", "10.5")),
    (F("total").lt(2.0), ("filter[total][lt]", "2")),
    (F("total").lte(99), ("filter[total][lte]", "99")),
    (F("status").in_(["pending", "active"]), ("filter[status][in]", "pending,active")),
    (F("total").in_([1, 2.5]), ("filter[total][in]", "1,2.5")),
    (F("supplier").is_null(), ("filter[supplier][is_null]", "true")),
    (F("supplier").is_null(False), ("filter[supplier][is_null]", "false")),
    (F("name").contains("Stadtwerke"), ("filter[name][contains]", "Stadtwerke")),
    (F("email").starts_with("anna"), ("filter[email][starts_with]", "anna")),
    (F("email").ends_with("@example.de"), ("filter[email][ends_with]", "@example.de")),
    (F("created_at").gte(datetime(2026, 1, 1, tzinfo=UTC)),
     ("filter[created_at][gte]", "2026-01-01T00:00:00+00:00")),
    (F("updated_at").lte(datetime(2026, 6, 1, 12, 30, tzinfo=CEST)),
     ("filter[updated_at][lte]", "2026-06-01T12:30:00+02:00")),
])
def test_operator_encoding(condition, param):
    assert condition.param() == param
    assert condition.op in filters.OPERATORS


def test_naive_datetimes_and_dates_get_the_local_offset():
    naive = F("created_at").gte(datetime(2026, 3, 1, 8, 0)).value
    assert naive.startswith("2026-03-01T08:00:00") and naive[19] in "+-"
    day = F("created_at").gte(date(2026, 3, 1)).value
    assert datetime.fromisoformat(day).tzinfo is not None
    assert day.startswith("2026-03-01T00:00:00")


def test_values_that_cannot_be_encoded_unambiguously_raise():
    with pytest.raises(ValueError):
        F("name").in_(["Meier, Anna"])
    with pytest.raises(ValueError):
        F("name").in_([])
    with pytest.raises(TypeError):
        F("status").in_("active")
    with pytest.raises(ValueError):
        F("total").gt(float("nan"))
    with pytest.raises(ValueError):
        F("bad]name")
    with pytest.raises(TypeError):
        F("status").eq(object())


def test_conditions_combine_with_and_and_reach_the_wire_encoded():
    since = datetime(2026, 1, 1, tzinfo=UTC)
    combined = F("status").in_(["pending", "active"]) & F("updated_at").gte(since) & None
    assert len(combined.conditions) == 2
    fake = FakeNomos()
    fake.script("/subscriptions", page([], None, False))

    async def go():
        async with fake.client(FakeTime()) as client:
            return [s async for s in client.list_subscriptions(filters=combined)]

    run(go())
    raw = fake.calls("/subscriptions")[0]
    assert raw.query["filter[status][in]"] == ["pending,active"]
    assert raw.query["filter[updated_at][gte]"] == ["2026-01-01T00:00:00+00:00"]


def test_the_plus_of_an_offset_is_percent_encoded_on_the_wire():
    # An unencoded "+" would reach the server as a space and the date would be rejected.
    import httpx
    url = httpx.URL("https://x/subscriptions", params=[F("updated_at").gte(
        datetime(2026, 6, 1, tzinfo=CEST)).param()])
    assert "%2B02%3A00" in str(url) or "%2B02:00" in str(url)
    assert unquote(url.query.decode()).endswith("+02:00")


def test_filter_helpers():
    f = F("status").eq("active") & F("subscription").eq("sub_1")
    assert f.value_of("subscription") == "sub_1" and f.value_of("plan") is None
    assert [c.field for c in f.without("subscription")] == ["status"]
    assert not filters.as_filter(None)
