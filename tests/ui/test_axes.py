"""Chart axes read in the chosen language; counts have whole-number ticks only."""

from __future__ import annotations

from nomos_desk.ui.axes import NumberAxis


def test_numbers_take_the_languages_decimal_sign(qapp, german):
    axis = NumberAxis("left")
    assert axis.tickStrings([0.25, 0.5, 1500.0], 1.0, 0.05) == ["0,25", "0,50", "1.500,00"]
    assert axis.tickStrings([10.0, 20.0], 1.0, 10.0) == ["10", "20"]


def test_counts_tick_whole_numbers_only(qapp):
    axis = NumberAxis("left", counts=True)
    levels = axis.tickValues(0.0, 2.0, 400.0)
    assert levels and all(spacing >= 1 for spacing, _ in levels)
    assert all(float(v).is_integer() for _, values in levels for v in values)
    assert axis.tickValues(0.0, 0.6, 400.0) == [(1.0, [0.0])]
    assert axis.tickStrings([1.0, 2.0], 1.0, 1.0) == ["1", "2"]
