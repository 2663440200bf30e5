"""Terminating a contract (POST /subscriptions/{id}/terminate).

Three reasons: ordinary (the plan's cancellation period, or a chosen later end),
move-out (an end date is required and has to leave the grid operator a few working
days) and withdrawal (within 14 days of the confirmation; Nomos sets the end). A day
is chosen and sent as that day's midnight in Berlin, the exclusive end: the form
says which day is the last one supplied. A termination cannot be sent twice: a lost
answer is looked for on the contract (terminated_at) before anything is offered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api.models import Customer, Subscription
from nomos_desk.domain import termination as t
from nomos_desk.domain.berlin import local_day
from nomos_desk.ui import fmt
from nomos_desk.ui.care.dialog import (
    CareDialog,
    Fact,
    Question,
    WrappedLabel,
    facts_table,
    field_box,
)
from nomos_desk.ui.care.wording import end_text, problem_text
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.widgets import named, pydate, qdate
from nomos_desk.ui.writes import WriteOutcome

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

END_FIELD = "intended_end_at"


@dataclass(frozen=True, slots=True)
class Terminated:
    end: datetime | None  # the exclusive end Nomos set (None: not readable)


def parse_end(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def end_sentence(end: datetime) -> str:
    return end_text(fmt.day(local_day(end), weekday=True),
                    fmt.day(t.last_supply_day(end), weekday=True))


class TerminationDialog(CareDialog):
    IDEMPOTENT = False
    RECEIPT = True

    def __init__(self, parent: QWidget, services: Services, sub: Subscription,
                 customer: Customer | None, now: datetime) -> None:
        super().__init__(parent, services, self.tr("Terminate contract"),
                         self.tr("Terminate…"))
        self.subscription = sub
        self.customer = customer
        self.today = local_day(now)
        self._date_chosen = False
        self.add_hint(facts_table(self.context_rows()))

        reason_box = named(QGroupBox(self.tr("Reason")), "reasonBox")
        reasons = QVBoxLayout(reason_box)
        self.reasons = QButtonGroup(self)
        self.reason_buttons: dict[str, QRadioButton] = {}
        for reason, title, sentence in (
                (t.ORDINARY, self.tr("Ordinary termination"),
                 self.tr("The plan's cancellation period applies, or a later end the customer "
                         "asks for.")),
                (t.MOVE_OUT, self.tr("Move-out"),
                 self.tr("Special termination on moving out: the end date is required and has "
                         "to leave the grid operator a few working days' notice.")),
                (t.WITHDRAWAL, self.tr("Withdrawal (Widerruf)"),
                 self.tr("Within 14 days of the contract confirmation. Nomos sets the end from "
                         "the grid operator's notice, not before supply starts."))):
            button = named(QRadioButton(title), f"reason_{reason.lower()}")
            self.reasons.addButton(button)
            self.reason_buttons[reason] = button
            explanation = WrappedLabel(sentence)
            explanation.setContentsMargins(22, 0, 0, 4)
            mark_secondary(explanation)
            reasons.addWidget(button)
            reasons.addWidget(explanation)
        self.pending_note = named(WrappedLabel(), "pendingNote")
        reasons.addWidget(self.pending_note)
        reason_line = WrappedLabel()
        self.errors.bind("reason", reason_box, reason_line)
        self.reasons.buttonToggled.connect(lambda *_: self.errors.clear("reason"))
        self.form.addRow(field_box(reason_box, reason_line))

        end_box = named(QGroupBox(self.tr("End of the contract")), "endBox")
        ends = QVBoxLayout(end_box)
        self.ends = QButtonGroup(self)
        self.period_end = named(QRadioButton(self.tr(
            "At the end of the plan's cancellation period (Nomos sets the date)")), "periodEnd")
        self.chosen_end = named(QRadioButton(self.tr("On a chosen day:")), "chosenEnd")
        for button in (self.period_end, self.chosen_end):
            self.ends.addButton(button)
            ends.addWidget(button)
        self.period_end.setChecked(True)
        self.date = named(QDateEdit(), "endDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(fmt.day_format())
        self.date.setMinimumWidth(160)
        self.date_label = QLabel(self.tr("Contract ends on (0:00):"))
        date_line = WrappedLabel()
        self.errors.bind(END_FIELD, self.date, date_line)
        ends.addWidget(self.date_label)
        ends.addWidget(field_box(self.date, date_line, left=True))
        self.consequence = named(WrappedLabel(), "endConsequence")
        self.notice = named(WrappedLabel(), "noticeHint")
        mark_secondary(self.notice)
        self.withdrawal = named(WrappedLabel(), "withdrawalHint")
        for label in (self.consequence, self.notice, self.withdrawal):
            ends.addWidget(label)
        self.form.addRow(end_box)

        self.reasons.buttonToggled.connect(lambda *_: self._reason_changed())
        self.ends.buttonToggled.connect(lambda *_: self._update())
        self.date.dateChanged.connect(self._date_changed)
        pending = sub.status == "pending"
        for reason in (t.ORDINARY, t.MOVE_OUT):
            self.reason_buttons[reason].setEnabled(not pending)
        self.pending_note.setText(self.tr("Supply has not started yet: a pending contract can "
                                          "only be withdrawn.") if pending else "")
        self.pending_note.setVisible(pending)
        self.reason_buttons[t.WITHDRAWAL if pending else t.ORDINARY].setChecked(True)
        self._reason_changed()

    # -- the form's state --------------------------------------------------------------------------
    @property
    def reason(self) -> str:
        return next(r for r, b in self.reason_buttons.items() if b.isChecked())

    @property
    def end_day(self) -> date | None:
        """The chosen day, or None when Nomos sets the end."""
        if self.reason == t.WITHDRAWAL or (self.reason == t.ORDINARY
                                           and self.period_end.isChecked()):
            return None
        picked = self.date.date()
        return pydate(picked)

    def set_end_day(self, day: date) -> None:
        self.date.setDate(qdate(day))

    def _reason_changed(self) -> None:
        if not self._date_chosen:  # follow the reason's usual notice until a day is picked
            self.date.blockSignals(True)
            self.set_end_day(t.suggested_end(self.reason, self.today))
            self.date.blockSignals(False)
        self._update()

    def _date_changed(self) -> None:
        self._date_chosen = True
        self._update()

    def _update(self) -> None:
        reason = self.reason
        ordinary, withdrawal = reason == t.ORDINARY, reason == t.WITHDRAWAL
        self.period_end.setVisible(ordinary)
        self.chosen_end.setVisible(ordinary)
        dated = self.end_day is not None
        for widget in (self.date_label, self.date):
            widget.setVisible(not withdrawal)
            widget.setEnabled(dated)
        day = self.end_day
        if day is not None:
            self.consequence.setText(end_sentence(t.end_instant(day)))
        elif ordinary:
            self.consequence.setText(self.tr("Nomos sets the end from the plan's cancellation "
                                             "period; the result shows it."))
        else:
            self.consequence.setText("")
        self.consequence.setVisible(bool(self.consequence.text()))
        self.notice.setText(self.tr("The grid operator needs a few working days' notice: "
                                    "the earliest end is usually %1.").replace(
            "%1", fmt.day(t.suggested_end(t.MOVE_OUT, self.today), weekday=True))
            if reason == t.MOVE_OUT else "")
        self.notice.setVisible(bool(self.notice.text()))
        self._update_withdrawal(withdrawal)

    def _update_withdrawal(self, shown: bool) -> None:
        signed = self.subscription.created_at.value
        self.withdrawal.setVisible(shown and signed is not None)
        if not shown or signed is None:
            return
        deadline = t.withdrawal_deadline(signed)
        text = self.tr("The contract was signed on %1; counted from then, the withdrawal period "
                       "ends on %2.").replace("%1", fmt.when_datetime(signed)).replace(
            "%2", fmt.day(deadline))
        late = self.today > deadline
        if late:
            text += " " + self.tr("That has passed: Nomos refuses a withdrawal unless the "
                                  "contract was confirmed later.")
        self.withdrawal.setText(text)
        self.withdrawal.setStyleSheet(error_style(self) if late else "")

    def context_rows(self) -> list[Fact]:
        sub = self.subscription
        meter = sub.meter.number if sub.meter is not None else None
        contract = sub.number or sub.id or ""
        if meter:
            contract = self.tr("%1 (meter %2)").replace("%1", contract).replace("%2", meter)
        return [(self.tr("Customer"), self.customer.display_name if self.customer
                 else fmt.DASH, None),
                (self.tr("Contract"), contract, None),
                (self.tr("Supply address"), fmt.address(sub.address), None),
                (self.tr("Status"), fmt.subscription_status(sub), None)]

    # -- the write -----------------------------------------------------------------------------------
    def problems(self) -> list[tuple[str, str]]:
        if self.end_day is None:
            return []
        problem = t.end_problem(self.end_day, self.today)
        return [(END_FIELD, problem_text(problem))] if problem is not None else []

    def payload(self) -> dict[str, Any]:
        day = self.end_day
        return {"reason": self.reason, END_FIELD: t.end_instant(day) if day else None}

    def confirmation(self, payload: dict[str, Any]) -> Question:
        end: datetime | None = payload[END_FIELD]
        rows: list[Fact] = [*self.context_rows(),
                            (self.tr("Reason"), self.reason_buttons[payload["reason"]].text(),
                             None)]
        if end is not None:
            rows += [(self.tr("Supply ends"), self.tr("%1 at 0:00 (Berlin time)").replace(
                         "%1", fmt.day(local_day(end), weekday=True)), None),
                     (self.tr("Last day of supply"),
                      fmt.day(t.last_supply_day(end), weekday=True), None)]
        elif payload["reason"] == t.ORDINARY:
            rows.append((self.tr("Supply ends"), self.tr("at the end of the plan's cancellation "
                                                         "period; Nomos sets the date"), None))
        else:
            rows.append((self.tr("Supply ends"), self.tr("as Nomos sets it from the grid "
                                                         "operator's notice"), None))
        return Question(self.tr("Terminate contract"), self.tr("Terminate this contract?"),
                        self.tr("Terminate contract"),
                        facts_table(rows, [self.tr("A termination cannot be taken back "
                                                   "here.")]))

    async def write(self, payload: dict[str, Any]) -> Terminated:
        answer = await self.services.client.terminate_subscription(
            self.subscription.id or "", payload["reason"], payload[END_FIELD])
        return Terminated(parse_end(answer.get(END_FIELD)))

    async def look(self, payload: dict[str, Any]) -> Terminated | None:
        now = await self.services.client.get_subscription(self.subscription.id or "")
        if now.terminated_at.value is None and not now.terminated_at.raw:
            return None
        return Terminated(now.end_at.value)

    def done_text(self, outcome: WriteOutcome[Any]) -> str:
        result = outcome.result
        end = result.end if isinstance(result, Terminated) else None
        if end is None:
            return self.tr("The contract is terminated. The end date shows in the contract.")
        return self.tr("The contract is terminated. %1").replace("%1", end_sentence(end))
