"""Invoice line items from usage x price plus base fees."""

from __future__ import annotations

import pytest

from nomos_desk.domain.billing import (
    BaseComponent,
    align_usage_with_prices,
    base_components_from_quote,
    exact_total,
    line_items_for,
    line_items_from_sums,
)

BASE = [BaseComponent("Grundgebühr", 10.99), BaseComponent("Netzentgelte", 3.31, "grid"),
        BaseComponent("Messstellengebühren", 1.26, "metering")]


def _price(e: float, g: float = 11.0, lv: float = 7.0) -> dict:
    return {"components": [{"type": "electricity", "amount": e}, {"type": "grid", "amount": g},
                           {"type": "levies", "amount": lv}]}


def test_total_is_sum_of_usage_times_price_plus_base_fees() -> None:
    usage = [1.0, 2.0, 0.5]
    prices = [_price(10.0), _price(-2.0), _price(30.0)]
    out = line_items_for(usage, prices, BASE)
    per_kwh = 1.0 * 28.0 + 2.0 * 16.0 + 0.5 * 48.0  # ct
    assert out.total == round(per_kwh / 100 + 10.99 + 3.31 + 1.26, 2)
    assert out.usage_kwh == 3.5
    energy = out.items[0]
    assert energy.group == "energy" and energy.quantity == 3.5
    assert energy.amount == round((10.0 - 4.0 + 15.0) / 100, 2)
    assert energy.unit_price == round(21.0 / 3.5, 4)
    assert [i.name for i in out.items[3:]] == ["Grundgebühr", "Netzentgelte", "Messstellengebühren"]
    assert out.net + out.vat == pytest.approx(out.total)
    assert out.net == round(out.total / 1.19, 2)


def test_plain_mappings_and_months() -> None:
    out = line_items_for([10.0], [{"electricity": 20.0, "grid": 10.0, "levies": 5.0}], BASE,
                         months=2)
    assert out.total == round(3.5 + 2 * (10.99 + 3.31 + 1.26), 2)
    assert out.items[-1].quantity == 2 and out.items[-1].amount == 2.52


def test_feed_in_credits_the_payout() -> None:
    out = line_items_from_sums(100.0, 800.0, 0.0, 0.0, [BaseComponent("Grundgebühr", 4.99)],
                               feed_in=True)
    assert out.items[0].name == "Einspeisevergütung" and out.items[0].amount == -8.0
    assert out.total == round(4.99 - 8.0, 2)
    assert exact_total(800.0, 0, 0, 4.99, 1, True) == pytest.approx(-3.01)


def test_misaligned_series_are_refused() -> None:
    with pytest.raises(ValueError):
        line_items_for([1.0, 2.0], [_price(1.0)], BASE)


def test_hourly_prices_cover_four_quarter_hours() -> None:
    usage = [{"start": f"2025-09-30T22:{m:02d}:00.000Z", "usage": 0.25, "type": "final"}
             for m in (0, 15, 30, 45)]
    usage.append({"start": "2025-09-30T23:00:00.000Z", "usage": 1.0, "type": "final"})
    usage.append({"start": "2025-10-01T05:00:00.000Z", "usage": 9.0, "type": "final"})  # no price
    prices = [{"timestamp": "2025-09-30T22:00:00Z", **_price(10.0)},
              {"timestamp": "2025-09-30T23:00:00Z", **_price(20.0)}]
    kwh, paired = align_usage_with_prices(usage, prices)
    assert kwh == [0.25, 0.25, 0.25, 0.25, 1.0]
    assert [p["components"][0]["amount"] for p in paired] == [10.0] * 4 + [20.0]


def test_alignment_skips_null_and_unreadable_timestamps_instead_of_crashing() -> None:
    usage = [{"start": "2025-09-30T22:00:00Z", "usage": 0.5, "type": "final"},
             {"start": None, "usage": 7.0, "type": "final"},
             {"start": "not a date", "usage": 7.0, "type": "final"},
             {"start": "2025-09-30T22:15:00Z", "usage": None, "type": "preliminary"}]
    prices = [{"timestamp": None, **_price(99.0)},
              {"timestamp": "garbage", **_price(99.0)},
              {"timestamp": "2025-09-30T22:00:00Z", **_price(10.0)}]
    kwh, paired = align_usage_with_prices(usage, prices)
    assert kwh == [0.5]
    assert [p["components"][0]["amount"] for p in paired] == [10.0]


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
