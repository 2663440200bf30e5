"""Sync logic against an in-memory page source (the sandbox test covers the real API)."""

import asyncio
from datetime import datetime

import pytest

from nomos_desk.index.service import IndexService
from nomos_desk.index.sync import Syncer

from .factories import PLANS, customer, subscription


class FakeSource:
    def __init__(self, customers, subscriptions, page_size=3):
        self.customers = customers
        self.subscriptions = subscriptions
        self.page_size = page_size
        self.calls = []
        self.details = []
        self.fail_after_pages = None

    def _pages(self, items, field, since):
        picked = [i for i in items
                  if since is None or datetime.fromisoformat(i[field]) >= since]
        picked.sort(key=lambda i: i[field], reverse=True)  # newest first, like the API
        for n, start in enumerate(range(0, len(picked), self.page_size)):
            if self.fail_after_pages is not None and n >= self.fail_after_pages:
                raise ConnectionError("network gone")
            yield picked[start:start + self.page_size]

    async def customer_pages(self, created_since):
        self.calls.append(("customers", created_since))
        for page in self._pages(self.customers, "created_at", created_since):
            yield page

    async def subscription_pages(self, updated_since):
        self.calls.append(("subscriptions", updated_since))
        for page in self._pages(self.subscriptions, "updated_at", updated_since):
            # Like the API's list: address and meter as ids only.
            yield [dict(s, address="adr_x", meter="mtr_x") for s in page]

    async def subscription_detail(self, sub_id):
        self.details.append(sub_id)
        sub = next(s for s in self.subscriptions if s["id"] == sub_id)
        customer = next((c for c in self.customers if c["id"] == sub["customer"]), None)
        return dict(sub, customer=customer) if customer else sub

    async def plans(self):
        return PLANS


def make_data():
    customers = [customer("Kunde", f"Nummer{i}", created_at=f"2025-01-{i + 1:02d}T08:00:00+00:00")
                 for i in range(10)]
    subs = [subscription(c["id"], number=f"S{i:07d}", updated_at=f"2025-02-{i + 1:02d}T08:00:00+00:00")
            for i, c in enumerate(customers)]
    return customers, subs


def test_full_then_incremental(tmp_path):
    customers, subs = make_data()
    source = FakeSource(customers, subs)

    async def scenario():
        index = IndexService(tmp_path / "index.sqlite3")
        syncer = Syncer(index, source)
        progress = []
        first = await syncer.run(progress.append)
        assert (first.full, first.customers, first.subscriptions, first.details) == (
            True, 10, 10, 10)
        assert sorted(source.details) == sorted(s["id"] for s in subs)
        assert progress[-1].phase == "done"
        # Progress grows page by page, so the UI can show it during the walk.
        counts = [p.customers for p in progress if p.phase == "customers"]
        assert counts == sorted(counts) and len(set(counts)) >= 4
        assert (await index.counts())["subscriptions"] == 10

        # One subscription changes on the server, one customer is new.
        changed = dict(subs[2], status="ended", updated_at="2025-03-05T09:00:00+00:00",
                       meter=dict(subs[2]["meter"], number="NEWMETER77"))
        source.subscriptions[2] = changed
        source.customers.append(customer("Neu", "Kundin", created_at="2025-01-20T08:00:00+00:00"))
        source.calls.clear()
        source.details.clear()
        second = await syncer.run()
        assert second.full is False
        # Only what changed since the newest server timestamps is asked for and fetched.
        assert source.calls == [("customers", datetime.fromisoformat("2025-01-10T08:00:00+00:00")),
                                ("subscriptions", datetime.fromisoformat("2025-02-10T08:00:00+00:00"))]
        # gte re-reads the record at the watermark itself (an overlap, never a gap), but
        # only what differs from the index counts as changed.
        assert (second.customers, second.subscriptions) == (1, 1)
        # Only the changed subscription's detail is fetched again.
        assert source.details == [changed["id"]]
        # The slim list item re-read at the watermark kept the meter its detail brought.
        kept = await index.read(lambda st: st.subscription(subs[9]["id"]))
        assert kept.meter_number == subs[9]["meter"]["number"] and kept.city == "Berlin"
        hits = await index.search("newmeter77")
        assert [(h.subscription_id, h.status) for h in hits] == [(changed["id"], "ended")]
        assert (await index.search("kundin"))[0].subscription_id is None
        index.close()

    asyncio.run(scenario())


