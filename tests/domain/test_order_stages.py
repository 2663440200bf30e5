"""Days in the current stage and what changed since the previous load."""

from __future__ import annotations

from nomos_desk.domain.order_stages import (
    ACTIVATED,
    MOVED_BACK,
    MOVED_ON,
    NEW,
    NEWLY_BLOCKED,
    UNBLOCKED,
    WAS_CANCELLED,
    Seen,
    change_of,
    days_in_stage,
    summarize,
)

from .rollout_cases import CURIE_LIFE, EDISON_LIFE, NOW, order


def test_the_first_status_counts_from_the_order_itself():
    assert days_in_stage(order("a", "created", created=12.5), CURIE_LIFE, NOW) == (12, True)


def test_stamped_milestones_date_their_stage_exactly():
    installed = order("a", "installed", created=80, installed=9)
    assert days_in_stage(installed, CURIE_LIFE, NOW) == (9, True)
    cancelled = order("b", "cancelled", created=80, cancelled=3)
    assert days_in_stage(cancelled, CURIE_LIFE, NOW) == (3, True)


def test_a_stage_nomos_does_not_stamp_is_dated_by_the_load_that_saw_it_begin():
    seen = order("a", "scheduled", created=60, entries={"scheduled": 4})
    assert days_in_stage(seen, CURIE_LIFE, NOW) == (4, True)


def test_first_seen_mid_way_the_days_are_a_lower_bound():
    # Placed some time after it was created 45 days ago: at least 45 days is all we know.
    assert days_in_stage(order("a", "placed", created=45), CURIE_LIFE, NOW) == (45, False)
    assert days_in_stage(order("b", "placed", created=None), CURIE_LIFE, NOW) is None


def test_edison_blocked_status_counts_from_its_block():
    blocked = order("a", "blocked_wim", created=70, blocked=6)
    assert days_in_stage(blocked, EDISON_LIFE, NOW) == (6, True)


def test_changes_since_the_previous_load():
    life = CURIE_LIFE
    assert change_of(None, Seen("created", False), life) == NEW
    assert change_of(Seen("placed", False), Seen("check_submitted", False), life) == MOVED_ON
    assert change_of(Seen("scheduled", False), Seen("placed", False), life) == MOVED_BACK
    assert change_of(Seen("installed", False), Seen("activated", False), life) == ACTIVATED
    assert change_of(Seen("placed", False), Seen("cancelled", False), life) == WAS_CANCELLED
    assert change_of(Seen("placed", False), Seen("placed", True), life) == NEWLY_BLOCKED
    assert change_of(Seen("placed", True), Seen("placed", False), life) == UNBLOCKED
    assert change_of(Seen("placed", False), Seen("placed", False), life) is None
    # edison: a block is a status of its own, and leaving it is an unblocking.
    assert change_of(Seen("ordered", False), Seen("blocked", False), EDISON_LIFE) == NEWLY_BLOCKED
    assert change_of(Seen("blocked", False), Seen("checked", False), EDISON_LIFE) == UNBLOCKED


def test_summary_counts_each_kind_in_a_fixed_order():
    changes = [MOVED_ON] * 14 + [NEWLY_BLOCKED] * 3 + [ACTIVATED] * 2 + [None] * 5
    assert list(summarize(changes).items()) == [(MOVED_ON, 14), (NEWLY_BLOCKED, 3),
                                                (ACTIVATED, 2)]
