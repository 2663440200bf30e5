"""The filters of an invoice list: status, type and billing period, sent to Nomos.

Nomos filters `/invoices` by `status`, `type` and `period_start` itself, so a filter
change starts a new walk instead of hiding rows that were already loaded: the list
and its totals always show exactly what matches.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from nomos_desk.api.filters import F, Filter
from nomos_desk.domain.berlin import midnight, months_later
from nomos_desk.ui import fmt
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.invoices.labels import INVOICE_STATUS, INVOICE_TYPES
from nomos_desk.ui.widgets import date_filter, named, pydate

ALL = ""
PERIODS = {
    "all": QT_TRANSLATE_NOOP("InvoiceFilters", "All periods"),
    "3m": QT_TRANSLATE_NOOP("InvoiceFilters", "Last 3 months"),
    "12m": QT_TRANSLATE_NOOP("InvoiceFilters", "Last 12 months"),
    "this_year": QT_TRANSLATE_NOOP("InvoiceFilters", "This year"),
    "last_year": QT_TRANSLATE_NOOP("InvoiceFilters", "Last year"),
    "custom": QT_TRANSLATE_NOOP("InvoiceFilters", "Months from … to …"),
}


def period_months(choice: str, today: date, first: date, last: date
                  ) -> tuple[date, date] | None:
    """The first and last month (as their first days) a period choice covers."""
    month = today.replace(day=1)
    if choice == "3m":
        return months_later(month, -3), month
    if choice == "12m":
        return months_later(month, -12), month
    if choice == "this_year":
        return month.replace(month=1), month.replace(month=12)
    if choice == "last_year":
        return date(month.year - 1, 1, 1), date(month.year - 1, 12, 1)
    if choice == "custom":
        return min(first, last).replace(day=1), max(first, last).replace(day=1)
    return None


def period_filter(months: tuple[date, date] | None) -> Filter:
    """Invoices whose period starts within the months (Berlin time, as Nomos bills)."""
    if months is None:
        return Filter()
    first, last = months
    until: datetime = midnight(months_later(last, 1)) - timedelta(seconds=1)
    return F("period_start").gte(midnight(first)) & F("period_start").lte(until)


class InvoiceFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = named(QComboBox(), "invoiceStatusFilter")
        self.status.addItem(self.tr("All statuses"), ALL)
        for value, label in INVOICE_STATUS.items():
            self.status.addItem(fmt.tr(label), value)
        self.type = named(QComboBox(), "invoiceTypeFilter")
        self.type.addItem(self.tr("All types"), ALL)
        for value, label in INVOICE_TYPES.items():
            self.type.addItem(fmt.tr(label), value)
        self.period = named(QComboBox(), "invoicePeriodFilter")
        for value, label in PERIODS.items():
            self.period.addItem(self.tr(label), value)
        today = QDate.currentDate()
        self.first = self._month_edit(today.addMonths(-11), "invoicePeriodFrom")
        self.last = self._month_edit(today, "invoicePeriodTo")
        self.until = QLabel(self.tr("to"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, self.type, self.period, self.first, self.until, self.last):
            layout.addWidget(widget)
        layout.addStretch(1)
        for combo in (self.status, self.type, self.period):
            combo.currentIndexChanged.connect(self._changed)
            # Long (German) labels may be cut in a narrow window rather than widen it.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self._show_range()

    def _month_edit(self, value: QDate, name: str) -> QDateEdit:
        edit = date_filter(name, "MM/yyyy", value)
        edit.dateChanged.connect(self._changed)
        return edit

    def _show_range(self) -> None:
        custom = self.period.currentData() == "custom"
        for widget in (self.first, self.until, self.last):
            widget.setVisible(custom)

    def _changed(self) -> None:
        self._show_range()
        self.changed.emit()

    def months(self, today: date | None = None) -> tuple[date, date] | None:
        return period_months(str(self.period.currentData()),
                             today or datetime.now(fmt.BERLIN).date(),
                             pydate(self.first.date()), pydate(self.last.date()))

    def filter(self, today: date | None = None) -> Filter:
        conditions = Filter()
        for field, combo in (("status", self.status), ("type", self.type)):
            value = combo.currentData()
            if value:
                conditions = conditions & F(field).eq(value)
        return conditions & period_filter(self.months(today))

    def active(self) -> bool:
        return bool(self.filter())

    def choose(self, *, status: str = ALL, type: str = ALL, period: str = "all") -> None:
        """Set several filters with one change (one new walk, not three)."""
        combos = ((self.status, status), (self.type, type), (self.period, period))
        for combo, _ in combos:
            combo.blockSignals(True)
        try:
            for combo, value in combos:
                combo.setCurrentIndex(max(combo.findData(value), 0))
        finally:
            for combo, _ in combos:
                combo.blockSignals(False)
        self._changed()
