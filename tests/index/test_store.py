import asyncio
import os
import stat

import pytest

from nomos_desk.domain.privacy import delete_database
from nomos_desk.index.records import CustomerRecord, SubscriptionRecord
from nomos_desk.index.search import search
from nomos_desk.index.store import IndexStore

from .factories import customer, subscription


@pytest.mark.skipif(os.name == "nt", reason="Windows has no owner-only mode bits")
def test_file_is_private(tmp_path):
    path = tmp_path / "profile" / "index.sqlite3"
    s = IndexStore(path)
    s.upsert([CustomerRecord.from_api(customer("A", "B"))])
    for f in [path, *path.parent.glob("index.sqlite3-*")]:
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o600, f
    s.close()


def test_wipe_removes_the_file_and_its_side_files(tmp_path):
    path = tmp_path / "profile" / "index.sqlite3"
    s = IndexStore(path)
    s.upsert([CustomerRecord.from_api(customer("A", "B"))])
    assert list(path.parent.glob("index.sqlite3-*"))  # WAL side files exist while open
    s.close()
    delete_database(path)
    assert list(path.parent.iterdir()) == []


def test_changed_records_replace_old_entries(tmp_path):
    s = IndexStore(tmp_path / "i.sqlite3")
    c1 = customer("Erika", "Alt", cid="cus_a")
    c2 = customer("Otto", "Neu", cid="cus_b", email="otto@example.de")
    sub = subscription("cus_a", number="AAAA1111", city="Bonn", sid="sub_x")
    s.upsert([CustomerRecord.from_api(c) for c in (c1, c2)], [SubscriptionRecord.from_api(sub)])
    assert s.counts()["entries"] == 2  # one subscription entry, one bare customer
    # The subscription changes city and moves to the other customer.
    moved = dict(sub, customer="cus_b", address=dict(sub["address"], city="Trier"))
    s.upsert(subscriptions=[SubscriptionRecord.from_api(moved)])
    assert search(s.con, "bonn") == []
    hit = search(s.con, "trier")[0]
    assert (hit.customer_id, hit.name) == ("cus_b", "Otto Neu")
    assert search(s.con, "erika")[0].subscription_id is None
    assert s.counts()["entries"] == 2
    # A renamed customer is found under the new name only.
    s.upsert([CustomerRecord.from_api(dict(c2, last_name="Umbenannt"))])
    assert search(s.con, "umbenannt")[0].subscription_id == "sub_x"
    assert search(s.con, "neu") == []


def test_subscription_before_its_customer_is_searchable_and_later_named(tmp_path):
    s = IndexStore(tmp_path / "i.sqlite3")
    s.upsert(subscriptions=[SubscriptionRecord.from_api(
        subscription("cus_late", number="LATE0001", sid="sub_late"))])
    assert search(s.con, "late0001")[0].name == ""
    s.upsert([CustomerRecord.from_api(customer("Spät", "Kommer", cid="cus_late"))])
    assert search(s.con, "spaet")[0].subscription_id == "sub_late"
    assert s.counts()["entries"] == 1


def _entry_rowids(s: IndexStore) -> list[int]:
    return [r[0] for r in s.con.execute("SELECT rowid FROM entries ORDER BY rowid")]


