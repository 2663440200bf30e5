"""The frame every care form shares: check locally, confirm, send once, keep track.

A form checks what was typed (problems beside their fields), asks for confirmation
naming the record and the consequence, and sends the write exactly once; while it is
in flight nothing can be pressed and the form cannot be closed. Whatever comes back
stays in the form: field errors beside their fields, a refusal in plain words, a lost
answer checked by reading the record back (ui/writes.py) before "Send again" or
"Check again" is offered. What was typed is never cleared by a failure.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api import errors
from nomos_desk.ui.care import wording
from nomos_desk.ui.dialogs import confirm
from nomos_desk.ui.forms import FieldErrors
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.widgets import named
from nomos_desk.ui.writes import (
    DONE,
    NOT_APPLIED,
    NOT_SENT,
    REFUSED,
    UNKNOWN,
    WriteOutcome,
    look_for,
    send_write,
)

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

SUBMIT, CHECK, CLOSE = "submit", "check", "close"
EDITING, BUSY, FINISHED = "editing", "busy", "finished"


class Question(NamedTuple):
    """The confirmation asked before a write: a question, the facts, the accept button."""

    title: str
    text: str
    accept: str
    facts: str = ""  # rich text (facts_table), shown under the question


Fact = tuple[str, str, str | None]  # (label, value or old value, new value or None)


def facts_table(rows: Sequence[Fact], notes: Sequence[str] = ()) -> str:
    """Facts and changes as a table: "IBAN: DE…3000 → DE…2051", old beside new, each value
    kept on one line; typed text is escaped, so a street name cannot inject markup."""
    def cell(text: str, extra: str = "") -> str:
        return f"<td style='white-space:pre'{extra}>{html.escape(text)}</td>"

    colon = QCoreApplication.translate("Care", "%1:")
    lines = ["<table cellspacing='0' cellpadding='2'>"]
    for label, value, new in rows:
        head = ("<td style='white-space:pre'><b>" + html.escape(colon.replace("%1", label))
                + "</b></td>")
        body = (cell(value, " colspan='3'") if new is None
                else cell(value) + "<td>→</td>" + cell(new))
        lines.append(f"<tr>{head}{body}</tr>")
    lines.append("</table>")
    lines += [f"<p>{html.escape(note)}</p>" for note in notes]
    return "".join(lines)


class WrappedLabel(QLabel):
    """A word-wrapped label that claims the height its text needs at its width as its
    minimum. Forms in group boxes underestimated heights worked out from the width
    (height-for-width), cutting off a second line under a field and squeezing the inputs;
    a plain minimum height is honoured by every layout."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        if self.width() > 0:  # as tall as the text at the width it has, not at a guessed one
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._claim()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._claim()

    def _claim(self) -> None:
        if self.width() > 0:
            need = self.heightForWidth(self.width())
            if need > 0 and need != self.minimumHeight():
                self.setMinimumHeight(need)
                window = self.window()
                if isinstance(window, CareDialog):  # the form may have to grow for it
                    QTimer.singleShot(0, window.fit_height)


