"""The usage-and-price chart: kWh as bars or steps on the left axis, ct/kWh on the right.

Measured choices (see bench/chart.py): usage is drawn as filled step curves built
from the bucket edges (x doubled), with peak downsampling and clip-to-view, so a
year of quarter hours draws in a few milliseconds and pans at well under a frame;
real bars (with gaps between them) are used while there are few enough to see. The
price lives in a second ViewBox linked on x and kept on the plot's geometry
(sigResized). Missing values are NaN and draw as gaps. Preliminary values are a
hatched, lighter series beside the final ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nomos_desk.domain import aggregate as agg
from nomos_desk.domain.aggregate import Buckets
from nomos_desk.domain.periods import Floats, Period, midnight_epoch
from nomos_desk.domain.pricing import COMPONENT_TYPES
from nomos_desk.domain.readings import Reading
from nomos_desk.ui import fmt
from nomos_desk.ui.axes import BerlinAxis, NumberAxis
from nomos_desk.ui.theme import mix
from nomos_desk.ui.usage import words
from nomos_desk.ui.usage.words import translate

BAR_LIMIT = 600  # more buckets than this are thinner than a pixel or two: steps look the same
USAGE = QColor("#3d7bd9")
PRICE = QColor("#e8772e")
PARTS = {"electricity": QColor(240, 160, 48, 120), "grid": QColor(140, 107, 177, 120),
         "levies": QColor(90, 164, 105, 120)}


@dataclass(frozen=True)
class ChartView:
    """What the chart shows: the buckets and how."""

    buckets: Buckets
    resolution: str  # resolved (never "auto")
    period: Period
    feed_in: bool = False
    bars: bool = True
    by_usage: bool = True
    stacked: bool = False
    analog: bool = False
    readings: list[Reading] = field(default_factory=list)


def steps(edges: Floats, values: Floats) -> tuple[Floats, Floats]:
    """A step curve through bucket edges: each value held from its start to its end."""
    x = np.empty(2 * values.size)
    x[0::2], x[1::2] = edges[:-1], edges[1:]
    return x, np.repeat(values, 2)


def keep_menus_in(owner: QWidget, plot: pg.PlotItem) -> None:
    """Turn pyqtgraph's context menus off (they speak English only) and give them a parent.

    pyqtgraph builds them without a parent, and turning the view box's menu off drops it;
    Python's cycle collector then deleted those widgets on whatever thread it ran in (the
    search index's, the sandbox's), and a timer of theirs later crashed the app. Owned by
    the chart, Qt deletes them with it, on the GUI thread."""
    menu = plot.vb.menu
    plot.setMenuEnabled(False)
    for widget in (plot.ctrlMenu, menu):
        if widget is not None:
            widget.setParent(owner, widget.windowFlags())
    plot.stateGroup.setParent(owner)
    for group in getattr(menu, "widgetGroups", ()):
        group.setParent(owner)


# How far axis and grid lines lean from the background towards the palette's Mid colour.
LINE_SHADE = 0.4


def style_plot(widget: pg.GraphicsView, plot: pg.PlotItem) -> None:
    """Background, axes and labels in the palette's colours (light and dark alike).

    Axis and grid lines are one opaque colour between background and Mid: pyqtgraph draws
    the grid in the axis's colour, and a translucent grid (alpha blending across the whole
    plot) took 11 of a pan frame's 29 ms over a year of quarter hours (bench/chart.py)."""
    pal = widget.palette()
    base, mid = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Mid)
    widget.setBackground(base)
    line = mix(mid, base, LINE_SHADE)
    text = pal.color(QPalette.ColorRole.WindowText)
    for name in ("left", "bottom", "right"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(line))
        axis.setTextPen(pg.mkPen(text))


# A filled band with more steps than about a third of the plot's pixels paints slowly
# (measured: 1,500 steps of a year 150 ms per frame, 400 steps 2 ms).
BAND_STEPS = 400


