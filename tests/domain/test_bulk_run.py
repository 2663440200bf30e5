"""Bulk smart-meter ordering without Qt or HTTP: the dry run, and a run against a fake
Nomos that loses answers, throttles, refuses, and a process that dies mid-order."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from nomos_desk.domain.bulk_journal import (
    CANCELLED,
    EXISTING,
    FINISHED,
    NOT_SENT,
    ORDERED,
    PAUSED,
    REFUSED,
    RUNNING,
    SENDING,
    UNKNOWN,
    Journal,
)
from nomos_desk.domain.bulk_orders import (
    ENDED,
    FEED_IN,
    METER_UNKNOWN,
    NOT_ACTIVE,
    PLAN_LACKS_PRODUCT,
    SMART_METER,
    Candidate,
    dry_run,
)
from nomos_desk.domain.bulk_run import (
    ALREADY,
    CREATED,
    IN_DOUBT,
    NOT_PLACED,
    REFUSED_BY_NOMOS,
    STOP,
    THROTTLED,
    Attempt,
    BulkRun,
    Pacer,
)
from nomos_desk.domain.cohorts import Cohort


def cand(sub, **kw):
    base = dict(status="active", type="consumption", meter_type="analog", plan_id="pln_smart",
                zip="10115", city="Berlin", number=sub.upper(), customer_name=f"Kunde {sub}")
    base.update(kw)
    return Candidate(sub, **base)


def test_dry_run_says_who_would_be_ordered_and_why_the_others_not():
    candidates = [cand("a"), cand("b", meter_type="smart"), cand("c", meter_type=None),
                  cand("d", type="feed_in"), cand("e", status="pending"),
                  cand("f", status="ended"), cand("g", plan_id="pln_plain"),
                  cand("h"), cand("i", zip="80331", city="München"), cand("j", plan_id="pln_new")]
    known = {"pln_smart": True, "pln_plain": False}
    run = dry_run(candidates, Cohort(place="10"), {"sub_x", "h"}, known.get)
    assert [c.subscription for c in run.to_order] == ["a", "j"]  # an untried plan is tried
    assert [(c.subscription, why) for c, why in run.refused] == [
        ("b", SMART_METER), ("c", METER_UNKNOWN), ("d", FEED_IN), ("e", NOT_ACTIVE),
        ("f", ENDED), ("g", PLAN_LACKS_PRODUCT)]
    assert run.total == 8 and run.refusal_counts()[SMART_METER] == 1


class FakeNomos:
    """Orders per subscription, and a script of what goes wrong with each send."""

    def __init__(self, existing=(), refuse=()):
        self.orders: dict[str, str] = {s: f"prdo_old_{s}" for s in existing}
        self.refuse = set(refuse)
        self.posts: Counter[str] = Counter()
        self.script: dict[str, list[str]] = {}  # sub -> faults for its next sends
        self.check_fails: set[str] = set()
        self.crash_after_commit: str | None = None

    async def send(self, item) -> Attempt:
        sub = item.subscription
        await asyncio.sleep(0)
        fault = self.script.get(sub, [None]).pop(0) if self.script.get(sub) else None
        if fault == "429":
            return Attempt(THROTTLED, retry_after=1.0)
        if fault == "readonly":
            return Attempt(STOP, detail="read-only")
        self.posts[sub] += 1
        if sub in self.orders:
            return Attempt(ALREADY, self.orders[sub])
        if sub in self.refuse:
            return Attempt(REFUSED_BY_NOMOS, reason="unsupported_product", detail="no product")
        if fault == "lost_before":      # 5xx before committing; the adapter looked: nothing
            return Attempt(NOT_PLACED)
        if fault == "lost_before_unchecked":  # not committed, and the look failed
            return Attempt(IN_DOUBT)
        self.orders[sub] = f"prdo_{sub}"
        if self.crash_after_commit == sub:
            raise asyncio.CancelledError  # the process dies with the answer on its way
        if fault == "lost_after_unchecked":  # answer lost and the look failed too
            return Attempt(IN_DOUBT)
        return Attempt(CREATED, self.orders[sub])

    async def check(self, item) -> Attempt:
        if item.subscription in self.check_fails:
            self.check_fails.discard(item.subscription)
            return Attempt(IN_DOUBT)
        found = self.orders.get(item.subscription)
        return Attempt(CREATED, found) if found else Attempt(NOT_PLACED)


class FakeTime:
    def __init__(self):
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self):
        return self.now

    async def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


@pytest.fixture
def journal(tmp_path):
    j = Journal(tmp_path / "bulk.sqlite3")
    yield j
    j.close()


def runner(journal, nomos, run, time=None, **kw):
    time = time or FakeTime()
    pacer = Pacer(clock=time.clock, sleep=time.sleep)
    return BulkRun(journal, run.id, nomos.send, nomos.check, pacer=pacer, **kw)


def states(journal, run):
    return {i.subscription: i.state for i in journal.items(run.id)}


def test_every_candidate_gets_exactly_one_order_through_lost_answers_and_429s(journal):
    subs = [f"s{i}" for i in range(8)]
    nomos = FakeNomos(existing={"s1"}, refuse={"s2"})
    nomos.script = {"s3": ["429", "429"], "s4": ["lost_before"], "s5": ["lost_after_unchecked"]}
    run = journal.start("Berlin", [cand(s) for s in subs])
    time = FakeTime()
    bulk = runner(journal, nomos, run, time)
    counts = asyncio.run(bulk.run())
    assert states(journal, run) == {"s0": ORDERED, "s1": EXISTING, "s2": REFUSED, "s3": ORDERED,
                                    "s4": ORDERED, "s5": ORDERED, "s6": ORDERED, "s7": ORDERED}
    assert counts[ORDERED] == 6 and journal.run(run.id).state == FINISHED
    assert set(nomos.orders) == set(subs) - {"s2"}
    # A 429 is turned away before Nomos looks: resent, never counted; s4's first POST
    # committed nothing; every other subscription saw exactly one POST.
    assert nomos.posts == Counter({s: 1 for s in subs} | {"s4": 2})
    assert journal.item(run.id, "s3").sends == 1
    assert bulk.pacer.throttles == 2 and 1.0 in time.slept  # waited as Retry-After said
    assert journal.item(run.id, "s2").reason == "unsupported_product"


def test_a_409_after_our_own_send_was_in_doubt_is_our_order(journal):
    nomos = FakeNomos()
    run = journal.start("c", [cand("a")])
    original = nomos.send
    calls = []

    async def late_landing(item):
        calls.append(item.subscription)
        if len(calls) == 1:  # committed late: not there when looked for, there on resend
            nomos.posts["a"] += 1
            return Attempt(NOT_PLACED)
        nomos.orders["a"] = "prdo_late"
        return await original(item)

    nomos.send = late_landing
    asyncio.run(runner(journal, nomos, run).run())
    item = journal.item(run.id, "a")
    assert item.state == ORDERED and item.order_id == "prdo_late" and item.sends == 2


def test_a_run_killed_mid_order_resumes_by_looking_first(journal, tmp_path):
    subs = ["a", "b", "c", "d"]
    nomos = FakeNomos()
    nomos.crash_after_commit = "b"
    run = journal.start("c", [cand(s) for s in subs])
    with pytest.raises(asyncio.CancelledError):
        asyncio.run(runner(journal, nomos, run, concurrency=1).run())
    assert states(journal, run) == {"a": ORDERED, "b": SENDING, "c": "pending", "d": "pending"}
    assert journal.unfinished().id == run.id and journal.run(run.id).state == RUNNING

    nomos.crash_after_commit = None
    again = Journal(tmp_path / "bulk.sqlite3")  # a new process opens the same journal
    try:
        asyncio.run(runner(again, nomos, again.unfinished()).run())
        assert states(again, run) == {s: ORDERED for s in subs}
        assert nomos.posts == Counter({s: 1 for s in subs})  # "b" was found, not resent
        assert again.unfinished() is None
    finally:
        again.close()


def test_pause_resume_and_cancel(journal):
    nomos = FakeNomos()
    run = journal.start("c", [cand(f"s{i}") for i in range(6)])
    paused_once = []

    def progress(counts):
        if counts[ORDERED] == 2 and not paused_once:
            paused_once.append(True)
            bulk.pause()
        elif counts[ORDERED] == 4:
            bulk.cancel()  # the order in flight finishes, nothing new leaves

    bulk = runner(journal, nomos, run, concurrency=1, on_progress=progress)

    async def drive():
        task = asyncio.ensure_future(bulk.run())
        for _ in range(50):
            await asyncio.sleep(0)
        assert bulk.paused and journal.run(run.id).state == PAUSED
        assert sum(nomos.posts.values()) == 2  # nothing leaves while paused
        bulk.resume()
        return await task

    counts = asyncio.run(drive())
    assert counts[ORDERED] == 4 and counts[NOT_SENT] == 2
    assert journal.run(run.id).state == CANCELLED and journal.unfinished() is None


def test_a_read_only_token_pauses_the_run_with_the_reason(journal):
    nomos = FakeNomos()
    nomos.script = {"b": ["readonly"]}
    run = journal.start("c", [cand(s) for s in "abc"])
    counts = asyncio.run(runner(journal, nomos, run, concurrency=1).run())
    assert counts[ORDERED] == 1 and counts["pending"] == 2
    assert journal.run(run.id).state == PAUSED and journal.run(run.id).note == "read-only"
    assert journal.item(run.id, "b").sends == 0


def test_a_doubt_that_a_later_look_clears_goes_back_in_line(journal):
    nomos = FakeNomos()
    nomos.script = {"a": ["lost_before_unchecked"]}
    run = journal.start("c", [cand("a"), cand("b")])
    counts = asyncio.run(runner(journal, nomos, run).run())
    assert counts == {ORDERED: 2} and nomos.posts["a"] == 2
    assert journal.item(run.id, "a").sends == 2


def test_what_stays_in_doubt_is_reported_so(journal):
    nomos = FakeNomos()
    nomos.script = {"a": ["lost_after_unchecked"]}
    nomos.check_fails = {"a"}
    run = journal.start("c", [cand("a")])
    counts = asyncio.run(runner(journal, nomos, run).run())
    assert counts[UNKNOWN] == 1 and nomos.posts["a"] == 1  # never sent a second time


def test_the_pacer_slows_down_on_429_and_eases_after_successes():
    time = FakeTime()
    pacer = Pacer(clock=time.clock, sleep=time.sleep, ease_after=2, margin=0.9)

    async def slots(n):
        for _ in range(n):
            await pacer.wait()

    asyncio.run(slots(10))
    assert time.slept == []  # no interval until Nomos asks for one
    pacer.throttled(2.0)  # 10 got through in the last second: 9 per second from now
    assert pacer.interval == pytest.approx(1 / 9)
    asyncio.run(slots(9))
    assert time.slept[0] == pytest.approx(2.0)  # Retry-After first, then 9 per second
    assert time.now == pytest.approx(2 + 8 / 9)
    pacer.throttled(None)  # again, at 9 per second: 0.9 x 9
    assert pacer.interval == pytest.approx(1 / 8.1)
    pacer.succeeded()
    assert pacer.interval == pytest.approx(1 / 8.1)
    pacer.succeeded()
    assert pacer.interval == pytest.approx(1 / 9.1)  # one more per second after two good ones


def test_an_order_found_after_a_lost_answer_is_ours_unless_it_is_older(journal):
    from datetime import UTC, datetime, timedelta

    nomos = FakeNomos()
    run = journal.start("c", [cand("mine"), cand("theirs")])
    created = {"mine": datetime.now(UTC), "theirs": datetime.now(UTC) - timedelta(days=3)}

    async def lost_then_found(item):
        nomos.posts[item.subscription] += 1
        return Attempt(CREATED, f"prdo_{item.subscription}", looked=True,
                       order_created=created[item.subscription])

    nomos.send = lost_then_found
    asyncio.run(runner(journal, nomos, run).run())
    assert states(journal, run) == {"mine": ORDERED, "theirs": EXISTING}


def test_what_is_known_before_sending_settles_without_a_request(journal):
    nomos = FakeNomos(refuse={"a"})
    run = journal.start("c", [cand("a"), cand("b"), cand("c", plan_id="pln_ok")])
    lacking = set()

    async def send(item):
        attempt = await nomos.send(item)
        if attempt.kind == REFUSED_BY_NOMOS:
            lacking.add(item.plan_id)  # the plan has no smart-meter product
        return attempt

    def precheck(item):
        if item.plan_id in lacking:
            return Attempt(REFUSED_BY_NOMOS, reason="unsupported_product")
        return None

    time = FakeTime()
    bulk = BulkRun(journal, run.id, send, nomos.check, concurrency=1, precheck=precheck,
                   pacer=Pacer(clock=time.clock, sleep=time.sleep))
    asyncio.run(bulk.run())
    assert states(journal, run) == {"a": REFUSED, "b": REFUSED, "c": ORDERED}
    assert nomos.posts == Counter({"a": 1, "c": 1})  # "b" was never sent
