"""Requesting a §14a EnWG grid fee reduction (POST /grid-fee-reductions).

Consumption contracts only. Each module is said in a sentence; what the contract's
known state already rules out (the same module in place, modules 1 and 2 together,
module 3 without a smart meter) is off with its reason, and Nomos's own refusals
(module 3 without module 1, a reduction that appeared meanwhile) come back in plain
words. Nomos records the request as `intended` for a pending contract and `ordered`
(submitted at once) for an active one; the result says which.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from nomos_desk.api.models import Customer, GridFeeReduction, Subscription
from nomos_desk.ui import fmt
from nomos_desk.ui.care.dialog import (
    CareDialog,
    Fact,
    Question,
    WrappedLabel,
    facts_table,
    field_box,
)
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.theme import mark_secondary
from nomos_desk.ui.widgets import named
from nomos_desk.ui.writes import WriteOutcome

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

MODULE_1, MODULE_2, MODULE_3 = "enwg-14a-module-1", "enwg-14a-module-2", "enwg-14a-module-3"
LIVE = ("intended", "ordered", "activated")  # a reduction in place or on its way
EXCLUSIVE = {MODULE_1: MODULE_2, MODULE_2: MODULE_1}

SENTENCES = {
    MODULE_1: QT_TRANSLATE_NOOP(
        "ReductionDialog", "A flat reduction of the grid fees each year for a controllable "
        "device such as a heat pump or wallbox; no extra meter needed."),
    MODULE_2: QT_TRANSLATE_NOOP(
        "ReductionDialog", "A percentage reduction of the grid fee per kWh for a device with "
        "its own meter; instead of module 1."),
    MODULE_3: QT_TRANSLATE_NOOP(
        "ReductionDialog", "Time-variable grid fees on top of module 1, cheaper in quiet hours; "
        "needs a smart meter (installed or ordered)."),
}
STATUS_SENTENCES = {
    "intended": QT_TRANSLATE_NOOP(
        "ReductionDialog", "Nomos keeps the request and submits it to the grid operator once "
        "the contract is confirmed."),
    "ordered": QT_TRANSLATE_NOOP(
        "ReductionDialog", "Nomos has submitted it to the grid operator."),
}


def status_sentence(status: str | None) -> str:
    word = fmt.word(status, fmt.GFR_STATUS)
    sentence = STATUS_SENTENCES.get(status or "")
    if sentence is None:
        return word
    return QCoreApplication.translate("ReductionDialog", "%1: %2").replace("%1", word).replace(
        "%2", QCoreApplication.translate("ReductionDialog", sentence))


class ReductionDialog(CareDialog):
    IDEMPOTENT = False
    RECEIPT = True

    def __init__(self, parent: QWidget, services: Services, sub: Subscription,
                 customer: Customer | None, existing: list[GridFeeReduction],
                 smart_meter_ordered: bool) -> None:
        super().__init__(parent, services, self.tr("§14a EnWG grid fee reduction"),
                         self.tr("Request…"))
        self.subscription = sub
        self.customer = customer
        self.known = {g.id for g in existing if g.id}
        live = {g.type: g for g in existing if g.status in LIVE and g.type}
        smart = (sub.meter is not None and sub.meter.type == "smart") or smart_meter_ordered

        self.add_hint(self.tr("Contract %1 of %2. A controllable device (heat pump, wallbox, "
                              "battery, air conditioning) pays lower grid fees in return for "
                              "letting the grid operator dim it when the grid is under strain.")
                      .replace("%1", sub.number or sub.id or "")
                      .replace("%2", customer.display_name if customer else fmt.DASH))
        box = named(QGroupBox(self.tr("Module")), "moduleBox")
        column = QVBoxLayout(box)
        self.modules = QButtonGroup(self)
        self.module_buttons: dict[str, QRadioButton] = {}
        self.explanations: dict[str, QLabel] = {}
        for module in (MODULE_1, MODULE_2, MODULE_3):
            button = named(QRadioButton(fmt.word(module, fmt.GFR_TYPES)), module)
            self.modules.addButton(button)
            self.module_buttons[module] = button
            why = self._why_not(module, live, smart)
            button.setEnabled(why is None)
            sentence = self.tr(SENTENCES[module])
            explanation = WrappedLabel(sentence if why is None else f"{sentence} {why}")
            explanation.setContentsMargins(22, 0, 0, 4)
            mark_secondary(explanation)
            self.explanations[module] = explanation
            column.addWidget(button)
            column.addWidget(explanation)
        line = WrappedLabel()
        self.errors.bind("type", box, line)
        self.modules.buttonToggled.connect(lambda *_: self.errors.clear("type"))
        self.form.addRow(field_box(box, line))
        if not any(b.isEnabled() for b in self.module_buttons.values()):
            self.submit_button.setEnabled(False)
            self.add_hint(self.tr("No module can be requested for this contract now."))
            return
        expected = "intended" if sub.status == "pending" else "ordered"
        self.add_hint(self.tr("Status after the request: %1").replace(
            "%1", status_sentence(expected)))

    def _why_not(self, module: str, live: dict[str, GridFeeReduction], smart: bool
                 ) -> str | None:
        if module in live:
            return self.tr("Already in place (%1).").replace(
                "%1", fmt.word(live[module].status, fmt.GFR_STATUS))
        other = EXCLUSIVE.get(module)
        if other in live:
            return self.tr("Not with module %1, which is in place.").replace(
                "%1", "1" if other == MODULE_1 else "2")
        if module == MODULE_3 and not smart:
            return self.tr("This contract has no smart meter, installed or ordered.")
        return None

    @property
    def module(self) -> str | None:
        return next((m for m, b in self.module_buttons.items() if b.isChecked()), None)

    def problems(self) -> list[tuple[str, str]]:
        return [] if self.module else [("type", self.tr("Choose a module."))]

    def payload(self) -> dict[str, Any]:
        return {"type": self.module}

    def confirmation(self, payload: dict[str, Any]) -> Question:
        sub = self.subscription
        expected = "intended" if sub.status == "pending" else "ordered"
        rows: list[Fact] = [
            (self.tr("Customer"), self.customer.display_name if self.customer else fmt.DASH,
             None),
            (self.tr("Contract"), sub.number or sub.id or "", None),
            (self.tr("Supply address"), fmt.address(sub.address), None),
            (self.tr("Module"), fmt.word(payload["type"], fmt.GFR_TYPES), None)]
        notes = [self.tr(SENTENCES[payload["type"]]),
                 self.tr("Status after the request: %1").replace("%1", status_sentence(expected))]
        return Question(self.tr("§14a EnWG grid fee reduction"),
                        self.tr("Request a §14a EnWG grid fee reduction for this contract?"),
                        self.tr("Request reduction"), facts_table(rows, notes))

    async def write(self, payload: dict[str, Any]) -> GridFeeReduction:
        return await self.services.client.create_grid_fee_reduction(
            self.subscription.id or "", payload["type"])

    async def look(self, payload: dict[str, Any]) -> GridFeeReduction | None:
        now = await self.services.client.list_grid_fee_reductions(
            subscription=self.subscription.id or "").collect()
        return next((g for g in now if g.id not in self.known and g.type == payload["type"]),
                    None)

    def done_text(self, outcome: WriteOutcome[Any]) -> str:
        made = outcome.result
        status = made.status if isinstance(made, GridFeeReduction) else None
        return self.tr("Requested. Status: %1").replace("%1", status_sentence(status))
