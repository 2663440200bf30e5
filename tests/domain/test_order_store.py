"""The local copy of the orders: opening from it, since-last-look marks, stage entries,
columns that failed to load, a switched API version, saved cohorts, privacy."""

from __future__ import annotations

import os
import stat
from datetime import timedelta

import pytest

from nomos_desk.domain.cohorts import Cohort
from nomos_desk.domain.order_stages import ACTIVATED, MOVED_ON, NEW, NEWLY_BLOCKED
from nomos_desk.domain.order_store import OrderStore
from nomos_desk.domain.privacy import delete_database

from .rollout_cases import CURIE_LIFE, NOW, order

ALL = CURIE_LIFE.statuses
CURIE, EDISON = "2026-05-27.curie", "2026-01-29.edison"


@pytest.fixture
def store(tmp_path):
    s = OrderStore(tmp_path / "board.sqlite3")
    yield s
    s.close()


def facts(*orders):
    return [o.facts for o in orders]


def test_the_last_load_comes_back_as_it_was(store):
    first = facts(order("a", "placed", created=30, blocked=2, blocked_reason="check_missing"),
                  order("b", "activated", created=90, installed=20, activated=10))
    assert store.record_load(first, ALL, CURIE_LIFE, CURIE, NOW).changes == \
        {"a": None, "b": None}
    snap = store.snapshot(CURIE)
    assert snap.loaded_at == NOW and snap.version == CURIE
    assert sorted((o.facts for o in snap.orders), key=lambda f: f.id) == first
    assert store.subscriptions_with_orders() == {"sub_a", "sub_b"}


def test_changes_since_the_previous_load_and_when_a_stage_began(store):
    store.record_load(facts(order("a", "placed"), order("b", "installed", installed=3),
                            order("c", "placed")), ALL, CURIE_LIFE, CURIE, NOW)
    later = NOW + timedelta(days=2)
    look = store.record_load(
        facts(order("a", "check_submitted"), order("b", "activated", installed=3, activated=1),
              order("c", "placed", blocked=1, blocked_reason="check_missing"),
              order("d", "created", created=1)), ALL, CURIE_LIFE, CURIE, later)
    assert look.changes == {"a": MOVED_ON, "b": ACTIVATED, "c": NEWLY_BLOCKED, "d": NEW}
    assert look.entered == {"a": "check_submitted", "b": "activated"} and look.at == later
    snap = {o.id: o for o in store.snapshot(CURIE).orders}
    assert snap["a"].change == MOVED_ON and snap["a"].entries == {"check_submitted": later}
    assert snap["c"].entries == {}  # a block is no new stage
    # Nothing moved since: the marks go, the stage entry stays.
    store.record_load([o.facts for o in snap.values()], ALL, CURIE_LIFE, CURIE,
                      later + timedelta(days=1))
    again = {o.id: o for o in store.snapshot(CURIE).orders}
    assert all(o.change is None for o in again.values())
    assert again["a"].entries == {"check_submitted": later}


def test_a_failed_column_keeps_its_orders_and_a_walked_one_drops_the_gone(store):
    store.record_load(facts(order("a", "placed"), order("b", "scheduled")), ALL, CURIE_LIFE,
                      CURIE, NOW)
    store.record_load(facts(order("a", "check_submitted")), {"check_submitted"}, CURIE_LIFE,
                      CURIE, NOW + timedelta(hours=1))
    # Only "scheduled" was walked this time (the others failed), and "b" was gone from it.
    store.record_load([], {"scheduled"}, CURIE_LIFE, CURIE, NOW + timedelta(hours=2))
    snap = store.snapshot(CURIE).orders
    assert [(o.id, o.change) for o in snap] == [("a", MOVED_ON)]  # its mark stays


def test_a_column_walked_for_the_first_time_is_a_first_look(store):
    # The first load's "placed" walk failed: when it succeeds later, its orders are not new.
    store.record_load(facts(order("a", "created")), {"created"}, CURIE_LIFE, CURIE, NOW)
    look = store.record_load(facts(order("b", "placed")), {"placed"}, CURIE_LIFE, CURIE, NOW)
    assert look.changes == {"b": None}
    look = store.record_load(facts(order("c", "placed"), order("b", "placed")), {"placed"},
                             CURIE_LIFE, CURIE, NOW)
    assert look.changes == {"c": NEW, "b": None}


def test_another_api_version_starts_afresh(store):
    store.record_load(facts(order("a", "placed")), ALL, CURIE_LIFE, CURIE, NOW)
    assert store.snapshot(EDISON).orders == []
    look = store.record_load(facts(order("a", "ordered")), ALL, CURIE_LIFE, EDISON, NOW)
    assert look.changes == {"a": None}  # not "moved": the vocabularies are not comparable
    assert store.snapshot(CURIE).orders == []


def test_saved_cohorts(store):
    store.save_cohort(Cohort(name="Berlin", place="10"))
    store.save_cohort(Cohort(name="Blocked", blocked_only=True))
    store.save_cohort(Cohort(name="Berlin", place="10", provider="metrify"))  # overwritten
    assert store.cohorts() == [Cohort(name="Berlin", place="10", provider="metrify"),
                               Cohort(name="Blocked", blocked_only=True)]
    store.delete_cohort("Berlin")
    assert [c.name for c in store.cohorts()] == ["Blocked"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_file_is_the_users_alone_and_goes_with_the_profile(tmp_path):
    path = tmp_path / "profile" / "board.sqlite3"
    store = OrderStore(path)
    store.record_load(facts(order("a", "placed")), ALL, CURIE_LIFE, CURIE, NOW)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    store.close()
    delete_database(path)
    assert not any(path.parent.iterdir())


def test_forgetting_the_orders_keeps_the_saved_cohorts(store):
    store.record_load(facts(order("a", "placed")), ALL, CURIE_LIFE, CURIE, NOW)
    store.save_cohort(Cohort(name="Berlin", place="10"))
    store.forget_orders()
    assert store.snapshot(CURIE).orders == [] and store.snapshot(CURIE).loaded_at is None
    assert [c.name for c in store.cohorts()] == ["Berlin"]
    # The next load is a first look again: nothing to compare with.
    assert store.record_load(facts(order("b", "placed")), ALL, CURIE_LIFE, CURIE,
                             NOW).changes == {"b": None}