def field_box(widget: QWidget, label: QLabel, *, left: bool = False) -> QWidget:
    """An input (at its own width on the `left`, else the full width) with its error line
    underneath (the line takes no room while hidden)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag(0))
    column.addWidget(label)
    return box


class CareDialog(QDialog):
    """Subclasses build their inputs in `self.form` and provide the write's parts:
    `problems()`, `payload()`, `confirmation()`, `write()`, `look()` and `done_text()`."""

    # A PATCH with the same content may be sent again without waiting: it sets, it does
    # not add. A POST's lost answer is looked for (write_patience) before any resend.
    IDEMPOTENT: ClassVar[bool] = True
    # Stay open after success with the result (a termination's end date, a §14a status).
    RECEIPT: ClassVar[bool] = False

    def __init__(self, parent: QWidget, services: Services, title: str, submit: str) -> None:
        super().__init__(parent)
        self.setObjectName(type(self).__name__)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.services = services
        self.errors = FieldErrors()
        self.state = EDITING
        self.outcome: WriteOutcome[Any] | None = None
        self.sent: Any = None  # the payload of the last attempt
        self._choice: asyncio.Future[str] | None = None
        self._closed_early = False

        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.note = named(WrappedLabel(), "careNote")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        self.submit_button = named(QPushButton(submit), "careSubmit")
        self.submit_label = submit
        self.check_button = named(QPushButton(self.tr("Check again")), "careCheck")
        self.check_button.setToolTip(self.tr("Ask Nomos whether the change arrived"))
        self.check_button.hide()
        self.close_button = named(QPushButton(self.tr("Cancel")), "careClose")
        self.submit_button.setDefault(True)  # Enter leads to the confirmation, never further
        self.submit_button.clicked.connect(lambda: self._choose(SUBMIT))
        self.check_button.clicked.connect(lambda: self._choose(CHECK))
        self.close_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.submit_button)
        self.column = layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # -- what subclasses provide ------------------------------------------------------------
    def problems(self) -> list[tuple[str, str]]:
        """Local checks: (field, message) for each problem."""
        return []

    def payload(self) -> Any:
        """What would be sent; empty when nothing changed."""
        raise NotImplementedError

    def confirmation(self, payload: Any) -> Question:
        """The question asked before sending: it names the record and the consequence."""
        raise NotImplementedError

    async def write(self, payload: Any) -> Any:
        raise NotImplementedError

    async def look(self, payload: Any) -> Any:
        """Read the record back: the write's effect when it is there, else None."""
        raise NotImplementedError

    def done_text(self, outcome: WriteOutcome[Any]) -> str:
        raise NotImplementedError

    # -- helpers for subclasses ---------------------------------------------------------------
    def add_field(self, field: str, label: str, widget: QWidget,
                  form: QFormLayout | None = None) -> QWidget:
        """A row (of `form`, else the dialog's) whose input shows its problems, local and
        Nomos's, underneath."""
        line = WrappedLabel()
        self.errors.bind(field, widget, line)
        box = field_box(widget, line)
        (form or self.form).addRow(label, box)
        return box

    def add_hint(self, text: str, form: QFormLayout | None = None) -> QLabel:
        hint = WrappedLabel(text)
        mark_secondary(hint)
        (form or self.form).addRow(hint)
        return hint

    # -- the run --------------------------------------------------------------------------------
    async def run(self) -> WriteOutcome[Any] | None:
        """Show the form until the write is done (its outcome) or the person leaves (None,
        or the last failed outcome: the form keeps what was typed)."""
        if not self.isVisible():
            self.open()
            self.fit_height()
        while True:
            choice = await self._next_choice()
            if choice == CLOSE:
                return self.outcome
            if choice == SUBMIT:
                outcome = await self._submit()
            else:
                outcome = await self._busy(look_for(lambda: self.look(self.sent),
                                                    self.outcome.error if self.outcome else None,
                                                    0.0))
            if outcome is None:
                continue
            self.show_outcome(outcome)
            if outcome.kind == DONE:
                if not self.RECEIPT:
                    self.accept()
                return outcome

    def _next_choice(self) -> asyncio.Future[str]:
        self._choice = asyncio.get_event_loop().create_future()
        if self._closed_early:  # closed while the last press was still being dealt with
            self._closed_early = False
            self._choice.set_result(CLOSE)
        return self._choice

    @property
    def waiting(self) -> bool:
        """Idle, waiting for the person's next press."""
        return self._choice is not None and not self._choice.done()

    def _choose(self, choice: str) -> None:
        if self.waiting:
            assert self._choice is not None
            self._choice.set_result(choice)
        elif choice == CLOSE:
            self._closed_early = True

    def reject(self) -> None:
        if self.state == BUSY:
            return  # a write in flight: its outcome must be seen
        super().reject()
        self._choose(CLOSE)

    async def _submit(self) -> WriteOutcome[Any] | None:
        self.errors.clear()
        self._note("")
        problems = self.problems()
        if problems:
            unplaced = [text for field, text in problems if not self.errors.show(field, text)]
            self._note(" ".join(unplaced) or self.tr("Please correct the marked fields."),
                       error=True)
            return None
        payload = self.payload()
        if not payload:
            self._note(self.tr("Nothing changed: there is nothing to send."))
            return None
        again = (self.outcome is not None and self.outcome.kind in (NOT_APPLIED, NOT_SENT)
                 and payload == self.sent)
        if not (again and self.IDEMPOTENT):
            question = self.confirmation(payload)
            if not await confirm(self, question.title, question.text, question.accept,
                                 details=question.facts):
                return None
        self.sent = payload
        patience = 0.0 if self.IDEMPOTENT else self.services.write_patience
        return await self._busy(send_write(lambda: self.write(payload),
                                           lambda: self.look(payload), patience=patience))

    async def _busy(self, coro: Any) -> WriteOutcome[Any]:
        self.state = BUSY
        for button in (self.submit_button, self.check_button, self.close_button):
            button.setEnabled(False)
        self.body.setEnabled(False)
        self._note(self.tr("Sending to Nomos… If the answer is lost, the form checks whether "
                           "the change arrived before offering anything else."))
        try:
            return await coro
        finally:
            if shiboken6.isValid(self):
                self.state = EDITING
                self.body.setEnabled(True)
                for button in (self.submit_button, self.check_button, self.close_button):
                    button.setEnabled(True)

    # -- showing an outcome -----------------------------------------------------------------------
    def show_outcome(self, outcome: WriteOutcome[Any]) -> None:
        self.outcome = outcome
        self.check_button.setVisible(outcome.kind == UNKNOWN)
        self.submit_button.setEnabled(outcome.kind != UNKNOWN)
        resend = outcome.kind in (NOT_APPLIED, NOT_SENT)
        self.submit_button.setText(self.tr("Send again") if resend else self.submit_label)
        if outcome.kind == DONE:
            text = self.done_text(outcome)
            self._note(wording.late_text() + " " + text if outcome.late else text, done=True)
            if self.RECEIPT:
                self.state = FINISHED
                self.body.setEnabled(False)
                self.submit_button.hide()
                self.close_button.setText(self.tr("Close"))
        elif outcome.kind == REFUSED:
            self._show_refusal(outcome.error)
        else:
            self._note(wording.lost_text(outcome.kind, outcome.checks, self.IDEMPOTENT)
                       + wording.support_line(outcome.error), error=True)

    def _show_refusal(self, exc: BaseException | None) -> None:
        if isinstance(exc, errors.ApiError) and exc.field_errors:
            unplaced = self.errors.apply(exc, word=wording.field_text)
            if len(unplaced) < len(exc.field_errors):
                said = [wording.field_text(e) for e in unplaced]
                lead = self.tr("Nomos did not accept this: see the marked field.")
                self._note(" ".join([lead, *said]) + wording.support_line(exc), error=True)
                return
        self._note(wording.refusal_text(exc) if exc is not None else "", error=True)

    def _note(self, text: str, *, error: bool = False, done: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(error_style(self) if error else
                                "font-weight: bold" if done else "")
        self.note.setVisible(bool(text))
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to what the wrapped sentences need at the current width: a dialog sizes
        itself from one-line hints, and an error under a field would cover the next."""
        # Shown or hidden messages re-lay out the group boxes by posted events: let them run
        # first, or the height is worked out from the old layout.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout = self.column
        layout.activate()
        wanted = max(layout.totalSizeHint().height(), layout.totalMinimumSize().height(),
                     layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                     else 0)
        if wanted > self.height():
            self.resize(self.width(), wanted)

    @property
    def failed(self) -> bool:
        """An attempt was made and did not go through: the form is worth keeping."""
        return self.outcome is not None and self.outcome.kind != DONE
