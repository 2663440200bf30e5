"""The meter-readings section: every reading with the consumption since the one before,
and (analog meters only, a write under the scope gate) a form to submit a new one.

The form checks value and date before anything is sent (positive, not below the
previous reading, not in the future, within supply); Nomos's own objections land
beside their field, an implausible value is a soft hint with the value kept, and a
saved reading appears in the list at once. A reading is never sent twice: the button
is off while one is on its way, and after a lost answer until Nomos has been asked.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api import errors
from nomos_desk.api.models import MeterReading
from nomos_desk.domain.berlin import local_day
from nomos_desk.domain.readings import Reading, check_reading, with_consumption
from nomos_desk.domain.validation import Problem
from nomos_desk.ui import fmt
from nomos_desk.ui.forms import FieldErrors
from nomos_desk.ui.record.section import SectionBody
from nomos_desk.ui.record.widgets import SmallTable
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.usage.loader import Subject
from nomos_desk.ui.usage.submit import (
    ReadingOutcome,
    check_after_lost_answer,
    list_readings,
    submit_reading,
)
from nomos_desk.ui.widgets import left_row, named, pydate, qdate

if TYPE_CHECKING:
    from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace

SHOWN = 24
SUBMIT = "reading.submit"


def as_reading(item: MeterReading) -> Reading | None:
    if item.timestamp.value is None or item.value is None:
        return None
    return Reading(local_day(item.timestamp.value), item.value, item.type or "", item.id or "")


class ReadingsPanel(SectionBody):
    readings_changed = Signal(list)  # list[Reading], after a load and after a new reading

    def __init__(self, tab: SubscriptionWorkspace) -> None:
        super().__init__(tab)
        self.subject: Subject | None = None
        self.readings: list[Reading] = []
        self.outcome: ReadingOutcome | None = None
        self.sending = False
        self.table = SmallTable([self.tr("Date"), self.tr("Meter reading"), self.tr("Source"),
                                 self.tr("Used since the one before"), self.tr("Per day")],
                                stretch=2, numeric=(1, 3, 4))
        self.table.setObjectName("readingsTable")
        self.more = named(QLabel(wordWrap=True), "readingsMore")
        mark_secondary(self.more)
        self.none = named(QLabel(self.tr("No meter readings recorded yet.")), "readingsNone")
        self.submit_button = named(QPushButton(self.tr("Submit a reading…")), "submitReading")
        self.submit_button.setToolTip(self.tr("Enter a meter reading the customer reports"))
        self.gate_entry = self.services.gate.register(self.submit_button,
                                                      self.tr("Submitting a meter reading"))
        self.submit_button.clicked.connect(self.open_form)
        self.hint = named(QLabel(wordWrap=True), "readingHint")
        mark_secondary(self.hint)
        self.form = self._build_form()
        self.form.hide()

        buttons = left_row(self.submit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.none)
        layout.addWidget(self.table)
        layout.addWidget(self.more)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def _build_form(self) -> QWidget:
        form = named(QWidget(), "readingForm")
        self.value = named(QLineEdit(), "readingValue")
        self.value.setPlaceholderText(self.tr("e.g. %1").replace("%1", fmt.number(12345.6, 1)))
        self.value.setToolTip(self.tr("The meter's count in kWh, as on its display"))
        self.day = named(QDateEdit(), "readingDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(fmt.day_format())
        self.errors = FieldErrors()
        self.send_button = named(QPushButton(self.tr("Send to Nomos")), "sendReading")
        self.check_button = named(QPushButton(self.tr("Check again")), "checkReading")
        self.check_button.setToolTip(self.tr("Ask Nomos whether the reading arrived"))
        self.close_button = named(QPushButton(self.tr("Close")), "closeReadingForm")
        self.note = named(QLabel(wordWrap=True), "readingNote")
        rows = QFormLayout()
        rows.addRow(self.tr("Meter reading (kWh):"), self.value)
        rows.addRow("", self.errors.make_label("value", self.value))
        rows.addRow(self.tr("Read on:"), self.day)
        rows.addRow("", self.errors.make_label("timestamp", self.day))
        buttons = left_row(self.send_button, self.check_button, self.close_button)
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(rows)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.check_button.hide()
        self.note.hide()
        self.send_button.clicked.connect(self._send_clicked)
        self.check_button.clicked.connect(self._check_clicked)
        self.close_button.clicked.connect(self._close_form)
        self.value.returnPressed.connect(self._send_clicked)
        return form

    # -- the list ----------------------------------------------------------------------
    async def load(self) -> bool:
        sub = (await self.tab.record()).subscription
        self.subject = Subject.of(sub)
        self._update_availability()
        items = await list_readings(self.services.client, self.tab.record_id)
        self.set_readings([r for r in (as_reading(i) for i in items) if r is not None])
        # An analog meter without readings still shows the form's button (and why it is off).
        takes_readings = not (self.subject.smart or self.subject.feed_in)
        return bool(self.readings) or takes_readings

    def set_readings(self, readings: list[Reading]) -> None:
        self.readings = readings
        rows = with_consumption(readings)
        shown = rows[:SHOWN]
        self.table.set_rows([[
            fmt.day(r.reading.day), fmt.kwh(r.reading.value, 1),
            fmt.word(r.reading.kind, fmt.READING_TYPES),
            fmt.kwh(r.consumed, 0) if r.consumed is not None else fmt.DASH,
            fmt.kwh(r.per_day, 1) if r.per_day is not None else fmt.DASH] for r in shown],
            ids=[r.reading.id for r in shown])
        self.table.setVisible(bool(rows))
        self.none.setVisible(not rows)
        count = len(rows)
        self.more.setText(self.tr("Showing the latest %1 of %2.").replace(
            "%1", fmt.integer(len(shown))).replace("%2", fmt.integer(count))
            if count > len(shown) else "")
        self.more.setVisible(count > len(shown))
        self.readings_changed.emit(readings)

    # -- availability ------------------------------------------------------------------
    def _block_reason(self) -> str | None:
        s = self.subject
        if s is None:
            return self.tr("Loading the subscription…")
        if s.smart or s.feed_in:
            return self.tr("Only analog consumption meters take readings by hand; a smart meter "
                           "sends its own values.")
        if s.supply_last is not None and s.supply_last < self.today:
            return self.tr("The subscription has ended.")
        if self.sending:
            return self.tr("The reading is being sent.")
        if self.outcome is not None and self.outcome.kind == "unknown":
            return self.tr("First check whether the last reading arrived (Check again).")
        return None

    def _update_availability(self) -> None:
        why = self._block_reason()
        self.gate_entry.set_available(why is None, why)
        self.send_button.setEnabled(why is None and self.gate_entry.allowed)
        self.check_button.setVisible(self.outcome is not None and self.outcome.kind == "unknown")
        shown = why if why and self.subject is not None and not self.sending and (
            self.subject.smart or self.subject.feed_in or "ended" in why) else ""
        if not shown and not self.gate_entry.allowed:
            shown = self.tr("Read-only sign-in: submitting readings needs a profile with write "
                            "access (write:*).")
        if not shown and self.outcome is not None and self.outcome.kind == "saved":
            shown = self.outcome.message  # "Reading saved." beside the button
        self.hint.setText(shown)
        self.hint.setVisible(bool(shown) and not self.form.isVisible())

    @property
    def today(self) -> date:
        return local_day(self.services.clock())

    # -- the form ----------------------------------------------------------------------
    def open_form(self) -> None:
        today = self.today
        self.day.setMaximumDate(qdate(today))
        if self.outcome is None or self.outcome.kind == "saved":
            self.day.setDate(qdate(today))
        self.form.show()
        self.submit_button.hide()
        self.hint.hide()
        self.value.setFocus()

    def _close_form(self) -> None:
        self.form.hide()
        self.submit_button.show()
        self._update_availability()

    def entered(self) -> tuple[float | None, date | None, bool]:
        """(value, day, readable): the value as the language writes numbers."""
        text = self.value.text().strip()
        if not text:
            return None, self._day(), True
        number, ok = QLocale().toDouble(text)
        return (number if ok else None), self._day(), ok

    def _day(self) -> date:
        return pydate(self.day.date())

    def problem_text(self, problem: Problem) -> str:
        limit = problem.limit or ""
        texts = {
            "required": self.tr("Please fill this in."),
            "not_positive": self.tr("A meter reading is a positive number of kWh."),
            "below_previous": self.tr("Below the previous reading (%1): a meter only counts "
                                      "up."),
            "above_next": self.tr("Above the later reading (%1)."),
            "date_in_future": self.tr("The day lies in the future."),
            "before_supply": self.tr("Before supply began (%1)."),
            "after_supply": self.tr("After supply ended (%1)."),
            "duplicate_day": self.tr("There is already a reading on this day."),
        }
        text = texts.get(problem.code, problem.code)
        if problem.code in ("below_previous", "above_next"):
            return text.replace("%1", fmt.kwh(float(limit), 1))
        if limit:
            return text.replace("%1", fmt.day(date.fromisoformat(limit)))
        return text

    def _send_clicked(self) -> None:
        if not self.send_button.isEnabled() or self.sending:
            return
        value, day, readable = self.entered()
        self.errors.clear()
        if not readable:
            self.errors.show("value", self.tr("Not a number: write it like %1.")
                             .replace("%1", fmt.number(12345.6, 1)))
            return
        s = self.subject
        assert s is not None
        problems = check_reading(value, day, self.readings, self.today, s.supply_first,
                                 s.supply_last)
        for field, problem in problems.items():
            self.errors.show(field, self.problem_text(problem))
        if problems or value is None or day is None:
            return
        self.services.tasks.run(self.tab.task_prefix + SUBMIT, self._send(value, day),
                                context=self.tr("Submitting a meter reading"))

    async def _send(self, value: float, day: date) -> None:
        self.sending = True
        self._update_availability()
        self._show_note(self.tr("Sending the reading to Nomos…"))
        try:
            outcome = await submit_reading(self.services.client, self.tab.record_id, value, day,
                                           self.services.write_patience)
        finally:
            self.sending = False
        self.apply(outcome)

    def _check_clicked(self) -> None:
        value, day, _ = self.entered()
        if value is None or day is None:
            return
        cause = self.outcome.error if self.outcome else None
        self.services.tasks.run(self.tab.task_prefix + SUBMIT, self._check(value, day, cause),
                                context=self.tr("Checking for the reading"))

    async def _check(self, value: float, day: date, cause: BaseException | None) -> None:
        self.check_button.setEnabled(False)
        self._show_note(self.tr("Asking Nomos whether the reading arrived…"))
        try:
            outcome = await check_after_lost_answer(self.services.client, self.tab.record_id,
                                                    value, day, cause, patience=0.0)
        finally:
            self.check_button.setEnabled(True)
        self.apply(outcome)

    def apply(self, outcome: ReadingOutcome) -> None:
        self.outcome = outcome
        if outcome.kind == "saved":
            reading = as_reading(outcome.reading) if outcome.reading is not None else None
            if reading is not None and all(r.id != reading.id for r in self.readings):
                self.set_readings([*self.readings, reading])  # in the list at once
            self.value.clear()
            self._close_form()
            self._show_note("")
        elif outcome.kind == "hint":
            self.errors.show("value", self.tr("Please double-check this number."))
            self._show_note(outcome.message, hint=True)
        else:
            error = outcome.error
            unplaced = self.errors.apply(error) if isinstance(error, errors.ApiError) else []
            placed = isinstance(error, errors.ApiError) and len(unplaced) < len(
                error.field_errors)
            self._show_note("" if placed and outcome.kind == "refused" else outcome.message,
                            error=True)
        self._update_availability()

    def _show_note(self, text: str, *, error: bool = False, hint: bool = False) -> None:
        self.note.setText(("⚠ " if hint else "") + text)
        self.note.setStyleSheet(error_style(self) if error else "")
        if hint:
            mark_secondary(self.note)
        self.note.setVisible(bool(text))