def coarsen(edges: Floats, values: Floats, most: int) -> tuple[Floats, Floats]:
    """At most `most` steps: runs of neighbouring buckets averaged (unknown ones left out).
    Only for drawing the stacked bands; tooltips and exports keep every bucket."""
    group = -(-values.size // most)
    if group <= 1:
        return edges, values
    pad = -values.size % group
    grouped = np.concatenate([values, np.full(pad, np.nan)]).reshape(-1, group)
    known = np.isfinite(grouped)
    with np.errstate(invalid="ignore"):
        means = np.where(known, grouped, 0.0).sum(axis=1) / known.sum(axis=1)
    return np.append(edges[:-1:group], edges[-1]), means


def band_path(edges: Floats, lower: Floats, upper: Floats) -> QPainterPath:
    """The area between two step curves as one path (one polygon per run of known
    values), for a stacked price component. Built with numpy: FillBetweenItem rebuilt
    its path on every pan and took seconds for a year of quarter hours, and so did
    painting a year's 35,040 steps, hence `coarsen`."""
    coarse, lower = coarsen(edges, lower, BAND_STEPS)
    edges, upper = coarsen(edges, upper, BAND_STEPS)
    known = np.isfinite(lower) & np.isfinite(upper)
    path = QPainterPath()
    if not known.any():
        return path
    assert coarse.size == edges.size
    bounds = np.flatnonzero(np.diff(np.concatenate(([0], known.astype(np.int8), [0]))))
    xs, ys, breaks = [], [], []
    for start, stop in zip(bounds[0::2], bounds[1::2], strict=True):
        x_up, y_up = steps(edges[start:stop + 1], upper[start:stop])
        x_low, y_low = steps(edges[start:stop + 1], lower[start:stop])
        xs += [x_up, x_low[::-1]]
        ys += [y_up, y_low[::-1]]
        breaks.append(len(x_up) * 2)
    connect = np.ones(sum(breaks), dtype=np.int32)
    connect[np.cumsum(breaks) - 1] = 0  # each run's polygon closes on its own
    return pg.arrayToQPath(np.concatenate(xs), np.concatenate(ys), connect=connect)


class Band(pg.GraphicsObject):
    """A filled path in a view box. A GraphicsObject (a QObject), not a QGraphicsPathItem:
    Qt deletes the items of a closed chart, and only a QObject tells Python that it did."""

    def __init__(self, brush: QBrush, pen: QPen) -> None:
        super().__init__()
        self._path = QPainterPath()
        self.brush, self.pen = brush, pen

    def setPath(self, path: QPainterPath) -> None:  # noqa: N802 - as QGraphicsPathItem
        self.prepareGeometryChange()
        self._path = path
        self.update()

    def path(self) -> QPainterPath:
        return self._path

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._path.boundingRect()

    def paint(self, painter: QPainter, *_: object) -> None:
        painter.setPen(self.pen)
        painter.setBrush(self.brush)
        painter.drawPath(self._path)


def _curve(**opts) -> pg.PlotDataItem:
    return pg.PlotDataItem(connect="finite", **opts)


class UsageChart(pg.GraphicsLayoutWidget):
    """The legend sits in a row above the plot, never over the bars."""

    hovered = Signal(int)  # the bucket under the cursor, -1 when none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usageChart")
        self.view: ChartView | None = None
        self.hover_index = -1
        self.legend = pg.LegendItem(colCount=5, verSpacing=-4)
        self._legend_entries: list[tuple[str, str]] = []
        self.ci.addItem(self.legend, row=0, col=0)
        # Its own size, at the left: stretched, its entries spread over the whole width.
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignLeft)
        self.axis = BerlinAxis("bottom")
        plot = self.plot = self.addPlot(row=1, col=0, axisItems={
            "bottom": self.axis, "left": NumberAxis("left"), "right": NumberAxis("right")})
        for name in ("left", "right"):
            axis = plot.getAxis(name)
            # Major ticks only: pyqtgraph draws a grid line for every minor tick too, which
            # cost a third of each frame while panning a year (bench/chart.py).
            axis.setStyle(maxTickLevel=0)
            axis.setTickDensity(2.0)  # so the major ticks alone still read finely enough
        for axis in (plot.getAxis(n) for n in ("left", "right", "bottom")):
            axis.setZValue(-200)  # behind the view boxes (-100), so the grid is under the bars
        keep_menus_in(self, plot)
        plot.hideButtons()
        plot.showGrid(x=True, y=True, alpha=1.0)  # opaque: see style_plot
        plot.vb.setMouseEnabled(x=True, y=False)
        self.prices = pg.ViewBox(enableMenu=False)
        self.prices.setMouseEnabled(x=False, y=False)
        plot.showAxis("right")
        plot.scene().addItem(self.prices)
        plot.getAxis("right").linkToView(self.prices)
        self.prices.setXLink(plot.vb)
        plot.vb.sigResized.connect(self._sync_prices)

        hatch = QBrush(USAGE.lighter(130), Qt.BrushStyle.BDiagPattern)
        self.final_steps = _curve(fillLevel=0, brush=QBrush(USAGE), pen=None)
        self.preliminary_steps = _curve(fillLevel=0, brush=hatch,
                                        pen=pg.mkPen(USAGE, style=Qt.PenStyle.DashLine))
        self.final_bars = pg.BarGraphItem(x0=[], x1=[], height=[], brush=QBrush(USAGE), pen=None)
        self.preliminary_bars = pg.BarGraphItem(
            x0=[], x1=[], height=[], brush=hatch, pen=pg.mkPen(USAGE, style=Qt.PenStyle.DashLine))
        for item in (self.final_bars, self.preliminary_bars, self.final_steps,
                     self.preliminary_steps):
            plot.addItem(item)
        self.marks = pg.ScatterPlotItem(size=9, symbol="o")
        plot.addItem(self.marks)

        self.price_line = _curve(pen=pg.mkPen(PRICE, width=2))
        self.bands: dict[str, Band] = {}
        for kind in COMPONENT_TYPES:
            band = Band(QBrush(PARTS[kind]), pg.mkPen(PARTS[kind].darker(150), width=0))
            self.prices.addItem(band)
            self.bands[kind] = band
        self.prices.addItem(self.price_line)
        for item in (self.final_steps, self.preliminary_steps, self.price_line):
            # Set after the item has its view: pyqtgraph 0.14 fails when clipping earlier.
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)

        self.crosshair = pg.InfiniteLine(angle=90, movable=False,
                                         pen=pg.mkPen(QColor(128, 128, 128), width=1,
                                                      style=Qt.PenStyle.DashLine))
        self.crosshair.hide()
        plot.addItem(self.crosshair, ignoreBounds=True)
        # The tooltip lies in the scene above both boxes.
        self.tip = pg.TextItem(anchor=(0, 0))
        self.tip.setZValue(1000)
        self.tip.hide()
        self.scene().addItem(self.tip)
        self.samples = self._make_samples()
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self._apply_palette()

    # -- drawing ---------------------------------------------------------------------------
    def show_view(self, view: ChartView, *, keep_zoom: bool = False) -> None:
        same_period = self.view is not None and self.view.period == view.period
        self.view = view
        b = view.buckets
        final = np.where(b.preliminary, np.nan, b.kwh)
        preliminary = np.where(b.preliminary, b.kwh, np.nan)
        bars = view.bars and len(b) <= BAR_LIMIT
        if bars:
            self._set_bars(self.final_bars, b.edges, final)
            self._set_bars(self.preliminary_bars, b.edges, preliminary)
            self.final_steps.setData([], [])
            self.preliminary_steps.setData([], [])
        else:
            self._set_bars(self.final_bars, b.edges, np.full(len(b), np.nan))
            self._set_bars(self.preliminary_bars, b.edges, np.full(len(b), np.nan))
            self.final_steps.setData(*steps(b.edges, final))
            self.preliminary_steps.setData(*steps(b.edges, preliminary))
        self._show_prices(view)
        self._show_marks(view)
        self._label_axes(view)
        self._fill_legend(view, bars)
        plot = self.plot
        top = float(np.nanmax(b.kwh)) if np.isfinite(b.kwh).any() else 1.0
        plot.vb.setYRange(0, top * 1.15 or 1.0, padding=0)
        start, end = view.period.start_epoch, view.period.end_epoch
        plot.vb.setLimits(xMin=start, xMax=end, minXRange=min(3600.0, end - start))
        if not (keep_zoom and same_period):
            plot.vb.setXRange(start, end, padding=0)
        if not same_period or self.hover_index >= len(b):
            self.clear_hover()
        elif self.hover_index >= 0:
            self.hover_at(self._centre(self.hover_index), again=True)  # new values under it

    def _set_bars(self, item: pg.BarGraphItem, edges: Floats, values: Floats) -> None:
        known = np.isfinite(values)
        width = np.diff(edges)[known]
        # A thin gap between bars where they are wide enough to show it; between bars of a
        # few pixels it flickers as stripes. The tooltip keeps each bar's true time.
        per_second = self.plot.vb.width() / max(edges[-1] - edges[0], 1.0)
        if per_second * np.median(np.diff(edges)) >= 6:
            # About 8 % of a bar, at most 3 pixels: one wide month keeps its true ends.
            inset = np.minimum(width * 0.08, 3 / max(per_second, 1e-12))
        else:
            inset = np.zeros_like(width)
        item.setOpts(x0=edges[:-1][known] + inset, x1=edges[1:][known] - inset,
                     height=values[known])

    def _show_prices(self, view: ChartView) -> None:
        b = view.buckets
        edges = b.edges
        stacked = view.stacked
        price = b.price(view.by_usage)
        self.price_line.setData(*steps(edges, price))
        self.price_line.setPen(pg.mkPen(PRICE, width=2 if len(b) <= 120 else 1))
        self.price_line.setVisible(not stacked)
        low, high = (float(np.nanmin(price)), float(np.nanmax(price))) \
            if np.isfinite(price).any() else (0.0, 1.0)
        lower = np.where(np.isfinite(price), 0.0, np.nan)
        for kind in COMPONENT_TYPES:
            upper = lower + b.parts(view.by_usage)[kind]
            # Built only when shown: a year of quarter hours is a large path.
            self.bands[kind].setPath(band_path(edges, lower, upper) if stacked
                                     else QPainterPath())
            self.bands[kind].setVisible(stacked)
            if stacked and np.isfinite(upper).any():
                low, high = min(low, float(np.nanmin(upper))), max(high, float(np.nanmax(upper)))
            lower = upper
        # The price line runs above the bars (over dense bars it would vanish); stacked
        # components lie behind them, so the bars stay readable.
        self.prices.setZValue(self.plot.vb.zValue() - 1 if stacked else 1)
        low = min(0.0, low)
        self.prices.setYRange(low * 1.1, high * 1.15 if high > 0 else 1.0, padding=0)

    def _show_marks(self, view: ChartView) -> None:
        """Meter readings of an analog meter, on the bar of their month: filled for a
        reading, hollow for an estimate."""
        spots = []
        b = view.buckets
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for reading in view.readings if view.analog else ():
            x = midnight_epoch(reading.day)
            i = int(np.searchsorted(b.edges, x, side="right")) - 1
            if not 0 <= i < len(b):
                continue
            y = float(b.kwh[i]) if np.isfinite(b.kwh[i]) else 0.0
            brush = QBrush(Qt.BrushStyle.NoBrush) if reading.estimated else QBrush(text)
            spots.append({"pos": (x, y), "brush": brush, "pen": pg.mkPen(text, width=1.5),
                          "symbol": "o"})
        self.marks.setData(spots)

    def _label_axes(self, view: ChartView) -> None:
        plot = self.plot
        energy, price = words.energy_word(view.feed_in), words.price_word(view.feed_in)
        plot.setLabel("left", translate("Usage", "%1 (kWh)").replace("%1", energy))
        plot.setLabel("right", translate("Usage", "%1 (ct/kWh)").replace("%1", price))

    def _make_samples(self) -> dict[str, pg.GraphicsObject]:
        """What the legend shows beside each name: made once and owned by the chart (a
        legend rebuilt from throwaway items left them to the cycle collector's thread)."""
        hatch = QBrush(USAGE.lighter(130), Qt.BrushStyle.BDiagPattern)
        dashed = pg.mkPen(USAGE, style=Qt.PenStyle.DashLine)
        bar = {"x0": [0], "x1": [1], "height": [1]}
        samples: dict[str, pg.GraphicsObject] = {
            "final_bars": pg.BarGraphItem(**bar, brush=QBrush(USAGE), pen=None),
            "final_steps": _curve(fillLevel=0, brush=QBrush(USAGE), pen=None),
            "preliminary_bars": pg.BarGraphItem(**bar, brush=hatch, pen=dashed),
            "preliminary_steps": _curve(fillLevel=0, brush=hatch, pen=dashed),
            "price": _curve(pen=pg.mkPen(PRICE, width=2)),
            "mark": pg.ScatterPlotItem(symbol="o", size=9),
            **{kind: _curve(fillLevel=0, brush=PARTS[kind], pen=None) for kind in COMPONENT_TYPES},
        }
        for item in samples.values():
            item.setParent(self)
        return samples

    def _fill_legend(self, view: ChartView, bars: bool) -> None:
        energy = words.energy_word(view.feed_in)
        shape = "bars" if bars else "steps"
        entries = [(f"final_{shape}", translate("Usage", "%1, final").replace("%1", energy)
                    if not view.analog else translate("Usage", "From readings"))]
        if view.buckets.preliminary.any():
            entries.append((f"preliminary_{shape}", translate("Usage", "Estimated")
                            if view.analog else
                            translate("Usage", "%1, preliminary").replace("%1", energy)))
        if view.stacked:
            # A payout has no grid fees or levies.
            entries += [(kind, words.component(kind, view.feed_in)) for kind in COMPONENT_TYPES
                        if not view.feed_in or kind == "electricity"]
        else:
            entries.append(("price", self._price_name(view)))
        if view.analog and view.readings:
            text = self.palette().color(QPalette.ColorRole.WindowText)
            self.samples["mark"].setBrush(QBrush(text))
            self.samples["mark"].setPen(pg.mkPen(text))
            entries.append(("mark", translate("Usage", "Meter reading")))
        if entries == self._legend_entries:
            return  # every chunk redraws the chart; the legend changes far less often
        self._legend_entries = entries
        self.legend.clear()
        for key, name in entries:
            self.legend.addItem(self.samples[key], name)
        for sample, _ in self.legend.items:
            sample.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # no hiding by a click

    def _price_name(self, view: ChartView, index: int | None = None) -> str:
        """The price's name; for one bucket, how it was really averaged there (one without
        usage, such as today's hours, has no usage to weigh by)."""
        name = words.price_word(view.feed_in)
        if view.resolution == agg.QUARTER:
            return name
        by_usage = view.by_usage and not view.analog and (
            index is None or bool(view.buckets.usage_weighted[index]))
        how = translate("Usage", "usage-weighted") if by_usage \
            else translate("Usage", "time-weighted")
        return translate("Usage", "%1, %2 average").replace("%1", name).replace("%2", how)

    def _sync_prices(self) -> None:
        self.prices.setGeometry(self.plot.vb.sceneBoundingRect())
        self.prices.linkedViewChanged(self.plot.vb, self.prices.XAxis)
        if self.hover_index != -1:  # the tooltip finds its place in the new size
            self.hover_at(self._centre(self.hover_index), again=True)

    # -- hover -----------------------------------------------------------------------------
    def _mouse_moved(self, pos: QPointF) -> None:
        vb = self.plot.vb
        if self.view is None or not vb.sceneBoundingRect().contains(pos):
            self.clear_hover()
            return
        self.hover_at(vb.mapSceneToView(pos).x())

    def _centre(self, index: int) -> float:
        assert self.view is not None
        edges = self.view.buckets.edges
        return float(edges[index] + edges[index + 1]) / 2

    def hover_at(self, x: float, *, again: bool = False) -> int:
        """Show the crosshair and tooltip of the bucket at epoch second `x`; `again` builds
        them anew for the same bucket (new values, a new size)."""
        if self.view is None:
            return -1
        edges = self.view.buckets.edges
        index = int(np.searchsorted(edges, x, side="right")) - 1
        if not 0 <= index < len(self.view.buckets):
            self.clear_hover()
            return -1
        if index == self.hover_index and not again and self.tip.isVisible():
            return index  # the mouse moved within the bucket: nothing changes
        self.hover_index = index
        centre = self._centre(index)
        self.crosshair.setPos(centre)
        self.crosshair.show()
        self.tip.setHtml(self._tip_html(index))
        vb = self.plot.vb
        top = vb.viewRange()[1][1]
        at = vb.mapViewToScene(QPointF(centre, top))
        # Right of the line where it fits, else left of it, and never past the plot's edges
        # (a narrow window is narrower than two tooltips).
        plot = vb.sceneBoundingRect()
        width = self.tip.boundingRect().width()
        x = at.x() if at.x() + width <= plot.right() else at.x() - width
        self.tip.setAnchor((0, 0))
        self.tip.setPos(QPointF(max(plot.left(), min(x, plot.right() - width)), at.y()))
        self.tip.show()
        self.hovered.emit(index)
        return index

    def clear_hover(self) -> None:
        if self.hover_index != -1:
            self.hover_index = -1
            self.hovered.emit(-1)
        self.crosshair.hide()
        self.tip.hide()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self.clear_hover()
        super().leaveEvent(event)

    def tip_lines(self, index: int) -> list[str]:
        """The tooltip's lines for bucket `index` (time, kWh, ct/kWh, cost, …)."""
        assert self.view is not None
        view, b = self.view, self.view.buckets
        feed_in = view.feed_in
        lines = [words.bucket_label(b.edges[index], b.edges[index + 1], view.resolution)]
        energy = words.energy_word(feed_in)
        if np.isfinite(b.kwh[index]):
            value = fmt.kwh(float(b.kwh[index]), 3 if b.kwh[index] < 10 else 1)
            if b.preliminary[index]:
                value = translate("Usage", "%1 (estimate)").replace("%1", value) if view.analog \
                    else translate("Usage", "%1 (preliminary)").replace("%1", value)
            lines.append(translate("Usage", "%1: %2").replace("%1", energy).replace("%2", value))
        else:
            lines.append(translate("Usage", "%1: no value").replace("%1", energy))
        if b.missing[index] and np.isfinite(b.kwh[index]):
            missing, size = int(b.missing[index]), int(b.size[index])
            lines.append(translate("Usage", "%1 of %2 quarter hours without a value")
                         .replace("%1", fmt.integer(missing)).replace("%2", fmt.integer(size)))
        price = b.price(view.by_usage)[index]
        if np.isfinite(price):
            lines.append(translate("Usage", "%1: %2").replace("%1", self._price_name(view, index))
                         .replace("%2", words.ct(float(price))))
            if view.stacked:
                parts = b.parts(view.by_usage)
                lines += [translate("Usage", "  %1: %2").replace("%1", words.component(k, feed_in))
                          .replace("%2", words.ct(float(parts[k][index])))
                          for k in COMPONENT_TYPES if np.isfinite(parts[k][index])]
        else:
            lines.append(translate("Usage", "%1: not known").replace(
                "%1", words.price_word(feed_in)))
        if np.isfinite(b.cost[index]):
            cost = fmt.money(float(b.cost[index]))
            if view.analog:
                cost = translate("Usage", "about %1").replace("%1", cost)
            lines.append(translate("Usage", "%1: %2").replace("%1", words.money_word(feed_in))
                         .replace("%2", cost))
        for reading in view.readings if view.analog else ():
            if b.edges[index] <= midnight_epoch(reading.day) < b.edges[index + 1]:
                text = translate("Usage", "Estimated reading on %1: %2") if reading.estimated \
                    else translate("Usage", "Meter reading on %1: %2")
                lines.append(text.replace("%1", fmt.day(reading.day))
                             .replace("%2", fmt.kwh(reading.value, 1)))
        return lines

    def _tip_html(self, index: int) -> str:
        colour = self.palette().color(QPalette.ColorRole.ToolTipText).name()
        lines = [line.replace("&", "&amp;").replace("<", "&lt;").replace("  ", "&nbsp;&nbsp;")
                 for line in self.tip_lines(index)]
        return (f'<div style="color:{colour}"><b>{lines[0]}</b><br>'
                f"{'<br>'.join(lines[1:])}</div>")

    # -- look and export ---------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "legend"):
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        style_plot(self, self.plot)
        self.tip.fill = QBrush(pal.color(QPalette.ColorRole.ToolTipBase))
        self.tip.border = pg.mkPen(pal.color(QPalette.ColorRole.Mid))
        self.legend.setLabelTextColor(text)
        self.legend.setBrush(QBrush(QColor(pal.color(QPalette.ColorRole.Base).red(),
                                           pal.color(QPalette.ColorRole.Base).green(),
                                           pal.color(QPalette.ColorRole.Base).blue(), 200)))
        if self.view is not None:
            self._show_marks(self.view)

    def png(self) -> bytes:
        """The chart as it is on screen (legend, axes, crosshair), as PNG bytes."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.grab().save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
