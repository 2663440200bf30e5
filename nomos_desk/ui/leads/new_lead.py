"""A new checkout lead: the form, its live quote, and sending it exactly once.

What is typed stays on screen after any failure, and in a draft on disk (without the
IBAN, see domain/lead_draft.py) so that it survives closing the window. The button is
off while the lead is on its way; a lost answer is settled by looking for the lead's
intent key (ui/leads/submit.py) before the form offers to send again, and a look cut
short by closing the app is taken up again at the next start.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api.errors import ApiError
from nomos_desk.api.models import Lead
from nomos_desk.api.versions import CURIE
from nomos_desk.domain import leads as L
from nomos_desk.domain import validation
from nomos_desk.domain.lead_draft import Draft, DraftStore, Pending
from nomos_desk.ui import fmt
from nomos_desk.ui.errors import describe
from nomos_desk.ui.leads.form import LeadForm, today
from nomos_desk.ui.leads.link import LinkBox
from nomos_desk.ui.leads.quote import QuoteAsk, QuotePanel
from nomos_desk.ui.leads.submit import (
    CREATED,
    FOUND_LATE,
    INVALID,
    NOT_CREATED,
    UNSETTLED,
    SubmitOutcome,
    look_for_lead,
    send_lead,
)
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.widgets import named

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

DRAFT_FILE = "lead_draft.json"
SAVE_PAUSE_MS = 500
NARROW = 820  # below this width the quote goes under the form
QUOTE_MIN = 320  # the quote's least width beside the form


class NewLead(QWidget):
    lead_created = Signal(object)  # the Lead, once Nomos has it

    def __init__(self, services: Services, task_prefix: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("newLead")
        self.services = services
        self.task_prefix = task_prefix
        self.drafts = DraftStore(services.data_dir / DRAFT_FILE)
        self.intent: str | None = None
        self.sent_at: datetime | None = None
        self.pending = False  # a submission whose fate is open (kept in the draft)
        self.sending = False
        self.looking = False  # looking for the last lead (Check again, or after a restart)
        self.outcome: SubmitOutcome | None = None
        self.created: Lead | None = None
        self.created_by = ""  # the last "created by": the next lead is likely by the same person
        self.problems_said = False  # the note counts local problems (kept current while fixing)
        self.dragged = False  # the user moved the splitter: their split is kept

        self.form = LeadForm(services, task_prefix)
        self.quote = QuotePanel(services, task_prefix + "quote")
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setWidget(self.form)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.form_area)
        self.splitter.addWidget(self.quote)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(self._dragged)

        self.create_button = named(QPushButton(self.tr("Create lead")), "createLead")
        self.create_button.setToolTip(self.tr("Send the lead to Nomos and get the checkout "
                                              "link (Ctrl+Enter)"))
        self.create_button.setDefault(True)
        self.check_button = named(QPushButton(self.tr("Check again")), "checkLead")
        self.check_button.setToolTip(self.tr("Ask Nomos whether the last lead arrived"))
        self.new_button = named(QPushButton(self.tr("New lead")), "newLeadButton")
        self.new_button.setToolTip(self.tr("Empty the form for the next lead (plan and "
                                           "“created by” stay)"))
        self.note = named(QLabel(wordWrap=True), "leadNote")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = named(QLabel(wordWrap=True), "leadHint")
        mark_secondary(self.hint)
        self.link = LinkBox()
        self.open_lead_button = named(QPushButton(self.tr("Open lead")), "openLead")
        self.result = named(QGroupBox(self.tr("Checkout link")), "leadResult")
        result_row = QHBoxLayout(self.result)
        result_row.addWidget(self.link, 1)
        result_row.addWidget(self.open_lead_button)

        self.gate_entry = services.gate.register(self.create_button, self.tr("Creating a lead"))
        services.gate.changed.connect(self._update_availability)
        self.create_button.clicked.connect(self.send)
        self.check_button.clicked.connect(self._check_again)
        self.new_button.clicked.connect(self.start_new)
        self.open_lead_button.clicked.connect(self._open_created)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self, self.send)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # typing in the form
        self.form.changed.connect(self._inputs_changed)
        self.quote.options_changed.connect(self._inputs_changed)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_PAUSE_MS)
        self.save_timer.timeout.connect(self.save_draft)

        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.result)
        self.result.hide()
        self._restore()
        self.load_plans()

    # -- plans -------------------------------------------------------------------------------
    def load_plans(self) -> None:
        self.services.tasks.run_guarded(self.task_prefix + "plans", self._fetch_plans,
                                        on_error=self._plans_failed)

    async def _fetch_plans(self) -> None:
        self.form.set_plans(await self.services.plans.plans())

    def _plans_failed(self, exc: BaseException) -> None:
        self._say(self.tr("Could not load the plans: %1 (F5 tries again)").replace(
            "%1", describe(exc).line()), error=True)

    # -- inputs --------------------------------------------------------------------------------
    def _inputs_changed(self) -> None:
        plan_type = self.form.plan_type()
        self.quote.set_plan_type(plan_type)
        ask, why = self.quote_ask()
        self.quote.ask(ask, why)
        self._update_availability()
        if self.problems_said:
            self._say_problems(len(L.problems(self.form.value(), plan_type, today())))
        self.save_timer.start()

    def quote_ask(self) -> tuple[QuoteAsk | None, str]:
        lead = self.form.value()
        if not lead.plan_id:
            return None, self.tr("Choose a plan to see the price.")
        if validation.german_zip(lead.zip) is not None:
            return None, self.tr("Enter the 5-digit zip code to see the price.")
        if validation.yearly_usage(lead.usage_kwh) is not None or lead.usage_kwh is None:
            return None, self.tr("Enter the yearly usage (at least 100 kWh) to see the price.")
        if lead.usage_kwh > L.MAX_QUOTE_USAGE_KWH:
            return None, self.tr("Nomos quotes up to %1 kWh a year; the lead can still be "
                                 "created.").replace("%1", fmt.integer(L.MAX_QUOTE_USAGE_KWH))
        feed_in = self.form.plan_type() == L.FEED_IN
        module = self.quote.module_choice()
        return QuoteAsk(lead.plan_id, lead.zip.strip(), lead.usage_kwh, lead.meter_type,
                        module_1=True if not feed_in and module == L.MODULE_1 else None,
                        module_2=True if not feed_in and module == L.MODULE_2 else None,
                        tax_exempt=self.quote.tax_exempt.isChecked() if feed_in else None,
                        feed_in=feed_in), ""

    # -- availability ---------------------------------------------------------------------------
    def _block_reason(self) -> str | None:
        if self.sending:
            return self.tr("The lead is on its way to Nomos.")
        if self.looking:
            return self.tr("Looking whether the last lead arrived…")
        if self.created is not None:
            return self.tr("This lead has been created. “New lead” empties the form for the "
                           "next one.")
        if self.outcome is not None and self.outcome.kind == UNSETTLED:
            return self.tr("First find out whether the last lead arrived (Check again).")
        version = self.services.client.api_version
        if self.form.plan_type() == L.FEED_IN and version != CURIE:
            return self.tr("Leads for feed-in plans need API version %1; this profile uses "
                           "%2.").replace("%1", CURIE).replace("%2", version)
        return None

    def _update_availability(self) -> None:
        block = self._block_reason()
        self.gate_entry.set_available(block is None, block)
        self.check_button.setVisible(self.outcome is not None and self.outcome.kind == UNSETTLED
                                     and not self.sending)
        self.check_button.setEnabled(not self.looking)
        self.new_button.setVisible(self.created is not None)
        resend = self.outcome is not None and self.outcome.kind == NOT_CREATED
        self.create_button.setText(self.tr("Send again") if resend else self.tr("Create lead"))
        hint = ""
        if not self.gate_entry.allowed:
            hint = self.tr("Read-only sign-in: creating leads needs a profile with write access "
                           "(write:*).")
        elif block and not (self.sending or self.looking) and self.created is None:
            hint = block
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    # -- sending -------------------------------------------------------------------------------
    def send(self) -> None:
        if self.sending or self.looking or not self.create_button.isEnabled():
            return
        lead, plan_type = self.form.value(), self.form.plan_type()
        problems = L.problems(lead, plan_type, today())
        if problems:
            self.form.show_problems(problems)
            self._say_problems(len(problems))
            widget = self.form.first_invalid(list(problems))
            if widget is not None:
                self.form_area.ensureWidgetVisible(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.sending = True  # off at once: a second click must not send a second lead
        self._update_availability()
        self.services.tasks.run(self.task_prefix + "submit", self._send(lead, plan_type),
                                context=self.tr("Creating a lead"))

    async def _send(self, lead: L.LeadInput, plan_type: str | None) -> None:
        try:
            self.intent = self.intent or L.new_intent()
            self.sent_at = datetime.now(UTC)
            self.pending = True
            self.save_draft()  # the key is on disk before the request leaves
            self._say(self.tr("Sending the lead to Nomos…"))
            outcome = await send_lead(self.services.client, L.request(lead, plan_type, self.intent),
                                      self.intent, self.services.write_patience, self._looking)
        finally:
            self.sending = False
            self._update_availability()
        self.apply_outcome(outcome)

    def _looking(self, look: int) -> None:
        self._say(self.tr("No answer from Nomos. Looking for the lead among the newest leads "
                          "(look %1)…").replace("%1", str(look)))

    def _check_again(self) -> None:
        if self.intent is None:
            return
        self.services.tasks.run(self.task_prefix + "submit", self._look(0.0),
                                context=self.tr("Looking for the lead"))

    async def _look(self, patience: float) -> None:
        assert self.intent is not None
        self.looking = True  # no new send while the last one may still turn up
        self._update_availability()
        try:
            outcome = await look_for_lead(self.services.client, self.intent,
                                          self.outcome.error if self.outcome else None,
                                          patience, self._looking)
        finally:
            self.looking = False
            self._update_availability()
        self.apply_outcome(outcome)

    def apply_outcome(self, outcome: SubmitOutcome) -> None:
        self.outcome = outcome
        extra: list[str] = []
        if outcome.kind in (CREATED, FOUND_LATE) and outcome.lead is not None:
            self.created = outcome.lead
            self.pending = False
            self.intent = None
            self.link.set_link(outcome.lead.link or "")
            self.result.show()
            self.form.errors.clear()
            self.created_by = self.form.created_by.text().strip() or self.created_by
        elif outcome.kind in (NOT_CREATED, UNSETTLED):
            self.pending = True
        else:
            self.pending = False  # Nomos applied nothing
            if outcome.kind == INVALID and isinstance(outcome.error, ApiError):
                # What no input is bound to (a whole object, the body) is said in the note.
                for entry in self.form.errors.apply(outcome.error):
                    extra.append(f"{entry.field or ''}: {entry.message}".lstrip(": "))
        self._say(" ".join([outcome.message, *extra]),
                  error=outcome.kind not in (CREATED, FOUND_LATE))
        self._update_availability()
        self.save_draft()
        if self.created is not None and outcome.kind in (CREATED, FOUND_LATE):
            self.lead_created.emit(self.created)

    def _open_created(self) -> None:
        if self.created is not None:
            self.lead_created.emit(self.created)

    def start_new(self) -> None:
        keep = L.LeadInput(plan_id=self.form.plan_id(), created_by=self.created_by)
        self.created = None
        self.outcome = None
        self.intent = None
        self.pending = False
        self.result.hide()
        self.link.set_link("")
        self.form.set_value(keep)
        self.form.iban_note.hide()
        self._say("")
        self._inputs_changed()
        self.form.first_name.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the draft -------------------------------------------------------------------------------
    def _restore(self) -> None:
        draft = self.drafts.load()
        self.created_by = draft.created_by
        lead = draft.lead or L.LeadInput()
        if not lead.created_by:
            lead.created_by = draft.created_by
        self.form.set_value(lead)
        self.quote.set_options(lead.module, lead.tax_exempt)
        if draft.iban_left_out and lead.sepa:
            self.form.iban_note.setText(self.tr("The IBAN is never saved with the draft: ask "
                                                "for it again."))
            self.form.iban_note.show()
        if draft.pending is not None:
            self.intent, self.sent_at = draft.pending.intent, draft.pending.sent_at
            self.pending = True
            waited = (datetime.now(UTC) - draft.pending.sent_at).total_seconds()
            self._say(self.tr("The app closed before the last lead's answer arrived. Looking "
                              "for it…"))
            self.services.tasks.run(self.task_prefix + "submit", self._look(
                max(0.0, self.services.write_patience - waited)),
                context=self.tr("Looking for the lead"))
        self._inputs_changed()

    def save_draft(self) -> None:
        self.save_timer.stop()
        lead = None if self.created is not None else self.form.value()
        if lead is not None:  # the quote's options belong to the call as well
            lead.module = self.quote.module_choice()
            lead.tax_exempt = self.quote.tax_exempt.isChecked()
        pending = Pending(self.intent, self.sent_at) if (
            self.pending and self.intent and self.sent_at) else None
        created_by = (lead.created_by.strip() if lead else "") or self.created_by
        iban_left_out = self.form.iban_note.isVisibleTo(self.form) and not self.form.iban.text()
        self.drafts.save(Draft(lead, pending, created_by, iban_left_out))

    # -- messages and layout ---------------------------------------------------------------------
    def _say_problems(self, count: int) -> None:
        if not count:
            self._say("")
            return
        self._say(QCoreApplication.translate(
            "NewLead", "%n input(s) need a look before the lead can be sent.", "", count),
            error=True)
        self.problems_said = True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.problems_said = False
        self.note.setText(text)
        self.note.setStyleSheet(error_style(self) if error else "")

    def _dragged(self, *_: object) -> None:
        self.dragged = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        orientation = Qt.Orientation.Vertical if event.size().width() < NARROW \
            else Qt.Orientation.Horizontal
        if orientation != self.splitter.orientation() or not self.dragged:
            # Share out the room until the user drags the splitter; a new layout starts over.
            self.dragged = False
            self.splitter.setOrientation(orientation)
            total = sum(self.splitter.sizes()) or 1000
            first = total * 58 // 100
            if orientation == Qt.Orientation.Horizontal:  # the form never scrolls sideways
                needed = self.form.minimumSizeHint().width() + 2 * self.form_area.frameWidth() \
                    + self.form_area.verticalScrollBar().sizeHint().width()
                first = max(first, min(needed, total - QUOTE_MIN))
            self.splitter.setSizes([first, total - first])
