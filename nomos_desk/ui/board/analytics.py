"""Rollout analytics of the cohort, drawn with pyqtgraph: funnel, stage times, ageing and
activations per week. The figures come from domain/rollout.py; this only draws them.

Category names (statuses in German run long) are written above their bars instead of
on an axis, so a long name never squeezes the chart.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api.versions import ApiVersion
from nomos_desk.domain.berlin import BERLIN
from nomos_desk.domain.order_stages import BoardOrder, Lifecycle
from nomos_desk.domain.rollout import (
    AgeBucket,
    Spread,
    ageing,
    funnel,
    span_times,
    stage_times,
    weekly_activations,
)
from nomos_desk.ui import fmt
from nomos_desk.ui.axes import BerlinAxis, NumberAxis
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.theme import mark_secondary
from nomos_desk.ui.widgets import named

SPAN_WORDS = {
    "order_to_installation": QT_TRANSLATE_NOOP("BoardAnalytics", "Order to installation"),
    "order_to_activation": QT_TRANSLATE_NOOP("BoardAnalytics", "Order to activation"),
    "order_to_cancellation": QT_TRANSLATE_NOOP("BoardAnalytics", "Order to cancellation"),
}
BLUE, LIGHT_BLUE, RED, GREEN = "#3d7bd9", "#9cbcec", "#d64541", "#2e8b57"
WEEK = 7 * 86400


def _t(text: str) -> str:
    return QCoreApplication.translate("BoardAnalytics", text)


def _days(value: float | None) -> str:
    return fmt.DASH if value is None else fmt.number(value, 1)


def spread_text(spread: Spread) -> str:
    count = spread.count  # lupdate reads a plural's count only from a plain name
    return (QCoreApplication.translate("BoardAnalytics",
                                       "median %1 d, 90 %: %2 d (%Ln order(s))", "", count)
            .replace("%1", _days(spread.median)).replace("%2", _days(spread.p90)))


def bucket_label(bucket: AgeBucket) -> str:
    if bucket.high is None:
        return QCoreApplication.translate("BoardAnalytics", "over %1").replace(
            "%1", fmt.integer(bucket.low - 1))
    return f"{fmt.integer(bucket.low)}–{fmt.integer(bucket.high)}"


class Chart(QFrame):
    """A titled pyqtgraph plot that follows the palette (light or dark). The title is a
    wrapping label: a group box's title would set the window's minimum width."""

    def __init__(self, title: str, name: str, axis_items: dict | None = None) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = named(QLabel(title, wordWrap=True), "chartTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.plot = pg.PlotWidget(axisItems=axis_items)
        # The grid's stretch decides the height, not pyqtgraph's generous size hint.
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.plot.setMinimumHeight(120)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(6, 6, 6, 6)
        self.column.addWidget(self.title)
        self.column.addWidget(self.plot, 1)

    def clear(self) -> None:
        self.plot.clear()
        palette = self.palette()
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setTextPen(text)
            axis.setPen(palette.color(QPalette.ColorRole.Mid))

    def text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def labelled_bars(self, rows: Sequence[tuple[str, float, float | None, str]]) -> None:
        """Horizontal bars, top to bottom: (name, value, lighter value behind, words). Each
        row is one unit high: its words on the upper half, its bar on the lower."""
        self.clear()
        self.plot.getAxis("left").hide()
        n = len(rows)
        top = max([1.0] + [max(v, w or 0.0) for _, v, w, _ in rows])
        for i, (name, value, behind, words) in enumerate(rows):
            y = n - 1 - i
            for width, brush in ((behind, LIGHT_BLUE), (value, BLUE)):
                if width is not None:
                    self.plot.addItem(pg.BarGraphItem(x0=[0], y0=[y - 0.45], height=[0.38],
                                                      width=[width], brush=brush, pen=None))
            label = pg.TextItem(f"{name}: {words}", color=self.text_colour(), anchor=(0, 0))
            label.setPos(0, y + 0.5)
            self.plot.addItem(label)
        self.plot.setXRange(0, top * 1.05, padding=0)
        self.plot.setYRange(-0.5, n - 0.5, padding=0)


class AnalyticsView(QWidget):
    def __init__(self, version: ApiVersion, lifecycle: Lifecycle,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardAnalytics")
        self.version = version
        self.lifecycle = lifecycle
        self.figures: dict[str, object] = {}  # what was drawn last (tests read it)
        self.funnel = Chart(self.tr("Funnel: orders that reached each stage"), "chartFunnel",
                            {"bottom": NumberAxis("bottom", counts=True)})
        self.stages = Chart(self.tr("Days per stage: median (dark) and 90th percentile (light)"),
                            "chartStages", {"bottom": NumberAxis("bottom")})
        self.stages_note = named(QLabel(wordWrap=True), "stagesNote")
        mark_secondary(self.stages_note)
        self.stages.column.addWidget(self.stages_note)
        self.ageing = Chart(self.tr("Open orders by days since ordered (red: blocked)"),
                            "chartAgeing", {"left": NumberAxis("left", counts=True)})
        self.weekly = Chart(self.tr("Orders activated per week"), "chartWeekly",
                            {"bottom": BerlinAxis("bottom"),
                             "left": NumberAxis("left", counts=True)})
        self.empty = named(QLabel(self.tr("No orders in this cohort."), wordWrap=True),
                           "analyticsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.funnel, 0, 0)
        grid.addWidget(self.stages, 0, 1)
        grid.addWidget(self.ageing, 1, 0)
        grid.addWidget(self.weekly, 1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(grid_box)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def label(self, status: str) -> str:
        return fmt.order_status(self.version.meter_order_status(status).label)

    def show_orders(self, orders: Sequence[BoardOrder], now: datetime) -> None:
        if not orders:
            self.stack.setCurrentWidget(self.empty)
            self.figures = {}
            return
        self.stack.setCurrentIndex(0)
        life = self.lifecycle
        reached = funnel(orders, life)
        stays = stage_times(orders, life)
        spans = span_times(orders)
        buckets = ageing(orders, life, now)
        weeks = weekly_activations(orders)
        self.figures = {"funnel": reached, "stages": stays, "spans": spans, "ageing": buckets,
                        "weekly": weeks}
        first = reached[0][1] if reached else 0
        self.funnel.labelled_bars([
            (self.label(s), float(n), None,
             f"{fmt.integer(n)} ({fmt.number(100.0 * n / first if first else 0.0)} %)")
            for s, n in reached])
        # Stages without a finished stay yet are named once below the chart, not drawn.
        rows = [(self.label(s), sp.median or 0.0, sp.p90, spread_text(sp))
                for s, sp in stays if sp.count]
        rows += [(_t(SPAN_WORDS[k]), sp.median or 0.0, sp.p90, spread_text(sp))
                 for k, sp in spans if sp.count]
        self.stages.labelled_bars(rows)
        unseen = [self.label(s) for s, sp in stays if not sp.count]
        self.stages_note.setText(self.tr("No finished stay seen yet in: %1").replace(
            "%1", ", ".join(unseen)) if unseen else "")
        self.stages_note.setVisible(bool(unseen))
        self._draw_ageing(buckets)
        self._draw_weekly(weeks)

    def _draw_ageing(self, buckets: Sequence[AgeBucket]) -> None:
        chart = self.ageing
        chart.clear()
        xs = list(range(len(buckets)))
        chart.plot.addItem(pg.BarGraphItem(x=xs, height=[b.count for b in buckets], width=0.7,
                                           brush=BLUE, pen=None))
        chart.plot.addItem(pg.BarGraphItem(x=xs, height=[b.blocked for b in buckets], width=0.7,
                                           brush=RED, pen=None))
        chart.plot.getAxis("bottom").setTicks([[(x, bucket_label(b))
                                                for x, b in zip(xs, buckets, strict=True)]])
        chart.plot.getAxis("bottom").setLabel(self.tr("days since ordered"),
                                              color=chart.text_colour().name())
        chart.plot.setXRange(-0.6, len(buckets) - 0.4, padding=0)

    def _draw_weekly(self, weeks: Sequence[tuple[date, int]]) -> None:
        chart = self.weekly
        chart.clear()
        if not weeks:
            note = pg.TextItem(self.tr("No activations yet."), color=chart.text_colour())
            chart.plot.addItem(note)
            return
        xs = [datetime.combine(w, time(), BERLIN).timestamp() for w, _ in weeks]
        chart.plot.addItem(pg.BarGraphItem(x=[x + WEEK / 2 for x in xs],
                                           height=[n for _, n in weeks], width=WEEK * 0.8,
                                           brush=GREEN, pen=None))
        chart.plot.setXRange(xs[0], xs[-1] + WEEK, padding=0.02)