def test_interrupted_walk_keeps_watermarks_and_repeats(tmp_path):
    customers, subs = make_data()
    source = FakeSource(customers, subs)
    source.fail_after_pages = 2

    async def scenario():
        index = IndexService(tmp_path / "index.sqlite3")
        syncer = Syncer(index, source)
        with pytest.raises(ConnectionError):
            await syncer.run()
        assert not await syncer.is_initialised()
        assert (await index.counts())["customers"] == 6  # the pages that did arrive are kept
        source.fail_after_pages = None
        again = await syncer.run()
        assert again.full and (await index.counts())["customers"] == 10
        index.close()

    asyncio.run(scenario())


def test_cancel_mid_walk(tmp_path):
    customers, subs = make_data()

    class SlowSource(FakeSource):
        async def customer_pages(self, created_since):
            async for page in super().customer_pages(created_since):
                yield page
                await asyncio.sleep(3600)  # the test cancels here

    source = SlowSource(customers, subs)

    async def scenario():
        index = IndexService(tmp_path / "index.sqlite3")
        syncer = Syncer(index, source)
        seen = []
        task = asyncio.create_task(syncer.run(seen.append))
        while not any(p.customers for p in seen):
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert not await syncer.is_initialised()
        assert (await index.counts())["customers"] == 3
        index.close()

    asyncio.run(scenario())


def test_a_subscription_moving_to_an_earlier_customer_syncs(tmp_path):
    # The failure this guards against broke the sync that brought the move and every one
    # after it: the watermark never moved past the batch that could not be written.
    late = customer("Zora", "Später", cid="cus_zzz", created_at="2025-01-01T08:00:00+00:00")
    early = customer("Anton", "Früher", cid="cus_aaa", created_at="2025-01-02T08:00:00+00:00")
    sub = subscription("cus_zzz", number="WANDER01", sid="sub_w",
                       updated_at="2025-02-01T08:00:00+00:00")
    source = FakeSource([late, early], [sub])

    async def scenario():
        index = IndexService(tmp_path / "index.sqlite3")
        syncer = Syncer(index, source)
        await syncer.run()
        source.subscriptions[0] = dict(sub, customer="cus_aaa",
                                       updated_at="2025-03-01T08:00:00+00:00")
        await syncer.run()
        await syncer.run()
        hits = await index.search("wander01")
        assert [(h.customer_id, h.name) for h in hits] == [("cus_aaa", "Anton Früher")]
        assert (await index.search("zora"))[0].subscription_id is None
        index.close()

    asyncio.run(scenario())


def test_a_restart_without_changes_reports_nothing_changed(tmp_path):
    customers, subs = make_data()
    source = FakeSource(customers, subs)

    async def scenario():
        index = IndexService(tmp_path / "index.sqlite3")
        await Syncer(index, source).run()
        index.close()
        # The app starts again: a new index service and syncer over the same file.
        index = IndexService(tmp_path / "index.sqlite3")
        source.details.clear()
        again = await Syncer(index, source).run()
        index.close()
        return again

    again = asyncio.run(scenario())
    assert (again.full, again.customers, again.subscriptions, again.details) == (False, 0, 0, 0)
    assert source.details == []


def test_changes_stamped_in_the_watermark_second_are_not_missed(tmp_path):
    customers, subs = make_data()
    source = FakeSource(customers, subs)

    async def scenario():
        index = IndexService(tmp_path / "index.sqlite3")
        syncer = Syncer(index, source)
        await syncer.run()
        # Both arrive after the sync read the newest items, with the very same timestamps.
        newest_customer = max(c["created_at"] for c in customers)
        newest_update = max(s["updated_at"] for s in subs)
        at_mark = next(i for i, s in enumerate(subs) if s["updated_at"] == newest_update)
        twin = customer("Gleich", "Zeitig", created_at=newest_customer)
        source.customers.append(twin)
        source.subscriptions[0] = dict(subs[0], status="ended", updated_at=newest_update,
                                       meter=dict(subs[0]["meter"], number="SAMESEC0001"))
        # And the item at the watermark itself changes again within its own timestamp.
        source.subscriptions[at_mark] = dict(subs[at_mark], status="ended", meter=dict(
            subs[at_mark]["meter"], number="SAMEITEM001"))
        result = await syncer.run()
        found = [h.customer_id for h in await index.search("zeitig")]
        meters = [(h.subscription_id, h.status) for m in ("samesec0001", "sameitem001")
                  for h in await index.search(m)]
        index.close()
        return twin, result, found, meters, subs[at_mark]["id"]

    twin, result, found, meters, at_mark = asyncio.run(scenario())
    assert (result.customers, result.subscriptions) == (1, 2)
    assert found == [twin["id"]]
    assert meters == [(subs[0]["id"], "ended"), (at_mark, "ended")]


