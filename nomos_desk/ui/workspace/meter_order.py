"""The meter-order card: the subscription's smart-meter order, or the button to place one."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from nomos_desk.ui.theme import mark_secondary
from nomos_desk.ui.workspace import format as fmt
from nomos_desk.ui.workspace.cards import FormCard
from nomos_desk.ui.workspace.ordering import OrderOutcome, check_after_unknown, place_order
from nomos_desk.ui.workspace.section import error_style

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

ORDER_REASON = "order a smart meter"
LOADING = "Loading the subscription…"
READ_ONLY_HINT = "Read-only sign-in: ordering needs a profile with write access (write:*)."
SMART_ALREADY_HINT = ("The meter on record is already a smart meter: Nomos cancels an order "
                      "for it as pre-existing.")


def order_rows(order: Any) -> list[tuple[str, str]]:
    rows = [("Status", fmt.word(order.status, fmt.ORDER_STATUS)),
            ("Provider", order.provider or fmt.DASH),
            ("Ordered", fmt.when(order.created_at))]
    if order.appointment_at.value or order.appointment_at.raw:
        rows.append(("Appointment", fmt.when(order.appointment_at, with_time=True)))
    if order.installed_at.value or order.installed_at.raw:
        rows.append(("Installed", fmt.when(order.installed_at)))
    if order.activated_at.value or order.activated_at.raw:
        rows.append(("Activated", fmt.when(order.activated_at)))
    if order.blocked_at.value or order.blocked_reason:
        rows.append(("Blocked", f"since {fmt.when(order.blocked_at)}: "
                     f"{fmt.word(order.blocked_reason, fmt.BLOCKED_WHY)} — needs a person"))
    if order.status == "cancelled" or order.cancelled_reason:
        rows.append(("Cancelled", f"{fmt.when(order.cancelled_at)}: "
                     f"{fmt.word(order.cancelled_reason, fmt.CANCELLED_WHY)}"))
    rows.append(("Order id", order.id or fmt.DASH))
    return rows


def confirm_target(sub: Any) -> str:
    """Which contract the order is for, in words an agent can check against the caller.

    With several tabs open, "this subscription" in a modal box did not say which one;
    an order cannot be taken back, so the box names number, meter and supply address.
    """
    if sub is None:
        return "this subscription"
    parts = [f"subscription {sub.number or sub.id}"]
    if sub.meter is not None and sub.meter.number:
        parts.append(f"meter {sub.meter.number}")
    if sub.address is not None:
        parts.append(f"at {fmt.address(sub.address)}")
    return ", ".join(parts)


class MeterOrderPanel(QWidget):
    order_changed = Signal(object)  # the order now known for this subscription

    def __init__(self, services: Services, subscription_id: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.services = services
        self.subscription_id = subscription_id
        self.order: Any = None
        self.subscription: Any = None
        self.outcome: OrderOutcome | None = None
        self.confirm_box: QMessageBox | None = None

        self.facts = FormCard()
        self.empty = QLabel("No smart meter has been ordered for this subscription.",
                            wordWrap=True)
        self.note = QLabel(wordWrap=True, objectName="orderNote")
        self.note.hide()
        self.order_button = QPushButton("Order smart meter…", objectName="orderSmartMeter")
        self.order_button.setToolTip("Ask Nomos to have a smart meter (iMSys) installed")
        self.check_button = QPushButton("Check again", objectName="checkOrder")
        self.check_button.setToolTip("Ask Nomos whether the order exists")
        self.check_button.hide()
        # Tooltips are easy to miss: why ordering is off is also said in the card.
        self.hint = QLabel(wordWrap=True, objectName="orderHint")
        mark_secondary(self.hint)  # the reason must be readable, not greyed out
        # The gate owns enabled/tooltip; reasons unrelated to scope go through the entry.
        self.gate_entry = services.gate.register(self.order_button, ORDER_REASON)
        services.gate.changed.connect(self._update_availability)
        self.order_button.clicked.connect(self._on_order_clicked)
        self.check_button.clicked.connect(self._on_check_clicked)

        buttons = QHBoxLayout()
        buttons.addWidget(self.order_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.facts)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        # Until the subscription is loaded we cannot know whether ordering makes sense.
        self._context_block: str | None = LOADING
        self.set_order(None)

    # -- state -----------------------------------------------------------------------------
    def set_subscription(self, sub: Any) -> None:
        """Conditions the subscription itself puts on ordering (independent of scope)."""
        self.subscription = sub
        if sub.type == "feed_in":
            self._context_block = ("Feed-in subscriptions start with a smart meter already "
                                   "installed; there is nothing to order.")
        elif sub.status == "ended":
            self._context_block = "The subscription has ended."
        else:
            self._context_block = None
        self._update_availability()

    def set_order(self, order: Any) -> None:
        self.order = order
        self.facts.setVisible(order is not None)
        self.empty.setVisible(order is None)
        if order is not None:
            self.facts.set_rows(order_rows(order))
        self._update_availability()

    def show_listed(self, order: Any) -> None:
        """The subscription's order as just listed by Nomos (load or refresh).

        A listing is also the check an unknown outcome waits for, so it settles that too.
        """
        if self.outcome is not None and self.outcome.kind == "unknown":
            if order is not None:
                self.apply_outcome(OrderOutcome("created", order, "Nomos has the order: the "
                                                "last attempt went through."))
            else:
                self.apply_outcome(OrderOutcome("not_placed", None, "Nomos has no order for "
                                                "this subscription, so the last attempt was "
                                                "not placed. You can send it again."))
            return
        if order is not None and self.outcome is not None and self.outcome.order is None:
            self.outcome = None  # an order appeared (someone else placed it): old notes are moot
            self._show_note("")
        self.set_order(order)

    def _update_availability(self) -> None:
        waiting = self.outcome is not None and self.outcome.kind == "unknown"
        if self.order is not None:
            self.gate_entry.set_available(False, "This subscription already has a smart-meter "
                                                 "order; Nomos allows only one.")
        elif waiting:
            self.gate_entry.set_available(False, "First check whether the last order went "
                                                 "through (Check again).")
        elif self.outcome is not None and self.outcome.kind == "unsupported":
            # Sending again would only get the same 400.
            self.gate_entry.set_available(False, self.outcome.message)
        elif self._context_block:
            self.gate_entry.set_available(False, self._context_block)
        else:
            self.gate_entry.set_available(True)
        self.order_button.setVisible(self.order is None)
        self.check_button.setVisible(waiting)
        # While the last order's fate is open, "no order" would be a claim we cannot make.
        self.empty.setVisible(self.order is None and not waiting)
        hint = ""
        if self.order is None and not waiting:
            if self._context_block and self._context_block != LOADING:
                hint = self._context_block
            elif not self.gate_entry.allowed:
                hint = READ_ONLY_HINT
            elif self._has_smart_meter():
                # Not blocked: the meter data may be stale, and Nomos settles it by cancelling
                # the order as pre-existing. The agent should know before sending, though.
                hint = SMART_ALREADY_HINT
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _has_smart_meter(self) -> bool:
        meter = getattr(self.subscription, "meter", None)
        return getattr(meter, "type", None) == "smart"

    def _show_note(self, text: str, *, error: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(error_style(self) if error else "")
        self.note.setVisible(bool(text))

    def apply_outcome(self, outcome: OrderOutcome) -> None:
        self.outcome = outcome
        error = outcome.kind in ("unsupported", "unknown", "refused", "not_placed")
        self._show_note(outcome.message, error=error)
        if outcome.order is not None:
            self.set_order(outcome.order)
            self.order_changed.emit(outcome.order)
        else:
            self._update_availability()

    # -- actions ---------------------------------------------------------------------------
    def _on_order_clicked(self) -> None:
        self.services.tasks.run(f"ws.{self.subscription_id}.order", self._order_flow(),
                                context="Ordering a smart meter")

    def _on_check_clicked(self) -> None:
        self.services.tasks.run(f"ws.{self.subscription_id}.order", self._check_flow(),
                                context="Checking for a smart-meter order")

    async def _confirm(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, "Order smart meter",
                          f"Order a smart meter for {confirm_target(self.subscription)}?"
                          "\n\nNomos passes the order "
                          "to the metering operator, who contacts the customer about "
                          "installation. A subscription can have only one order, ever.",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.button(QMessageBox.StandardButton.Yes).setText("Order smart meter")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box
        done: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        box.finished.connect(lambda _r: done.done() or done.set_result(
            box.standardButton(box.clickedButton()) if box.clickedButton() else 0))
        box.open()  # exec() inside a coroutine would re-enter the event loop
        try:
            answer = await done
        finally:
            self.confirm_box = None
            box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes

    async def _order_flow(self) -> None:
        if not await self._confirm():
            return
        self.gate_entry.set_available(False, "The order is being sent.")
        self._show_note("Sending the order to Nomos…")
        try:
            outcome = await place_order(self.services.client, self.subscription_id)
        finally:
            self._update_availability()
        self.apply_outcome(outcome)

    async def _check_flow(self) -> None:
        self.check_button.setEnabled(False)
        self._show_note("Asking Nomos whether the order exists…")
        try:
            outcome = await check_after_unknown(self.services.client, self.subscription_id,
                                                self.outcome.error if self.outcome else None)
        finally:
            self.check_button.setEnabled(True)
        self.apply_outcome(outcome)
