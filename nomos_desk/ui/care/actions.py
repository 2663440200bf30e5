"""The care actions in a record tab's header: one button per write, one write at a time.

Each button is registered with the scope gate (a read-only token disables it and says
why) and is also off while the record is loading, when the record rules it out (an
ended contract cannot be terminated) and while any write of the tab is in progress.
A form whose attempt failed is kept, so reopening it shows what was typed and where
it stands. After a write went through, the index gets the new state first and then
the change is announced, so every tab showing the record and the search follow.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton

from nomos_desk.api import errors
from nomos_desk.api.filters import F
from nomos_desk.api.models import Customer, Subscription
from nomos_desk.ui import fmt
from nomos_desk.ui.care.billing_form import BillingDialog
from nomos_desk.ui.care.customer_form import CustomerDialog
from nomos_desk.ui.care.dialog import CareDialog
from nomos_desk.ui.care.reduction_form import ReductionDialog
from nomos_desk.ui.care.termination_form import TerminationDialog
from nomos_desk.ui.gating import GateEntry
from nomos_desk.ui.record.tab import RECORD, RecordTab
from nomos_desk.ui.widgets import named
from nomos_desk.ui.workspace.ordering import find_order
from nomos_desk.ui.writes import DONE, WriteOutcome

if TYPE_CHECKING:
    from nomos_desk.ui.customer.tab import CustomerTab
    from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace

NAME, BILLING, TERMINATE, REDUCTION = "name", "billing", "terminate", "reduction"
MAX_SIBLINGS = 200


class CareActions(QObject):
    def __init__(self, tab: RecordTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.services = tab.services
        # "Now" for the forms' dates; tests fix it to the sandbox's clock.
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.buttons: dict[str, QPushButton] = {}
        self.entries: dict[str, GateEntry] = {}
        self.kept: dict[str, CareDialog] = {}  # forms whose last attempt failed
        self.running: str | None = None
        self.dialog: CareDialog | None = None  # the form on screen (tests, screenshots)
        self.last: WriteOutcome[Any] | None = None  # what the last write came to
        tab.loaded.connect(self._loaded)

    def add_name(self) -> None:
        self.add(NAME, self.tr("Correct name…"),
                 self.tr("Correct the customer's first, last or company name"),
                 self.tr("Correcting a customer's name"))

    def add(self, key: str, text: str, tooltip: str, doing: str) -> QPushButton:
        button = named(QPushButton(text), f"care_{key}")
        button.setToolTip(tooltip)
        self.buttons[key] = button
        self.entries[key] = self.services.gate.register(button, doing)
        button.clicked.connect(lambda: self.start(key))
        self.tab.action_row.addWidget(button)
        return button

    # -- what subclasses provide ------------------------------------------------------------
    def block_reason(self, key: str) -> str | None:
        """Why the record rules the action out now (None: it does not)."""
        raise NotImplementedError

    async def make_dialog(self, key: str) -> CareDialog | None:
        raise NotImplementedError

    async def after(self, key: str, outcome: WriteOutcome[Any]) -> None:
        """The write went through: bring the index and every view up to date."""
        raise NotImplementedError

    # -- availability ---------------------------------------------------------------------
    def _loaded(self, key: str) -> None:
        if key == RECORD:
            self.update()

    def update(self) -> None:
        for key, entry in self.entries.items():
            why = (self.tr("Another change to this record is in progress.")
                   if self.running is not None else self.block_reason(key))
            if why is not None and key in self.kept and self.running is None:
                self.kept.pop(key).deleteLater()  # moot now (e.g. the contract has ended)
            entry.set_available(why is None, why)

    def loading_text(self) -> str:
        return self.tr("Loading the record…")

    # -- running an action ------------------------------------------------------------------
    def start(self, key: str) -> None:
        if self.running is not None:
            return
        self.running = key
        self.update()
        self.services.tasks.run(f"{self.tab.task_prefix}care.{key}", self._flow(key),
                                context=self.entries[key].reason or "")

    async def _flow(self, key: str) -> None:
        try:
            dialog = self.kept.pop(key, None) or await self.make_dialog(key)
            if dialog is None:
                return
            self.dialog = dialog
            outcome = await dialog.run()
            self.last = outcome
            if outcome is None or outcome.kind != DONE:
                if dialog.failed:
                    self.kept[key] = dialog
                else:
                    dialog.deleteLater()
                    self.dialog = None
                return
            if dialog.isVisible():  # a receipt: it goes when it is closed
                dialog.finished.connect(dialog.deleteLater)
            else:
                dialog.deleteLater()
                self.dialog = None
            await self.after(key, outcome)
        finally:
            self.running = None
            self.update()

    async def announce(self, customer: Customer | None, subs: list[Subscription],
                       also: list[str | None]) -> None:
        """Index first (search must find the new state), then every view."""
        if customer is not None or subs:
            await self.tab.write_back(customer, subs)
        ids = [customer.id if customer else None, *(s.id for s in subs), *also]
        self.services.changes.announce(ids)


class CustomerCare(CareActions):
    """The customer tab's action: correct the name."""

    tab: CustomerTab

    def __init__(self, tab: CustomerTab) -> None:
        super().__init__(tab)
        self.add_name()
        self.update()

    def block_reason(self, key: str) -> str | None:
        return self.loading_text() if not isinstance(self.tab.current, Customer) else None

    async def make_dialog(self, key: str) -> CareDialog | None:
        return CustomerDialog(self.tab, self.services, self.tab.current)

    async def after(self, key: str, outcome: WriteOutcome[Any]) -> None:
        await name_corrected(self, outcome)


