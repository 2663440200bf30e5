"""Rollout analytics on hand-checked orders."""

from __future__ import annotations

from datetime import date

import pytest

from nomos_desk.domain.rollout import (
    AgeBucket,
    ageing,
    funnel,
    percentile,
    span_times,
    spread,
    stage_times,
    weekly_activations,
)

from .rollout_cases import CURIE_LIFE, NOW, order

ORDERS = [
    order("a", "activated", created=100, installed=40, activated=30),
    order("b", "activated", created=50, installed=20, activated=18),
    order("c", "installed", created=90, installed=5),
    order("d", "scheduled", created=70, entries={"check_reviewed": 25, "scheduled": 10}),
    order("e", "placed", created=200, blocked=8, blocked_reason="check_missing"),
    order("f", "cancelled", created=40, cancelled=35, cancelled_reason="customer_request"),
    order("g", "created", created=3),
]


def test_percentiles_interpolate_between_ranks():
    assert percentile([30, 60, 85], 50) == 60
    assert percentile([30, 60, 85], 90) == pytest.approx(80)   # 60 + 0.8 * 25
    assert percentile([5], 90) == 5
    assert spread([]).median is None and spread([]).count == 0
    with pytest.raises(ValueError):
        percentile([], 50)


def test_funnel_counts_every_stage_an_order_reached():
    assert funnel(ORDERS, CURIE_LIFE) == [
        ("created", 7), ("placed", 5), ("check_submitted", 4), ("check_reviewed", 4),
        ("scheduled", 4), ("installed", 3), ("activated", 2)]


def test_stage_times_use_only_stays_with_both_ends_dated():
    times = dict(stage_times(ORDERS, CURIE_LIFE))
    assert times["installed"].count == 2
    assert times["installed"].median == pytest.approx(6)       # stays of 10 and 2 days
    assert times["installed"].p90 == pytest.approx(9.2)        # 2 + 0.9 * 8
    assert times["check_reviewed"].median == pytest.approx(15)  # seen 25 and 10 days ago
    assert times["created"].count == 0 and times["created"].median is None
    assert "activated" not in times  # the last stage is never left


def test_spans_from_order_to_installation_activation_and_cancellation():
    spans = dict(span_times(ORDERS))
    assert spans["order_to_installation"].median == pytest.approx(60)   # 60, 30, 85
    assert spans["order_to_installation"].p90 == pytest.approx(80)
    assert spans["order_to_activation"].median == pytest.approx(51)     # 70 and 32
    assert spans["order_to_activation"].p90 == pytest.approx(66.2)
    assert spans["order_to_cancellation"].count == 1
    assert spans["order_to_cancellation"].median == pytest.approx(5)


def test_ageing_buckets_open_orders_by_days_since_ordered():
    assert ageing(ORDERS, CURIE_LIFE, NOW) == [
        AgeBucket(0, 14, 1, 0), AgeBucket(15, 30, 0, 0), AgeBucket(31, 60, 0, 0),
        AgeBucket(61, 90, 2, 0), AgeBucket(91, 180, 0, 0), AgeBucket(181, None, 1, 1)]


def test_activations_per_week_with_empty_weeks_between():
    # 30 and 18 days before Monday 16.11.2026: Saturday 17.10. and Thursday 29.10.
    assert weekly_activations(ORDERS) == [(date(2026, 10, 12), 1), (date(2026, 10, 19), 0),
                                          (date(2026, 10, 26), 1)]
    assert weekly_activations([order("x", "placed")]) == []
