"""Invoice line items from usage x price plus base fees."""

from __future__ import annotations

import pytest

from nomos_desk.domain.billing import (
    PER_KWH,
    PER_MONTH,
    BaseComponent,
    LineItem,
    base_components_from_quote,
    breakdown_of,
    exact_total,
    line_items_from_sums,
    number,
)

BASE = [BaseComponent("Grundgebühr", 10.99), BaseComponent("Netzentgelte", 3.31, "grid"),
        BaseComponent("Messstellengebühren", 1.26, "metering")]


def test_sums_become_lines_the_customer_can_follow() -> None:
    # 3.5 kWh: energy 21 ct, grid 3.5 x 11 ct, levies 3.5 x 7 ct, two months of base fees.
    out = line_items_from_sums(3.5, 21.0, 38.5, 24.5, BASE, months=2)
    assert [i.group for i in out.items] == ["energy", "grid", "levies", "fee", "grid", "metering"]
    energy, grid, levies = out.items[:3]
    assert (energy.quantity, energy.unit, energy.unit_price, energy.amount) == (3.5, PER_KWH, 6.0,
                                                                                0.21)
    assert (grid.unit_price, grid.amount, levies.amount) == (11.0, 0.39, 0.24)  # 0.385 -> 0.39
    fee = out.items[3]
    assert (fee.quantity, fee.unit, fee.unit_price, fee.amount) == (2, PER_MONTH, 10.99, 21.98)
    assert out.exact_total == pytest.approx(0.84 + 2 * 15.56)
    assert out.total == 31.96 and out.net == 26.86 and out.vat == 5.10  # 31.96 / 1.19


def test_feed_in_credits_the_payout() -> None:
    out = line_items_from_sums(100.0, 800.0, 0.0, 0.0, [BaseComponent("Grundgebühr", 4.99)],
                               feed_in=True)
    assert out.items[0].name == "Einspeisevergütung" and out.items[0].amount == -8.0
    assert out.total == round(4.99 - 8.0, 2)
    assert exact_total(800.0, 0, 0, 4.99, 1, True) == pytest.approx(-3.01)


def test_base_components_come_from_the_quote_base_group() -> None:
    quote = {"components": [
        {"group": "base", "subcomponents": [
            {"subgroup": "fee", "name": "Grundgebühr", "amount": 10.99},
            {"subgroup": "grid", "name": "Pauschale Netzentgeltreduktion (§14a EnWG Modul 1)",
             "amount": -11.21}]},
        {"group": "variable", "subcomponents": [
            {"subgroup": "energy", "name": "EPEX", "amount": 0.08}]}]}
    comps = base_components_from_quote(quote)
    assert [c.amount for c in comps] == [10.99, -11.21]
    assert comps[1].subgroup == "grid"


def test_a_quote_with_broken_parts_keeps_what_it_can_read() -> None:
    quote = {"components": [
        "not a group",
        {"group": "base", "subcomponents": [
            {"subgroup": "fee", "name": "Grundgebühr", "amount": "10.99"},
            {"name": "Netzentgelte", "amount": None},
            {"name": "Messstellengebühren", "amount": 1e400},
            17]},
        {"group": "base", "subcomponents": "none"}]}
    assert base_components_from_quote(quote) == [BaseComponent("Grundgebühr", 10.99, "fee")]
    assert base_components_from_quote({"components": None}) == []
    assert [number(v) for v in (True, "x", "nan", 10**400, 2)] == [None, None, None, None, 2.0]


def test_a_breakdown_of_listed_items_adds_them_up() -> None:
    items = [LineItem("Energie", "energy", 100.0, PER_KWH, 30.0, "ct/kWh", 30.0),
             LineItem("Grundgebühr", "fee", 1, PER_MONTH, 10.99, "EUR/Monat", 10.99)]
    out = breakdown_of(items)
    assert (out.total, out.usage_kwh, out.net, out.vat) == (40.99, 100.0, 34.45, 6.54)
