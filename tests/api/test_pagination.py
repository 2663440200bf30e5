"""Walks over pages and items: stop rules, identical parameters, cursor loops."""

from __future__ import annotations

import json

import httpx
import pytest

from nomos_desk.api import F, RetryPolicy, errors

from .fakes import FakeNomos, FakeTime, envelope, page, run


def subs(*ids: str) -> list[dict]:
    return [{"object": "subscription", "id": i, "status": "active"} for i in ids]


def walk(fake: FakeNomos, **kwargs):
    async def go():
        async with fake.client(FakeTime()) as client:
            return [s.id async for s in client.list_subscriptions(**kwargs)]
    return run(go())


def test_walk_follows_cursors_with_identical_parameters():
    fake = FakeNomos()
    fake.script("/subscriptions", page(subs("a", "b"), "c1", True), page(subs("c"), "c2", True),
                page(subs("d"), None, False))
    assert walk(fake, filters=F("status").eq("active"), limit=2) == ["a", "b", "c", "d"]
    queries = [c.query for c in fake.calls("/subscriptions")]
    assert [q.get("cursor") for q in queries] == [None, ["c1"], ["c2"]]
    for q in queries:
        assert q["limit"] == ["2"] and q["filter[status][eq]"] == ["active"]
        assert set(q) - {"cursor"} == {"limit", "filter[status][eq]"}


def test_limit_is_clamped_to_the_api_range():
    fake = FakeNomos()
    fake.script("/subscriptions", page([], None, False), page([], None, False))
    walk(fake, limit=1000)
    walk(fake, limit=0)
    assert [c.query["limit"] for c in fake.calls("/subscriptions")] == [["100"], ["1"]]


def test_missing_has_more_means_false_even_with_a_next_page():
    fake = FakeNomos()
    fake.script("/subscriptions", page(subs("a"), "c1"))
    assert walk(fake) == ["a"]
    assert len(fake.calls("/subscriptions")) == 1


def test_has_more_false_stops_even_if_next_page_is_set():
    fake = FakeNomos()
    fake.script("/subscriptions", page(subs("a"), "c1", False))
    assert walk(fake) == ["a"]


def test_has_more_without_a_cursor_stops_instead_of_restarting():
    fake = FakeNomos()
    fake.script("/subscriptions", page(subs("a"), None, True), page(subs("a"), None, True))
    assert walk(fake) == ["a"]
    assert len(fake.calls("/subscriptions")) == 1


def test_a_repeating_cursor_raises_after_yielding_what_arrived():
    fake = FakeNomos()
    fake.script("/subscriptions", page(subs("a"), "c1", True), page(subs("b"), "c1", True),
                page(subs("c"), "c1", True))
    got = []

    async def go():
        async with fake.client(FakeTime()) as client:
            async for s in client.list_subscriptions():
                got.append(s.id)

    with pytest.raises(errors.PaginationError):
        run(go())
    assert got == ["a", "b"]
    assert len(fake.calls("/subscriptions")) == 2


def test_duplicate_rows_are_yielded_once_per_walk():
    fake = FakeNomos()
    fake.script("/subscriptions", page(subs("a", "b"), "c1", True), page(subs("b", "c"), None, False))
    assert walk(fake) == ["a", "b", "c"]


def test_pages_variant_and_first_page():
    fake = FakeNomos()
    fake.script("/invoices", page([{"id": "inv_1", "type": "usage"}], "c1", True),
                page([{"id": "inv_2", "type": "void", "voids": "inv_1"}], None, False),
                page([{"id": "inv_1"}], "c1", True))

    async def go():
        async with fake.client(FakeTime()) as client:
            pages = [p async for p in client.list_invoices(subscription="sub_1").pages()]
            first = await client.list_invoices().first_page()
            return pages, first

    pages, first = run(go())
    assert [[i.id for i in p.items] for p in pages] == [["inv_1"], ["inv_2"]]
    assert pages[0].has_more and pages[0].next_page == "c1" and not pages[1].has_more
    assert pages[1].items[0].voids == "inv_1"
    assert first.has_more and first.items[0].id == "inv_1"
    assert fake.calls("/invoices")[0].query["filter[subscription][eq]"] == ["sub_1"]


def test_a_body_that_is_not_a_list_envelope_is_an_unexpected_response():
    fake = FakeNomos()
    fake.script("/subscriptions", httpx.Response(200, json={"data": []}))
    with pytest.raises(errors.UnexpectedResponse):
        walk(fake)


