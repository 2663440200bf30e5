"""The chart's controls: which period, how fine, how drawn, and the exports."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.domain import aggregate as agg
from nomos_desk.domain import periods as p
from nomos_desk.domain.periods import Period
from nomos_desk.ui import fmt
from nomos_desk.ui.usage import words
from nomos_desk.ui.usage.words import translate
from nomos_desk.ui.widgets import date_filter, left_row, named, pydate, qdate


def period_text(period: Period) -> str:
    """"November 2026", "Sun, 25.10.2026", "16.11. – 22.11.2026", "2026"."""
    if period.kind == p.DAY:
        return fmt.weekday_day(period.first)
    if period.kind == p.MONTH:
        return fmt.month_year(period.first)
    if period.kind == p.YEAR:
        return str(period.first.year)
    if period.kind == p.WEEK:
        week = period.first.isocalendar().week
        return (translate("Usage", "Week %1: %2 – %3").replace("%1", str(week))
                .replace("%2", fmt.day_month(period.first)).replace("%3", fmt.day(period.last)))
    return f"{fmt.day(period.first)} – {fmt.day(period.last)}"


class ChartControls(QWidget):
    period_chosen = Signal(object)   # a Period
    options_changed = Signal()       # resolution, bars or steps, weighting, components
    export_png = Signal()
    export_csv = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.period = p.period_of(p.MONTH, self.today)
        self.kind = named(QComboBox(), "usagePeriodKind")
        self.kind.setToolTip(self.tr("How long a stretch of time the chart shows"))
        self.previous = named(QPushButton("◀"), "usagePrevious")
        self.previous.setToolTip(self.tr("The period before"))
        self.today_button = named(QPushButton(self.tr("Today")), "usageToday")
        self.today_button.setToolTip(self.tr("The period that contains today"))
        self.next = named(QPushButton("▶"), "usageNext")
        self.next.setToolTip(self.tr("The period after"))
        for button in (self.previous, self.next):
            button.setFixedWidth(button.sizeHint().height() + 8)
        self.label = named(QLabel(), "usagePeriod")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.first = date_filter("usageFrom", fmt.day_format())
        self.last = date_filter("usageTo", fmt.day_format())
        self.first.setToolTip(self.tr("First day"))
        self.last.setToolTip(self.tr("Last day"))

        self.resolution = named(QComboBox(), "usageResolution")
        self.resolution.setToolTip(self.tr("How much time one bar stands for; Auto picks by "
                                           "the length of the period"))
        for key in agg.RESOLUTIONS:
            self.resolution.addItem(words.t(words.RESOLUTIONS[key]), key)
        self.drawing = named(QComboBox(), "usageStyle")
        self.drawing.addItem(self.tr("Bars"), True)
        self.drawing.addItem(self.tr("Steps"), False)
        self.weighting = named(QComboBox(), "usageWeighting")
        self.weighting.addItem(self.tr("Price weighted by usage"), True)
        self.weighting.addItem(self.tr("Price weighted by time"), False)
        self.weighting.setToolTip(self.tr(
            "How the price of an hour, day, week or month is averaged: by usage (what the "
            "customer paid per kWh) or by time (the tariff's average)"))
        self.components = named(QCheckBox(self.tr("Price components")), "usageComponents")
        self.components.setToolTip(self.tr("Show the price stacked as electricity, grid fees "
                                           "and taxes and levies"))
        self.png = named(QPushButton(self.tr("Save picture…")), "usageExportPng")
        self.png.setToolTip(self.tr("Save the chart as a PNG picture"))
        self.csv = named(QPushButton(self.tr("Save CSV…")), "usageExportCsv")
        self.csv.setToolTip(self.tr("Save the values as a CSV file for a spreadsheet"))

        top = left_row(self.kind, self.previous, self.today_button, self.next, self.label,
                       self.first, self.last)
        top.addWidget(self.png)
        top.addWidget(self.csv)
        bottom = left_row(self.resolution, self.drawing, self.weighting, self.components)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

        self.set_kinds(p.KINDS)
        self.kind.activated.connect(self._kind_chosen)
        self.previous.clicked.connect(lambda: self.choose(self.period.shifted(-1)))
        self.next.clicked.connect(lambda: self.choose(self.period.shifted(1)))
        self.today_button.clicked.connect(self._go_today)
        self.first.dateChanged.connect(self._custom_changed)
        self.last.dateChanged.connect(self._custom_changed)
        for combo in (self.resolution, self.drawing, self.weighting):
            combo.activated.connect(lambda _: self.options_changed.emit())
        self.components.toggled.connect(lambda _: self.options_changed.emit())
        self.png.clicked.connect(self.export_png)
        self.csv.clicked.connect(self.export_csv)
        self._show_period()

    # -- state -------------------------------------------------------------------------
    def set_kinds(self, kinds: tuple[str, ...]) -> None:
        """Analog meters have monthly values: a day or week would show nothing."""
        self.kind.blockSignals(True)
        self.kind.clear()
        for key in kinds:
            self.kind.addItem(words.t(words.PERIODS[key]), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.period.kind)))
        self.kind.blockSignals(False)

    def set_analog(self, analog: bool) -> None:
        self.set_kinds((p.MONTH, p.YEAR, p.CUSTOM) if analog else p.KINDS)
        self.resolution.setCurrentIndex(self.resolution.findData(
            agg.MONTH if analog else agg.AUTO))
        self.resolution.setEnabled(not analog)
        self.weighting.setCurrentIndex(0 if not analog else 1)
        self.weighting.setEnabled(not analog)
        why = self.tr("An analog meter has monthly values only") if analog else ""
        for combo in (self.resolution, self.weighting):
            combo.setToolTip(why or combo.toolTip())

    def set_period(self, period: Period) -> None:
        self.period = period
        self.kind.setCurrentIndex(max(0, self.kind.findData(period.kind)))
        self._show_period()

    def choose(self, period: Period) -> None:
        self.set_period(period)
        self.period_chosen.emit(period)

    @property
    def chosen_resolution(self) -> str:
        return str(self.resolution.currentData())

    @property
    def bars(self) -> bool:
        return bool(self.drawing.currentData())

    @property
    def by_usage(self) -> bool:
        return bool(self.weighting.currentData())

    @property
    def stacked(self) -> bool:
        return self.components.isChecked()

    # -- reactions ---------------------------------------------------------------------
    def _kind_chosen(self, index: int) -> None:
        kind = self.kind.itemData(index)
        if kind == p.CUSTOM:
            self.choose(p.custom(self.period.first, self.period.last))
        else:
            anchor = self.today if self.period.contains(self.today) else self.period.first
            self.choose(p.period_of(kind, anchor))

    def _go_today(self) -> None:
        kind = self.period.kind
        if kind == p.CUSTOM:
            span = self.period.days
            self.choose(p.custom(date.fromordinal(self.today.toordinal() - span + 1), self.today))
        else:
            self.choose(p.period_of(kind, self.today))

    def _custom_changed(self) -> None:
        if self.period.kind != p.CUSTOM:
            return
        chosen = p.custom(pydate(self.first.date()), pydate(self.last.date()))
        if chosen != self.period:
            self.choose(chosen)

    def _show_period(self) -> None:
        custom = self.period.kind == p.CUSTOM
        self.label.setText(period_text(self.period))
        self.label.setVisible(not custom)
        for edit, day in ((self.first, self.period.first), (self.last, self.period.last)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
            edit.setVisible(custom)
        self.today_button.setEnabled(not self.period.contains(self.today) or custom)