async def name_corrected(actions: CareActions, outcome: WriteOutcome[Any]) -> None:
    customer = outcome.result
    assert isinstance(customer, Customer)
    actions.services.status(QCoreApplication.translate("CareActions", "Name corrected: %1")
                            .replace("%1", customer.display_name or fmt.DASH))
    await actions.announce(customer, [], [])


class SubscriptionCare(CareActions):
    """The workspace's actions: name, billing and payment, termination, §14a."""

    tab: SubscriptionWorkspace

    def __init__(self, tab: SubscriptionWorkspace) -> None:
        super().__init__(tab)
        self.add_name()
        self.add(BILLING, self.tr("Billing and payment…"),
                 self.tr("Change the billing address, the SEPA direct debit or the metadata"),
                 self.tr("Changing billing and payment"))
        self.add(TERMINATE, self.tr("Terminate…"),
                 self.tr("Ordinary termination, move-out or withdrawal"),
                 self.tr("Terminating a contract"))
        self.add(REDUCTION, self.tr("§14a reduction…"),
                 self.tr("Request a §14a EnWG grid fee reduction (module 1, 2 or 3)"),
                 self.tr("Requesting a §14a grid fee reduction"))
        self.update()

    @property
    def subscription(self) -> Subscription | None:
        loaded = self.tab.current
        return loaded.subscription if loaded is not None else None

    @property
    def customer(self) -> Customer | None:
        loaded = self.tab.current
        return loaded.customer if loaded is not None else None

    def block_reason(self, key: str) -> str | None:
        sub = self.subscription
        if sub is None:
            return self.loading_text()
        if key == NAME and self.customer is None:
            return self.tr("Nomos did not send this contract's customer.")
        if key == REDUCTION:
            if sub.type == "feed_in":
                return self.tr("Feed-in contracts pay no grid fees: §14a reductions do not "
                               "apply.")
            if sub.status == "ended":
                return self.tr("The contract has ended.")
        if key == TERMINATE:
            if sub.status == "ended":
                return self.tr("The contract has ended.")
            if sub.terminated_at.value is not None or sub.terminated_at.raw:
                return self.tr("The contract is already terminated: %1").replace(
                    "%1", fmt.subscription_status(sub))
        return None

    async def make_dialog(self, key: str) -> CareDialog | None:
        sub = self.subscription
        if key == NAME and self.customer is not None:
            return CustomerDialog(self.tab, self.services, self.customer)
        if key == BILLING and sub is not None:
            return BillingDialog(self.tab, self.services, sub, self.customer)
        if key == TERMINATE and sub is not None:
            return TerminationDialog(self.tab, self.services, sub, self.customer, self.clock())
        if key == REDUCTION and sub is not None:
            # What is in place and whether a smart meter is on its way decide which modules
            # make sense; the list is also what a lost answer's new reduction is told from.
            client, sub_id = self.services.client, sub.id or ""
            existing, order = await asyncio.gather(
                client.list_grid_fee_reductions(subscription=sub_id).collect(),
                find_order(client, sub_id))
            return ReductionDialog(self.tab, self.services, sub, self.customer, existing,
                                   order is not None)
        return None

    async def after(self, key: str, outcome: WriteOutcome[Any]) -> None:
        if key == NAME:
            await name_corrected(self, outcome)
        elif key == BILLING:
            sub = outcome.result
            assert isinstance(sub, Subscription)
            self.services.status(self.tr("Billing and payment saved for %1.").replace(
                "%1", sub.number or sub.id or ""))
            supplied, sharing = await self.address_siblings(sub)
            await self.announce(None, [sub, *supplied], [sub.customer_id, *sharing])
        elif key == TERMINATE:
            await self.terminated()
        elif key == REDUCTION:
            self.services.status(self.tr("§14a grid fee reduction requested."))
            self.services.changes.announce([self.tab.record_id])

    async def terminated(self) -> None:
        """The answer names only the end: the contract is read again for the index."""
        known = self.subscription
        customer_id = known.customer_id if known is not None else None
        self.services.status(self.tr("Contract %1 terminated.").replace(
            "%1", (known.number if known else None) or self.tab.record_id))
        try:
            sub = await self.services.client.get_subscription(self.tab.record_id)
        except errors.NomosError:  # the tabs read it themselves when they refresh
            self.services.changes.announce([self.tab.record_id, customer_id])
            return
        await self.announce(None, [sub], [customer_id])

    async def address_siblings(self, sub: Subscription) -> tuple[list[Subscription], list[str]]:
        """Nomos changes an address row in place: the customer's other contracts using it
        changed too. Returns the details of those supplied at it (their address is in the
        index) and the ids of all of them (their tabs refresh)."""
        address = sub.billing_address.id if sub.billing_address else sub.billing_address_id
        if not address or not sub.customer_id:
            return [], []
        listed = await self.services.client.list_subscriptions(
            F("customer").eq(sub.customer_id)).collect(max_items=MAX_SIBLINGS)
        sharing = [s for s in listed if s.id and s.id != sub.id
                   and address in (s.address_id, s.billing_address_id)]
        supplied = [await self.services.client.get_subscription(s.id or "")
                    for s in sharing if s.address_id == address]
        return supplied, [s.id for s in sharing if s.id]