def test_collect_stops_at_max_items():
    fake = FakeNomos()
    fake.script("/subscriptions", page(subs("a", "b"), "c1", True), page(subs("c"), None, False))

    async def go():
        async with fake.client(FakeTime()) as client:
            return await client.list_subscriptions().collect(max_items=2)

    assert [s.id for s in run(go())] == ["a", "b"]
    assert len(fake.calls("/subscriptions")) == 1


def test_endless_empty_pages_with_fresh_cursors_stop_the_walk():
    fake = FakeNomos()
    fake.script("/subscriptions", *[page([], f"c{i}", True) for i in range(10)])
    with pytest.raises(errors.PaginationError):
        walk(fake)
    assert len(fake.calls("/subscriptions")) == 5


def test_a_few_empty_pages_in_between_are_fine():
    fake = FakeNomos()
    fake.script("/subscriptions", page([], "c1", True), page([], "c2", True),
                page(subs("a"), None, False))
    assert walk(fake) == ["a"]


def test_pages_that_repeat_rows_under_fresh_cursors_stop_with_a_typed_error():
    """A server handing out new cursors forever but only rows already seen: the walk
    must end, and no row may be yielded twice on the way."""
    fake = FakeNomos()
    served = []

    def endless(request: httpx.Request) -> httpx.Response:
        served.append(1)
        return httpx.Response(200, json=page(subs("a", "b"), f"c{len(served)}", True),
                              headers={"X-Request-Id": f"req_{len(served)}"})

    fake.routes["/subscriptions"] = endless
    got = []

    async def go():
        async with fake.client(FakeTime()) as client:
            async for s in client.list_subscriptions():
                got.append(s.id)

    with pytest.raises(errors.PaginationError) as caught:
        run(go())
    assert got == ["a", "b"]
    assert len(served) == 1 + 5 and caught.value.request_id == "req_6"


def test_rows_without_an_id_are_skipped_and_counted():
    fake = FakeNomos()
    fake.script("/subscriptions", page([{"id": None}, {"id": {"x": 1}}, *subs("a"), "text", 7],
                                       None, False))

    async def go():
        async with fake.client(FakeTime()) as client:
            pager = client.list_subscriptions()
            return [s.id async for s in pager], pager.rows_without_id

    assert run(go()) == (["a"], 2)


@pytest.mark.parametrize("body", [
    # cursors that cannot be sent back
    *({"items": subs("a"), "has_more": True, "next_page": c} for c in ("c\ud800", 17, ["c1"], "")),
    {"items": {"a": 1}},  # items that are no list
])
def test_a_list_answer_the_walk_cannot_follow_is_a_typed_error_with_the_request_id(body):
    fake = FakeNomos()
    fake.script("/subscriptions", httpx.Response(200, content=json.dumps(body).encode(),
                                                 headers={"X-Request-Id": "req_page"}))
    with pytest.raises(errors.UnexpectedResponse) as caught:
        walk(fake)
    assert caught.value.request_id == "req_page"


def test_a_walk_that_failed_resumes_with_the_page_that_failed_not_the_first():
    fake = FakeNomos()
    down = httpx.Response(503, json=envelope("INTERNAL_SERVER_ERROR", request_id="req_down"))
    fake.script("/subscriptions", page(subs("a", "b"), "c1", True), page(subs("c"), "c2", True),
                down, down, page(subs("d"), None, False))

    async def go():
        async with fake.client(FakeTime(), retry=RetryPolicy(max_attempts=2)) as client:
            pager = client.list_subscriptions(F("status").eq("active"), limit=2)
            got = []
            with pytest.raises(errors.ServerError):
                async for s in pager:
                    got.append(s.id)
            failed_at = pager.cursor
            got += [s.id async for s in pager]  # the same pager, iterated again
            again = [s.id async for s in pager]  # a finished walk yields nothing more
            return got, failed_at, again, pager.done

    got, failed_at, again, done = run(go())
    assert got == ["a", "b", "c", "d"] and failed_at == "c2" and again == [] and done
    cursors = [c.query.get("cursor") for c in fake.calls("/subscriptions")]
    assert cursors == [None, ["c1"], ["c2"], ["c2"], ["c2"]]
    assert all(c.query["filter[status][eq]"] == ["active"] for c in fake.calls("/subscriptions"))