def test_plans_rebuild_only_the_entries_of_new_or_renamed_plans(tmp_path):
    s = IndexStore(tmp_path / "i.sqlite3")
    s.upsert([CustomerRecord.from_api(customer("Erika", "Dyn", cid="cus_d")),
              CustomerRecord.from_api(customer("Otto", "Fix", cid="cus_f"))],
             [SubscriptionRecord.from_api(subscription("cus_d", number="D0000001", sid="sub_d")),
              SubscriptionRecord.from_api(subscription("cus_f", number="F0000001", sid="sub_f",
                                                       plan="pln_fix"))])
    # A subscription without a customer has an entry of its own, with the plan name too.
    s.upsert(subscriptions=[SubscriptionRecord.from_api(
        subscription(None, number="O0000001", sid="sub_o", plan="pln_fix"))])
    s.upsert_plans([("pln_dyn", "Nomos Dynamisch"), ("pln_fix", "Ökostrom Fix 24")])
    assert {h.subscription_id for h in search(s.con, "oekostrom")} == {"sub_f", "sub_o"}
    before = _entry_rowids(s)

    # Every sync sends the plans again: unchanged names leave every entry as it was.
    s.upsert_plans([("pln_dyn", "Nomos Dynamisch"), ("pln_fix", "Ökostrom Fix 24")])
    assert _entry_rowids(s) == before

    # A renamed plan rewrites its subscriptions' entries (the orphan's too), no others.
    s.upsert_plans([("pln_dyn", "Nomos Dynamisch"), ("pln_fix", "Grünstrom Fix 36")])
    assert {h.subscription_id for h in search(s.con, "gruenstrom")} == {"sub_f", "sub_o"}
    assert search(s.con, "oekostrom") == []
    dyn = s.con.execute("SELECT rowid FROM entries WHERE subscription_id = 'sub_d'").fetchone()[0]
    assert dyn in before
    assert len(set(_entry_rowids(s)) & set(before)) == 1


def test_a_detail_without_updated_at_is_not_wanted_again(tmp_path):
    s = IndexStore(tmp_path / "i.sqlite3")
    listed = dict(subscription("cus_a", number="N0000001", sid="sub_n"), updated_at=None,
                  address="adr_1", meter="mtr_1")
    s.upsert(subscriptions=[SubscriptionRecord.from_api(listed)])
    assert s.needing_detail() == ["sub_n"]
    detail = dict(subscription("cus_a", number="N0000001", sid="sub_n"), updated_at=None)
    s.upsert(subscriptions=[SubscriptionRecord.from_api(detail)])
    assert s.needing_detail() == []
    # The next list walk brings the slim item again: the detail's facts still count.
    s.upsert(subscriptions=[SubscriptionRecord.from_api(listed)])
    assert s.needing_detail() == []
    assert search(s.con, "torstrasse")[0].subscription_id == "sub_n"


def test_the_service_reader_never_writes(tmp_path):
    from nomos_desk.index.service import IndexService

    async def scenario():
        index = IndexService(tmp_path / "i.sqlite3")
        try:
            await index.write([CustomerRecord.from_api(customer("Lesende", "Leserin"))])
            assert [h.name for h in await index.search("leserin")] == ["Lesende Leserin"]
            return await index.read(lambda s: s.con.total_changes)
        finally:
            index.close()

    assert asyncio.run(scenario()) == 0


@pytest.mark.parametrize("old_customer, new_customer", [
    ("cus_zz", "cus_aa"),   # to a customer whose id sorts before the old one's
    ("cus_aa", "cus_zz"),   # and after it
    (None, "cus_aa"),       # from none to one
    ("cus_aa", None),       # from one to none
])
def test_a_subscription_moves_between_customers_in_any_id_order(tmp_path, old_customer,
                                                               new_customer):
    s = IndexStore(tmp_path / "i.sqlite3")
    s.upsert([CustomerRecord.from_api(customer("Alma", "Erste", cid="cus_aa")),
              CustomerRecord.from_api(customer("Zeno", "Letzter", cid="cus_zz"))])
    sub = subscription(old_customer, number="MOVE0001", sid="sub_m")
    s.upsert(subscriptions=[SubscriptionRecord.from_api(sub)])
    moved = dict(sub, customer=new_customer, updated_at="2025-03-01T10:00:00Z")
    s.upsert(subscriptions=[SubscriptionRecord.from_api(moved)])
    # Writing the same move again (the next sync re-reads it) is just as sound.
    s.upsert(subscriptions=[SubscriptionRecord.from_api(moved)])
    assert [h.customer_id for h in search(s.con, "move0001")] == [new_customer]
    # Each customer has exactly one row: the moved subscription, or itself alone.
    rows = s.con.execute("SELECT customer_id, subscription_id FROM entries "
                         "ORDER BY customer_id, subscription_id").fetchall()
    expected = {("cus_aa", None), ("cus_zz", None), (new_customer, "sub_m")}
    expected.discard((new_customer, None))
    assert sorted(rows, key=str) == sorted(expected, key=str)
    s.close()
