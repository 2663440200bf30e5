"""Cohort filters over orders joined with the index, the built-in "needs attention", and
saving a cohort."""

from __future__ import annotations

from datetime import date

from nomos_desk.domain.cohorts import NEEDS_ATTENTION, Cohort, CohortFilter, usual_days
from nomos_desk.domain.order_stages import Party

from .rollout_cases import CURIE_LIFE, NOW, order

BERLIN = Party("Jürgen Müller", "AB12CD34", "Berlin", "10115", "pln_flux", "Flux")
MUNICH = Party("Anna Schmidt", "ZZ99YY88", "München", "80331", "pln_isar", "Isarstrom")

ORDERS = {
    "fresh": order("fresh", "placed", created=5, party=BERLIN, provider="metrify"),
    "old": order("old", "placed", created=120, party=MUNICH, provider="inexogy"),
    "blocked": order("blocked", "check_submitted", created=20, blocked=2,
                     blocked_reason="check_missing", party=BERLIN),
    "waiting": order("waiting", "scheduled", created=90, appointment=-10, party=MUNICH),
    "done": order("done", "activated", created=200, installed=100, activated=90, party=BERLIN),
}


def members(cohort: Cohort, usual=None) -> set[str]:
    keep = CohortFilter(cohort, CURIE_LIFE, NOW, usual)
    return {key for key, o in ORDERS.items() if keep(o)}


def test_each_filter_narrows_the_orders():
    assert members(Cohort()) == set(ORDERS)
    assert members(Cohort(provider="inexogy")) == {"old"}
    assert members(Cohort(plan="pln_isar")) == {"old", "waiting"}
    assert members(Cohort(place="101")) == {"fresh", "blocked", "done"}     # zip prefix
    assert members(Cohort(place="münch")) == {"old", "waiting"}            # city
    assert members(Cohort(blocked_only=True)) == {"blocked"}
    assert members(Cohort(text="müller ab12")) == {"fresh", "blocked", "done"}
    assert members(Cohort(text="zz99yy88")) == {"old", "waiting"}
    assert members(Cohort(text="müller münchen")) == set()  # every word must match


def test_moved_only_keeps_what_changed_since_the_last_look():
    from dataclasses import replace
    moved = replace(ORDERS["old"], change="moved_on")
    keep = CohortFilter(Cohort(moved_only=True), CURIE_LIFE, NOW)
    assert keep(moved) and not keep(ORDERS["old"])


def test_created_between_counts_berlin_days_inclusive():
    # NOW is 16.11.2026 12:00 UTC: created 5 days ago is 11.11., 20 days ago 27.10.
    assert members(Cohort(created_from=date(2026, 11, 11))) == {"fresh"}
    assert members(Cohort(created_from=date(2026, 10, 27), created_to=date(2026, 11, 10))) == \
        {"blocked"}


def test_stalled_is_open_and_longer_in_the_stage_unless_an_appointment_lies_ahead():
    assert members(Cohort(stalled_days=30)) == {"old"}  # "waiting" has a date, "done" is done
    assert members(Cohort(stalled_days=3)) == {"fresh", "old", "blocked"}


def test_needs_attention_is_blocked_or_longer_than_usual():
    assert members(NEEDS_ATTENTION) == {"old", "blocked"}  # usual: a month until learnt
    assert members(NEEDS_ATTENTION, usual={"placed": 200.0}) == {"blocked"}
    assert members(NEEDS_ATTENTION, usual={"placed": 4.0}) == {"fresh", "old", "blocked"}


def test_the_usual_time_of_a_stage_needs_enough_stays():
    stays = {"placed": [float(d) for d in range(1, 11)], "scheduled": [3.0, 4.0]}
    assert usual_days(stays) == {"placed": 9.1}  # 90th percentile of 1..10


def test_a_cohort_survives_saving_and_unknown_fields():
    cohort = Cohort(name="Berlin blocked", provider="metrify", plan="pln_flux", place="10",
                    created_from=date(2026, 1, 1), created_to=date(2026, 6, 30),
                    blocked_only=True, stalled_days=21, text="müller", moved_only=True)
    assert Cohort.from_json(cohort.to_json()) == cohort
    later = ('{"name": "x", "provider": 5, "stalled_days": -3, "created_from": "soon", '
             '"blocked_only": "yes", "colour": "red"}')
    assert Cohort.from_json(later) == Cohort(name="x")
