"""Chart axes that read in the chosen language (pyqtgraph's own know no locale).

BerlinAxis: UTC epoch seconds labelled in Berlin wall-clock time, with tick positions
from domain.time_axis (correct on the 23- and 25-hour days). NumberAxis: numbers with
the language's decimal sign and grouping (0,25 and 1.500 in German), and for counts
whole numbers only.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pyqtgraph as pg

from nomos_desk.domain.berlin import BERLIN
from nomos_desk.domain.time_axis import DAY, LADDER, MONTH, TIME, WEEK, Step, choose_step, ticks
from nomos_desk.ui import fmt


def tick_label(seconds: float, step: Step) -> str:
    moment = datetime.fromtimestamp(seconds, UTC)
    local = moment.astimezone(BERLIN)
    if step.unit == TIME:
        # Midnight names the day, so a two-day view says where one day ends.
        if local.hour == 0 and local.minute == 0:
            return fmt.day_month(local.date())
        return fmt.clock(moment)
    if step.unit in (DAY, WEEK):
        return fmt.day_month(local.date())
    if step.unit == MONTH:
        return fmt.month_year(local.date(), short=True)
    return str(local.year)


class BerlinAxis(pg.AxisItem):
    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self.step = LADDER[-1]

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802, N803
        self.step = choose_step(maxVal - minVal, size)
        return [(self.step.seconds, ticks(minVal, maxVal, self.step))]

    def tickStrings(self, values, _scale, _spacing):  # noqa: N802
        return [tick_label(v, self.step) for v in values]


class NumberAxis(pg.AxisItem):
    def __init__(self, orientation: str, *, counts: bool = False) -> None:
        super().__init__(orientation)
        self.counts = counts  # whole numbers only: half an order does not exist
        self.enableAutoSIPrefix(False)  # kWh stay kWh, not "x0.001"

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802, N803
        levels = super().tickValues(minVal, maxVal, size)
        if not self.counts:
            return levels
        whole = [(spacing, values) for spacing, values in levels if spacing >= 1]
        return whole or [(1.0, [float(n) for n in range(math.ceil(minVal),
                                                         math.floor(maxVal) + 1)])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        step = spacing * scale
        decimals = 0 if self.counts or step >= 1 else min(6, math.ceil(-math.log10(step)))
        return [fmt.number(v * scale, decimals) for v in values]
