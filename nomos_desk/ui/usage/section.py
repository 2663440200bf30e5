"""The "Usage & prices" section of the subscription workspace.

It shows the chart as soon as the cache has been read, then fetches what is missing
in the background (a named task of the tab, so a new period or closing the tab
cancels it) and redraws as each chunk arrives, with the progress and a Cancel. A
chunk that fails is said in the section's own line with "Try again", which asks
only for what is still missing. The insights below the chart follow every redraw.
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np
import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from nomos_desk.domain import aggregate as agg
from nomos_desk.domain import periods as p
from nomos_desk.domain.berlin import local_day
from nomos_desk.domain.insights import Insights, monthly_insights, quarter_hour_insights
from nomos_desk.domain.periods import Floats, Period, usage_published_before
from nomos_desk.domain.privacy import write_private
from nomos_desk.domain.readings import Reading
from nomos_desk.ui import fmt
from nomos_desk.ui.dialogs import choose_save_path, documents_dir
from nomos_desk.ui.errors import describe
from nomos_desk.ui.export import write_csv
from nomos_desk.ui.record.section import SectionBody
from nomos_desk.ui.record.widgets import FormCard
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.usage.chart import ChartView, UsageChart
from nomos_desk.ui.usage.controls import ChartControls
from nomos_desk.ui.usage.figures import insight_rows
from nomos_desk.ui.usage.loader import PeriodData, Subject, fill
from nomos_desk.ui.usage.table import DECIMALS, csv_table
from nomos_desk.ui.widgets import named

if TYPE_CHECKING:
    from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace

FETCH = "usage.fetch"
EXPORT = "usage.export"
FLEXIBLE = "flexible_share_percent"


def default_period(subject: Subject, today: date) -> Period:
    """A month for a smart meter (the bill's period), a year of months for an analog one;
    a subscription that has ended opens on its last month."""
    anchor = today
    if subject.supply_last is not None and subject.supply_last < today:
        anchor = subject.supply_last
    return p.period_of(p.MONTH if subject.smart else p.YEAR, anchor)


def _day_has(data: PeriodData, values: Floats, day: date) -> bool:
    """Whether any quarter hour of `day` has a value."""
    i = (day - data.period.first).days
    return bool(np.isfinite(values[int(data.offsets[i]):int(data.offsets[i + 1])]).any())


class UsageSection(SectionBody):
    drawn = Signal(int)  # chunks drawn so far (for tests and the benchmark)

    def __init__(self, tab: SubscriptionWorkspace) -> None:
        super().__init__(tab)
        self.subject: Subject | None = None
        self.data: PeriodData | None = None
        self.readings: list[Reading] = []
        self.found: Insights | None = None
        self.view: ChartView | None = None
        self.error: BaseException | None = None
        # Many chunks in one turn of the loop: one redraw. A timer of its own (a child), not
        # QTimer.singleShot: a closed tab deletes it with the section, whereas a pending
        # singleShot fired at the deleted section and crashed the process.
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self.redraw)
        self._following = False
        self._first_drawn: asyncio.Future[None] | None = None

        self.controls = ChartControls()
        self.chart = UsageChart()
        self.chart.setMinimumHeight(300)
        self.status = named(QLabel(wordWrap=True), "usageStatus")
        mark_secondary(self.status)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "usageCancel")
        self.cancel_button.setToolTip(self.tr("Stop loading; what arrived stays on screen"))
        self.retry_button = named(QPushButton(self.tr("Try again")), "usageRetry")
        self.retry_button.setToolTip(self.tr("Ask Nomos again for what is still missing"))
        self.notes = named(QLabel(wordWrap=True), "usageNotes")
        mark_secondary(self.notes)
        self.figures = FormCard()
        self.figures.setObjectName("usageInsights")

        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.cancel_button)
        status_row.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.controls)
        layout.addLayout(status_row)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.figures)
        self.cancel_button.hide()
        self.retry_button.hide()

        self.controls.period_chosen.connect(self._period_chosen)
        self.controls.options_changed.connect(self.redraw)
        self.controls.export_png.connect(lambda: self._export(png=True))
        self.controls.export_csv.connect(lambda: self._export(png=False))
        self.cancel_button.clicked.connect(self._cancel)
        self.retry_button.clicked.connect(lambda: self._start(self.data))
        self.services.settings.changed.connect(self._setting_changed)

    # -- loading -----------------------------------------------------------------------
    @property
    def today(self) -> date:
        return local_day(self.services.clock())

    async def load(self) -> bool:
        sub = (await self.tab.record()).subscription
        subject = Subject.of(sub)
        today = self.today
        self.controls.today = today
        if self.subject is None or subject.smart != self.subject.smart:
            self.controls.set_analog(not subject.smart)
            self.controls.set_period(default_period(subject, today))
        self.subject = subject
        # "&&": a group box title would take a single "&" for a keyboard shortcut.
        self.retitled.emit(self.tr("Feed-in && prices") if subject.feed_in
                           else QCoreApplication.translate("Sections", "Usage && prices"))
        self._follow_readings()
        # A refresh starts over: preliminary values are asked for again, final ones and
        # past prices come back from the disk cache.
        self._first_drawn = asyncio.get_running_loop().create_future()
        self._start(PeriodData(subject, self.controls.period, today))
        await asyncio.shield(self._first_drawn)
        return True

    def _follow_readings(self) -> None:
        """An analog meter's readings are marked on its months: the readings section
        lists them (and adds a new one at once), so the chart follows that list."""
        section = self.tab.sections.get("readings")
        signal = getattr(section.body, "readings_changed", None) if section else None
        if signal is not None and not self._following:
            signal.connect(self.shown_readings)
            self._following = True

    def _period_chosen(self, period: Period) -> None:
        if self.subject is not None:
            self._start(PeriodData(self.subject, period, self.today))

    def _start(self, data: PeriodData | None) -> None:
        if data is None:
            return
        self.data = data
        self.error = None
        self.retry_button.hide()
        self.cancel_button.show()
        self.services.tasks.run_guarded(self.tab.task_prefix + FETCH,
                                        lambda: self._fetch(data), on_error=self._failed)

    async def _fetch(self, data: PeriodData) -> None:
        try:
            await fill(data, self.services.client, self.services.usage,
                       lambda: self._arrived(data))
        finally:
            if data is self.data and shiboken6.isValid(self):
                self.cancel_button.hide()
        if data is self.data:
            self.redraw()

    def _arrived(self, data: PeriodData) -> None:
        if not shiboken6.isValid(self):
            return  # the tab closed while the last answer was on its way
        if data is self.data and not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.error = exc
        self.cancel_button.hide()
        self.retry_button.show()
        self.redraw()

    def _cancel(self) -> None:
        self.services.tasks.cancel(self.tab.task_prefix + FETCH)
        self.cancel_button.hide()
        self.retry_button.show()
        self.redraw()

    def _setting_changed(self, key: str) -> None:
        if key == FLEXIBLE:
            self.redraw()

    def shown_readings(self, readings: list[Reading]) -> None:
        """The readings section's list, for the marks on an analog meter's months."""
        self.readings = readings
        self.redraw()

    # -- drawing -----------------------------------------------------------------------
    def redraw(self) -> None:
        self._redraw_timer.stop()
        data, subject = self.data, self.subject
        if data is None or subject is None or not shiboken6.isValid(self):
            return
        controls = self.controls
        if subject.smart:
            resolution = agg.resolve(controls.chosen_resolution, data.period)
            buckets = agg.aggregate(data.slots, resolution)
            share = self.services.settings.value(FLEXIBLE) / 100.0
            self.found = quarter_hour_insights(data.slots.kwh, data.slots.price, data.offsets,
                                               share, feed_in=subject.feed_in)
        else:
            resolution = agg.MONTH
            buckets = agg.monthly_buckets(data.period, data.month_points(), data.slots)
            self.found = monthly_insights(buckets)
        self.view = ChartView(buckets, resolution, data.period, feed_in=subject.feed_in,
                              bars=controls.bars, by_usage=controls.by_usage and subject.smart,
                              stacked=controls.stacked, analog=not subject.smart,
                              readings=self.readings)
        self.chart.show_view(self.view, keep_zoom=True)
        self.figures.set_rows(insight_rows(self.found, subject.feed_in))
        self._show_status(data)
        self.notes.setText("\n".join(self.notes_for(data)))
        self.notes.setVisible(bool(self.notes.text()))
        if self._first_drawn is not None and not self._first_drawn.done():
            self._first_drawn.set_result(None)
        self.drawn.emit(data.chunks_done)

    def _show_status(self, data: PeriodData) -> None:
        if self.error is not None:
            self.status.setText(self.tr("⚠ Not everything arrived: %1")
                                .replace("%1", describe(self.error).line()))
            self.status.setStyleSheet(error_style(self))
            return
        self.status.setStyleSheet("")
        running = self.services.tasks.is_running(self.tab.task_prefix + FETCH)
        done, total = data.chunks_done, data.chunks_total
        if running and total > done:
            self.status.setText(self.tr("Loading from Nomos: %1 of %2 parts…")
                                .replace("%1", fmt.integer(done)).replace("%2", fmt.integer(total)))
        elif total > done:
            self.status.setText(self.tr("Loading stopped: %1 of %2 parts arrived.")
                                .replace("%1", fmt.integer(done)).replace("%2", fmt.integer(total)))
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))

    def notes_for(self, data: PeriodData) -> list[str]:
        """Why parts of the chart are empty, in words: no part of it is an error."""
        subject, notes = data.subject, []
        period, today = data.period, data.today
        if subject.supply_first is not None and period.first < subject.supply_first <= \
                period.last:
            notes.append(self.tr("Supply began on %1; there are no values before.")
                         .replace("%1", fmt.day(subject.supply_first)))
        if subject.smart:
            published = usage_published_before(self.services.clock())
            yesterday = today - timedelta(days=1)
            if period.contains(yesterday) and published <= yesterday and \
                    not self._has_usage(data, yesterday):
                notes.append(self.tr("Yesterday's values arrive today from 16:00 (smart-meter "
                                     "values are published the day after)."))
            if period.kind == p.DAY and period.contains(today):
                notes.append(self.tr("Today's values arrive tomorrow from 16:00."))
            late = self._late_days(data, published)
            if late:
                count = late
                notes.append(QCoreApplication.translate(
                    "UsageSection", "No values from the metering operator yet for %n day(s); "
                    "they can arrive late.", "", count))
        if data.slots.preliminary.any() or any(m[2] for m in data.months.values()):
            notes.append(self.tr("Hatched values are estimates of Nomos until the meter is "
                                 "read.") if not subject.smart else
                         self.tr("Hatched values are preliminary: the metering operator may "
                                 "still correct them until the 8th working day of the next "
                                 "month."))
        tomorrow = today + timedelta(days=1)
        if not subject.active:
            notes.append(self.tr("Nomos gives prices only while a subscription is active."))
        elif period.contains(tomorrow) and period.days <= 31 and \
                not self._has_prices(data, tomorrow) and data.chunks_done == data.chunks_total:
            notes.append(self.tr("Tomorrow's prices are published in the early afternoon."))
        return notes

    @staticmethod
    def _has_prices(data: PeriodData, day: date) -> bool:
        return _day_has(data, data.slots.price, day)

    @staticmethod
    def _has_usage(data: PeriodData, day: date) -> bool:
        return _day_has(data, data.slots.kwh, day)

    def _late_days(self, data: PeriodData, before: date) -> int:
        """Days that should have values by now (fetched, supplied) but have none."""
        usage = data.usage_range()
        if usage is None or data.chunks_done < data.chunks_total or self.error is not None:
            return 0
        first, last = usage[0], min(usage[1], before - timedelta(days=1))
        return sum(1 for i in range((last - first).days + 1)
                   if not self._has_usage(data, first + timedelta(days=i)))

    # -- exports -----------------------------------------------------------------------
    def file_stem(self) -> str:
        data = self.data
        number = self.tab.current.subscription.number if self.tab.current else None
        name = number or self.tab.record_id
        return f"{name}_{data.period.first.isoformat()}_{data.period.last.isoformat()}" \
            if data else name

    def _export(self, png: bool) -> None:
        if self.view is None:
            return
        context = self.tr("Saving the chart") if png else self.tr("Saving the values")
        self.services.tasks.run(self.tab.task_prefix + EXPORT, self._export_flow(png),
                                context=context)

    async def _export_flow(self, png: bool) -> None:
        if png:
            path = await choose_save_path(self, self.tr("Save the chart"),
                                          documents_dir() / (self.file_stem() + ".png"),
                                          self.tr("PNG pictures (*.png)"))
        else:
            path = await choose_save_path(self, self.tr("Save the values"),
                                          documents_dir() / (self.file_stem() + ".csv"),
                                          self.tr("CSV files (*.csv)"))
        if path is None:
            return
        self.save(path, png=png)
        self.services.status(self.tr("Saved %1").replace("%1", str(path)))

    def save(self, path, *, png: bool) -> None:
        """Write the chart (PNG) or its values (CSV), user-only: it is customer data."""
        assert self.view is not None
        if png:
            write_private(path, self.chart.png())
        else:
            headers, rows = csv_table(self.view)
            write_csv(path, headers, rows, decimals=DECIMALS)
