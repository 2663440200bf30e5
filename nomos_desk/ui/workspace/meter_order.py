"""The meter-order section: the subscription's smart-meter order, or the button to place one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from nomos_desk.api.models import MeterOrder, Subscription
from nomos_desk.ui import fmt
from nomos_desk.ui.dialogs import confirm
from nomos_desk.ui.record.section import SectionBody
from nomos_desk.ui.record.widgets import FormCard
from nomos_desk.ui.theme import error_style, mark_secondary
from nomos_desk.ui.widgets import left_row, named
from nomos_desk.ui.workspace.ordering import (
    OrderOutcome,
    check_after_unknown,
    find_order,
    place_order,
)

if TYPE_CHECKING:
    from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace

def confirm_target(sub: Subscription | None) -> str:
    """Which contract the order is for, in words an agent can check against the caller.

    With several tabs open, "this subscription" in a modal box did not say which one;
    an order cannot be taken back, so the box names number, meter and supply address.
    """
    if sub is None:
        return QCoreApplication.translate("MeterOrderPanel", "this subscription")
    parts = [QCoreApplication.translate("MeterOrderPanel", "subscription %1")
             .replace("%1", sub.number or sub.id or "")]
    if sub.meter is not None and sub.meter.number:
        parts.append(QCoreApplication.translate("MeterOrderPanel", "meter %1")
                     .replace("%1", sub.meter.number))
    if sub.address is not None:
        parts.append(QCoreApplication.translate("MeterOrderPanel", "at %1")
                     .replace("%1", fmt.address(sub.address)))
    return ", ".join(parts)


class MeterOrderPanel(SectionBody):
    order_changed = Signal(object)  # the order now known for this subscription

    def __init__(self, tab: SubscriptionWorkspace) -> None:
        super().__init__(tab)
        self.subscription_id = tab.record_id
        self.order: MeterOrder | None = None
        self.subscription: Subscription | None = None
        self.outcome: OrderOutcome | None = None

        self.facts = FormCard()
        self.empty = QLabel(self.tr("No smart meter has been ordered for this subscription."),
                            wordWrap=True)
        self.note = named(QLabel(wordWrap=True), "orderNote")
        self.note.hide()
        self.order_button = named(QPushButton(self.tr("Order smart meter…")), "orderSmartMeter")
        self.order_button.setToolTip(
            self.tr("Ask Nomos to have an intelligent metering system (iMSys) installed"))
        self.check_button = named(QPushButton(self.tr("Check again")), "checkOrder")
        self.check_button.setToolTip(self.tr("Ask Nomos whether the order exists"))
        self.check_button.hide()
        # Tooltips are easy to miss: why ordering is off is also said in the card.
        self.hint = named(QLabel(wordWrap=True), "orderHint")
        mark_secondary(self.hint)  # the reason must be readable, not greyed out
        # The gate owns enabled/tooltip; reasons unrelated to scope go through the entry.
        self.gate_entry = self.services.gate.register(self.order_button,
                                                      self.tr("Ordering a smart meter"))
        self.services.gate.changed.connect(self._update_availability)
        self.order_button.clicked.connect(self._on_order_clicked)
        self.check_button.clicked.connect(self._on_check_clicked)

        buttons = left_row(self.order_button, self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.facts)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.set_order(None)

    async def load(self) -> bool:
        order = await find_order(self.services.client, self.subscription_id)
        self.set_subscription((await self.tab.record()).subscription)
        self.show_listed(order)
        return True

    # -- state -----------------------------------------------------------------------------
    def set_subscription(self, sub: Subscription) -> None:
        """Conditions the subscription itself puts on ordering (independent of scope)."""
        self.subscription = sub
        self._update_availability()

    def _block_reason(self) -> str | None:
        sub = self.subscription
        if sub is None:
            return self.loading_text()
        if sub.type == "feed_in":
            return self.tr("Feed-in subscriptions start with a smart meter already installed; "
                           "there is nothing to order.")
        if sub.status == "ended":
            return self.tr("The subscription has ended.")
        evidence = self.services.plans.smart_meter(sub.plan)
        if evidence is not None and not evidence.available:
            return (self.tr("This subscription's plan has no smart-meter product: Nomos refused "
                            "an order on it on %1 (subscription %2). Ask Nomos support to "
                            "enable one for the plan.")
                    .replace("%1", fmt.when_datetime(evidence.learned_at))
                    .replace("%2", evidence.subscription))
        return None

    def loading_text(self) -> str:
        return self.tr("Loading the subscription…")

    def set_order(self, order: MeterOrder | None) -> None:
        self.order = order
        self.facts.setVisible(order is not None)
        self.empty.setVisible(order is None)
        if order is not None:
            self.facts.set_rows(self.order_rows(order))
            if self.subscription is not None and order.cancelled_reason != "pre_existing":
                self.services.plans.learn_smart_meter(self.subscription.plan, True,
                                                      self.subscription_id)
        self._update_availability()

    def show_listed(self, order: MeterOrder | None) -> None:
        """The subscription's order as just listed by Nomos (load or refresh).

        A listing is also the check an unknown outcome waits for, so it settles that too.
        """
        if self.outcome is not None and self.outcome.kind == "unknown":
            if order is not None:
                self.apply_outcome(OrderOutcome("created", order, self.tr(
                    "Nomos has the order: the last attempt went through.")))
            else:
                self.apply_outcome(OrderOutcome("not_placed", None, self.tr(
                    "Nomos has no order for this subscription, so the last attempt was not "
                    "placed. You can send it again.")))
            return
        if order is not None and self.outcome is not None and self.outcome.order is None:
            self.outcome = None  # an order appeared (someone else placed it): old notes are moot
            self._show_note("")
        self.set_order(order)

    def order_rows(self, order: MeterOrder) -> list[tuple[str, str, str]]:
        status = self.services.client.version.meter_order_status(order.status)
        rows = [("status", self.tr("Status"), fmt.order_status(status.label)),
                ("provider", self.tr("Metering operator"), order.provider or fmt.DASH),
                ("ordered", self.tr("Ordered"), fmt.when(order.created_at))]
        for key, label, ts, with_time in (
                ("appointment", self.tr("Appointment"), order.appointment_at, True),
                ("installed", self.tr("Installed"), order.installed_at, False),
                ("activated", self.tr("Activated"), order.activated_at, False)):
            if ts.value or ts.raw:
                rows.append((key, label, fmt.when(ts, with_time=with_time)))
        if order.is_blocked:
            rows.append(("blocked", self.tr("Blocked"),
                         self.tr("since %1: %2 — needs a person")
                         .replace("%1", fmt.when(order.blocked_at))
                         .replace("%2", fmt.word(order.blocked_reason, fmt.BLOCKED_WHY))))
        if order.status == "cancelled" or order.cancelled_reason:
            rows.append(("cancelled", self.tr("Cancelled"), self.tr("%1: %2")
                         .replace("%1", fmt.when(order.cancelled_at))
                         .replace("%2", fmt.word(order.cancelled_reason, fmt.CANCELLED_WHY))))
        rows.append(("order_id", self.tr("Order id"), order.id or fmt.DASH))
        return rows

    def _update_availability(self) -> None:
        waiting = self.outcome is not None and self.outcome.kind == "unknown"
        block = self._block_reason()
        if self.order is not None:
            self.gate_entry.set_available(False, self.tr(
                "This subscription already has a smart-meter order; Nomos allows only one."))
        elif waiting:
            self.gate_entry.set_available(False, self.tr(
                "First check whether the last order went through (Check again)."))
        elif self.outcome is not None and self.outcome.kind == "unsupported":
            # Sending again would only get the same 400.
            self.gate_entry.set_available(False, self.outcome.message)
        elif block:
            self.gate_entry.set_available(False, block)
        else:
            self.gate_entry.set_available(True)
        self.order_button.setVisible(self.order is None)
        self.check_button.setVisible(waiting)
        # While the last order's fate is open, "no order" would be a claim we cannot make.
        self.empty.setVisible(self.order is None and not waiting)
        hint = ""
        if self.order is None and not waiting:
            if block and block != self.loading_text():
                hint = block
            elif not self.gate_entry.allowed:
                hint = self.tr("Read-only sign-in: ordering needs a profile with write access "
                               "(write:*).")
            elif self._has_smart_meter():
                # Not blocked: the meter data may be stale, and Nomos settles it by cancelling
                # the order as pre-existing. The agent should know before sending, though.
                hint = self.tr("The meter on record is already a smart meter: Nomos cancels an "
                               "order for it as pre-existing.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _has_smart_meter(self) -> bool:
        meter = self.subscription.meter if self.subscription is not None else None
        return meter is not None and meter.type == "smart"

    def _show_note(self, text: str, *, error: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(error_style(self) if error else "")
        self.note.setVisible(bool(text))

    def apply_outcome(self, outcome: OrderOutcome) -> None:
        self.outcome = outcome
        if outcome.kind == "unsupported" and outcome.plan_lacks_product and self.subscription:
            self.services.plans.learn_smart_meter(self.subscription.plan, False,
                                                  self.subscription_id)
        error = outcome.kind in ("unsupported", "unknown", "refused", "not_placed")
        self._show_note(outcome.message, error=error)
        if outcome.order is not None:
            self.set_order(outcome.order)
            self.order_changed.emit(outcome.order)
        else:
            self._update_availability()

    # -- actions ---------------------------------------------------------------------------
    def _on_order_clicked(self) -> None:
        self.services.tasks.run(f"{self.tab.task_prefix}order", self._order_flow(),
                                context=self.tr("Ordering a smart meter"))

    def _on_check_clicked(self) -> None:
        self.services.tasks.run(f"{self.tab.task_prefix}order", self._check_flow(),
                                context=self.tr("Checking for a smart-meter order"))

    async def _order_flow(self) -> None:
        question = self.tr("Order a smart meter for %1?\n\nNomos passes the order to the "
                           "metering operator, who contacts the customer about installation. "
                           "A subscription can have only one order, ever.").replace(
                               "%1", confirm_target(self.subscription))
        if not await confirm(self, self.tr("Order smart meter"), question,
                             self.tr("Order smart meter")):
            return
        self.gate_entry.set_available(False, self.tr("The order is being sent."))
        self._show_note(self.tr("Sending the order to Nomos…"))
        try:
            outcome = await place_order(self.services.client, self.subscription_id,
                                        self.services.write_patience)
        finally:
            self._update_availability()
        self.apply_outcome(outcome)

    async def _check_flow(self) -> None:
        self.check_button.setEnabled(False)
        self._show_note(self.tr("Asking Nomos whether the order exists…"))
        try:
            outcome = await check_after_unknown(self.services.client, self.subscription_id,
                                                self.outcome.error if self.outcome else None,
                                                patience=0.0)
        finally:
            self.check_button.setEnabled(True)
        self.apply_outcome(outcome)