def test_a_subscription_gone_from_nomos_leaves_the_index(tmp_path):
    customers, subs = make_data()

    class VanishingSource(FakeSource):
        gone = {subs[3]["id"]}

        async def subscription_detail(self, sub_id):
            if sub_id in self.gone:
                self.details.append(sub_id)
                return None  # the API answered 404: it no longer exists
            return await super().subscription_detail(sub_id)

    source = VanishingSource(customers, subs)

    async def scenario():
        index = IndexService(tmp_path / "index.sqlite3")
        syncer = Syncer(index, source)
        await syncer.run()
        number = await index.search(subs[3]["number"])
        owner = await index.search(customers[3]["last_name"])
        stored = await index.read(lambda s: s.subscription(subs[3]["id"]))
        source.details.clear()
        await syncer.run()
        index.close()
        return number, owner, stored

    number, owner, stored = asyncio.run(scenario())
    assert number == [] and stored is None
    # The customer stays findable, now without a subscription.
    assert [(h.customer_id, h.subscription_id) for h in owner] == [(customers[3]["id"], None)]
    assert source.details == []  # not asked for again on every later sync


def test_renamed_customers_are_picked_up_by_a_daily_walk_of_all_customers(tmp_path):
    # Nomos lists customers by created_at only: a rename moves no watermark, so only
    # walking every customer again finds it. That happens once a day, not every sync.
    from datetime import UTC, timedelta

    from nomos_desk.index.sync import CUSTOMER_REWALK

    customers, subs = make_data()
    source = FakeSource(customers, subs)
    now = [datetime(2025, 6, 1, 8, 0, tzinfo=UTC)]

    async def scenario():
        index = IndexService(tmp_path / "index.sqlite3")
        syncer = Syncer(index, source, clock=lambda: now[0])
        await syncer.run()
        source.customers[4] = dict(customers[4], last_name="Umbenannt")
        source.calls.clear()
        now[0] += timedelta(hours=1)
        soon = await syncer.run()
        cheap_calls = list(source.calls)
        source.calls.clear()
        now[0] += CUSTOMER_REWALK
        later = await syncer.run()
        found = [h.customer_id for h in await index.search("umbenannt")]
        index.close()
        return soon, cheap_calls, later, list(source.calls), found

    soon, cheap_calls, later, walk_calls, found = asyncio.run(scenario())
    assert soon.customers == 0 and cheap_calls[0][1] is not None  # from the watermark
    assert walk_calls[0] == ("customers", None)  # every customer, once the day is over
    assert later.customers == 1 and found == [customers[4]["id"]]


def test_a_list_that_leaves_out_the_termination_does_not_undo_the_detail(tmp_path):
    # The spec makes terminated_at and end_at optional in list items; a server that leaves
    # them out must not make every terminated subscription look changed on every sync.
    customers, subs = make_data()
    subs[9] = dict(subs[9], terminated_at="2025-01-20T08:00:00+00:00",  # the newest: re-listed
                   end_at="2025-03-31T22:00:00+00:00")

    class SlimListSource(FakeSource):
        async def subscription_pages(self, updated_since):
            async for page in super().subscription_pages(updated_since):
                yield [{k: v for k, v in s.items() if k not in ("terminated_at", "end_at")}
                       for s in page]

    source = SlimListSource(customers, subs)

    async def scenario():
        index = IndexService(tmp_path / "index.sqlite3")
        syncer = Syncer(index, source)
        await syncer.run()
        source.details.clear()
        again = await syncer.run()
        stored = await index.read(lambda s: s.subscription(subs[9]["id"]))
        index.close()
        return again, stored

    again, stored = asyncio.run(scenario())
    assert (again.subscriptions, again.details) == (0, 0) and source.details == []
    assert (stored.terminated_at, stored.end_at) == (subs[9]["terminated_at"],
                                                     subs[9]["end_at"])
