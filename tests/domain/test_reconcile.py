"""Does an invoice add up: usage, prepayment and void invoices on hand-checked figures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from nomos_desk.domain.billing import PER_KWH, BaseComponent
from nomos_desk.domain.pricing import PriceAt, PricedUsage, UsageAt, price_usage, usage_intervals
from nomos_desk.domain.reconcile import (
    RECONSTRUCTED,
    SENT,
    VoidCheck,
    as_sent,
    reconstruct,
    sent_line_items,
    settle_prepayment,
)

BASE = [BaseComponent("Grundgebühr", 10.99), BaseComponent("Netzentgelte", 3.31, "grid"),
        BaseComponent("Messstellengebühren", 1.26, "metering")]  # 15.56 a month
Q = timedelta(minutes=15)
T0 = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)


def four_quarter_hours() -> PricedUsage:
    usage = usage_intervals([(T0 + i * Q, v) for i, v in enumerate([1.0, 2.0, 0.5, 0.5])],
                            "15min", T0 + 4 * Q)
    prices = [PriceAt(T0 + i * Q, e, 11.0, 7.0) for i, e in enumerate([10.0, -2.0, 30.0, 30.0])]
    return price_usage(usage, prices)


def test_a_usage_invoice_that_adds_up_matches_to_the_cent():
    # energy 36 ct + grid 4 x 11 ct + levies 4 x 7 ct = 1.08 EUR, plus 15.56 base = 16.64
    check = reconstruct(16.64, 4.0, four_quarter_hours(), BASE, months=1)
    assert check.source == RECONSTRUCTED and check.breakdown.total == 16.64
    assert check.matches and check.difference == 0.0 and check.usage_difference is None
    assert [i.amount for i in check.breakdown.items] == [0.36, 0.44, 0.28, 10.99, 3.31, 1.26]
    assert check.breakdown.items[0].unit_price == 9.0  # 36 ct over 4 kWh


def test_an_invoice_that_asks_more_says_by_how_much():
    check = reconstruct(19.76, 4.4, four_quarter_hours(), BASE, months=1)
    assert not check.matches and check.difference == 3.12
    assert check.usage_difference == 0.4  # the invoice states 0.4 kWh more than the data
    assert reconstruct(16.60, 4.0, four_quarter_hours(), BASE, 1).difference == -0.04


def test_a_clock_change_month_bills_its_25_hour_day_and_one_month_of_base_fees():
    start = datetime(2025, 9, 30, 22, 0, tzinfo=UTC)
    end = datetime(2025, 10, 31, 23, 0, tzinfo=UTC)
    usage = usage_intervals([(start + i * Q, 0.1) for i in range(2980)], "15min", end)
    prices = [PriceAt(start + i * Q, 20.0, 10.0, 5.0) for i in range(2980)]
    # 298 kWh x 35 ct = 104.30 EUR, plus 15.56 EUR base fees = 119.86 EUR
    check = reconstruct(119.86, 298.0, price_usage(usage, prices), BASE, months=1)
    assert check.matches and check.breakdown.usage_kwh == 298.0
    assert [i.amount for i in check.breakdown.items[:3]] == [59.6, 29.8, 14.9]


def test_feed_in_pays_out_the_energy_and_charges_the_base_fee():
    usage = [UsageAt(T0, T0 + Q, 100.0)]
    priced = price_usage(usage, [PriceAt(T0, 8.0, 0.0, 0.0)])
    check = reconstruct(-3.01, 100.0, priced, [BaseComponent("Grundgebühr", 4.99)], 1,
                        feed_in=True)
    assert check.matches and check.breakdown.items[0].amount == -8.0


def test_a_prepayment_is_set_against_what_the_period_really_cost():
    # 250 kWh at 20 + 10 + 5 ct = 87.50 EUR, plus 15.56 base = 103.06 EUR against 100 paid
    usage = [UsageAt(T0, T0 + Q, 250.0)]
    priced = price_usage(usage, [PriceAt(T0, 20.0, 10.0, 5.0)])
    balance = settle_prepayment(100.0, priced, BASE, months=1)
    assert balance.cost.breakdown.total == 103.06 and balance.balance == -3.06
    assert settle_prepayment(110.0, priced, BASE, 1).balance == 6.94  # paid ahead


def test_a_void_reverses_the_voided_invoice_in_full_or_says_what_is_left():
    assert VoidCheck(-57.68, 57.68).reverses_in_full
    partial = VoidCheck(-50.0, 57.68)
    assert not partial.reverses_in_full and partial.remainder == 7.68
    assert VoidCheck(-0.1 - 0.2, 0.3).remainder == 0.0  # float noise is not a remainder


def test_line_items_the_invoice_carries_are_taken_as_sent():
    raw = {"usage": 50, "line_items": [
        {"name": "Energie", "group": "energy", "quantity": 50, "unit": "kWh",
         "unit_price": 21, "amount": 10.5},
        {"description": "Grundgebühr", "subgroup": "fee", "total": "10.99"},
        {"name": "broken", "amount": None}, "junk"]}
    items = sent_line_items(raw)
    assert [(i.name, i.group, i.unit, i.amount) for i in items] == [
        ("Energie", "energy", PER_KWH, 10.5), ("Grundgebühr", "fee", "", 10.99)]
    check = as_sent(raw, 21.49)
    assert check is not None and check.source == SENT and check.matches
    assert as_sent(raw, 22.49).difference == 1.0  # type: ignore[union-attr]
    assert as_sent({"usage": 4, "total": 9.0}, 9.0) is None  # curie: nothing sent


@pytest.mark.parametrize("carried", [None, [], "lines", [None, {"name": "no amount"}]])
def test_nothing_readable_sent_means_nothing_sent(carried):
    assert sent_line_items({"line_items": carried}) == ()
