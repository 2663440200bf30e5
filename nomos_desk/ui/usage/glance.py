"""Today's and tomorrow's prices at a glance, the cheapest and dearest hours marked.

One request for the two days (never cached: tomorrow's prices appear in the early
afternoon, when the day-ahead auction has cleared). Hours are the time-weighted
average of their quarter hours. For feed-in the same hours read as best paid and
lowest paid.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout

from nomos_desk.domain import aggregate as agg
from nomos_desk.domain.aggregate import Buckets
from nomos_desk.domain.berlin import local_day
from nomos_desk.domain.insights import extreme_hours
from nomos_desk.domain.periods import custom as custom_period
from nomos_desk.ui import fmt
from nomos_desk.ui.axes import BerlinAxis, NumberAxis
from nomos_desk.ui.record.section import SectionBody
from nomos_desk.ui.theme import mark_secondary, mix
from nomos_desk.ui.usage.cache import PRICES
from nomos_desk.ui.usage.chart import keep_menus_in, style_plot
from nomos_desk.ui.usage.loader import Chunk, PeriodData, Subject
from nomos_desk.ui.usage.words import ct
from nomos_desk.ui.widgets import named

if TYPE_CHECKING:
    from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace

MARKED = 3  # cheapest and dearest hours marked per day
CHEAP, DEAR = QColor("#3f9b57"), QColor("#d0453c")


class PriceGlance(SectionBody):
    def __init__(self, tab: SubscriptionWorkspace) -> None:
        super().__init__(tab)
        self.hours: Buckets | None = None
        self.marked: dict[date, tuple[list[int], list[int]]] = {}
        self.chart = pg.PlotWidget(axisItems={"bottom": BerlinAxis("bottom"),
                                              "left": NumberAxis("left")})
        self.chart.setObjectName("priceGlance")
        self.chart.setMinimumHeight(170)
        self.chart.setMaximumHeight(240)
        plot = self.chart.getPlotItem()
        keep_menus_in(self.chart, plot)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        self.bars = pg.BarGraphItem(x0=[], x1=[], height=[])
        plot.addItem(self.bars)
        self.now_line = pg.InfiniteLine(angle=90, movable=False)
        plot.addItem(self.now_line, ignoreBounds=True)
        self.lines = {key: named(QLabel(wordWrap=True), f"glance_{key}")
                      for key in ("today", "tomorrow")}
        self.legend = named(QLabel(wordWrap=True), "glanceLegend")
        mark_secondary(self.legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart)
        for label in self.lines.values():
            layout.addWidget(label)
        layout.addWidget(self.legend)

    async def load(self) -> bool:
        sub = (await self.tab.record()).subscription
        subject = Subject.of(sub)
        if not subject.active:
            return False  # Nomos gives prices of active subscriptions only (the empty text)
        now = self.services.clock()
        today = local_day(now)
        two_days = custom_period(today, today + timedelta(days=1))
        answer = await self.services.client.get_prices(subject.id, two_days.first,
                                                        two_days.last)
        data = PeriodData(subject, two_days, today)
        data.apply_prices(Chunk(PRICES, two_days.first, two_days.last), answer)
        self.show_hours(agg.aggregate(data.slots, agg.HOUR), today, now, subject.feed_in)
        return True

    def show_hours(self, hours: Buckets, today: date, now: datetime, feed_in: bool) -> None:
        self.hours = hours
        starts = hours.edges[:-1]
        days = np.array([local_day(datetime.fromtimestamp(x, UTC)).toordinal() for x in starts])
        brushes = []
        # Between text and background: the palette's Mid all but vanished on a dark chart.
        pal = self.palette()
        base = mix(pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Base),
                   0.45)
        self.marked = {}
        for offset, key in ((0, "today"), (1, "tomorrow")):
            day = today + timedelta(days=offset)
            index = np.flatnonzero(days == day.toordinal())
            prices = hours.price_time[index]
            cheap, dear = extreme_hours(prices, MARKED)
            self.marked[day] = ([int(index[i]) for i in cheap], [int(index[i]) for i in dear])
            self.lines[key].setText(self._day_text(key, day, hours, self.marked[day], feed_in))
        good, bad = (DEAR, CHEAP) if feed_in else (CHEAP, DEAR)
        cheap_all = {i for c, _ in self.marked.values() for i in c}
        dear_all = {i for _, d in self.marked.values() for i in d}
        for i in range(len(hours)):
            colour = good if i in cheap_all else bad if i in dear_all else base
            brushes.append(QBrush(colour))
        known = np.isfinite(hours.price_time)
        self.bars.setOpts(x0=hours.edges[:-1][known] + 200, x1=hours.edges[1:][known] - 200,
                          height=hours.price_time[known],
                          brushes=[b for b, k in zip(brushes, known, strict=True) if k], pen=None)
        plot = self.chart.getPlotItem()
        plot.setXRange(hours.edges[0], hours.edges[-1], padding=0)
        plot.setLabel("left", self.tr("ct/kWh"))
        self.now_line.setPos(now.timestamp())
        self.now_line.setPen(pg.mkPen(self.palette().color(QPalette.ColorRole.WindowText),
                                      width=1))
        style_plot(self.chart, plot)
        self.legend.setText(
            self.tr("Green: the three best-paid hours of a day; red: the three lowest-paid.")
            if feed_in else
            self.tr("Green: the three cheapest hours of a day; red: the three dearest."))

    def _day_text(self, key: str, day: date, hours: Buckets,
                  marked: tuple[list[int], list[int]], feed_in: bool) -> str:
        name = self.tr("Today") if key == "today" else self.tr("Tomorrow")
        cheap, dear = marked
        if not cheap:
            if key == "tomorrow":
                return self.tr("%1: prices are published in the early afternoon, once the "
                               "day-ahead auction has cleared.").replace("%1", name)
            return self.tr("%1: no prices from Nomos.").replace("%1", name)

        def hour(i: int) -> str:
            start = datetime.fromtimestamp(float(hours.edges[i]), UTC)
            end = datetime.fromtimestamp(float(hours.edges[i + 1]), UTC)
            return self.tr("%1–%2 (%3)").replace("%1", fmt.clock(start)).replace(
                "%2", fmt.clock(end)).replace("%3", ct(float(hours.price_time[i])))

        text = self.tr("%1: best paid %2, lowest %3") if feed_in else \
            self.tr("%1: cheapest %2, dearest %3")
        return text.replace("%1", f"{name} ({fmt.day(day)})").replace(
            "%2", hour(cheap[0])).replace("%3", hour(dear[0]))

