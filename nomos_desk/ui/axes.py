"""The chart's time axis: UTC epoch seconds labelled in Berlin wall-clock time.

Tick positions come from domain.time_axis (correct on the 23- and 25-hour days);
labels go through ui.fmt, so they read in the chosen language.
"""

from __future__ import annotations

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
