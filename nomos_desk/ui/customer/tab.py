"""The customer tab: who the customer is and every subscription they hold.

Curie lists carry a subscription's address and meter as ids only, so the table
fetches each subscription's detail (a few at a time); what arrives also refreshes
the search index, as opening a workspace does.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nomos_desk.api.filters import F
from nomos_desk.api.models import Customer, Subscription
from nomos_desk.ui import fmt
from nomos_desk.ui.care.actions import CustomerCare
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.record.section import WIDE, FactsBody, SectionBody, SectionSpec
from nomos_desk.ui.record.tab import RecordTab
from nomos_desk.ui.record.widgets import SmallTable
from nomos_desk.ui.services import Services
from nomos_desk.ui.theme import mark_secondary
from nomos_desk.ui.workspace.cards import customer_rows

DETAILS_AT_ONCE = 4
MAX_SUBSCRIPTIONS = 200


class CustomerFacts(FactsBody):
    async def load(self) -> bool:
        self.facts.set_rows(customer_rows(await self.tab.record()))
        return True


def subscription_row(sub: Subscription, plan_names: dict[str, str]) -> list[str]:
    meter = sub.meter
    meter_text = " ".join(p for p in (fmt.word(meter.type) if meter else None,
                                      meter.number if meter else None) if p)
    return [sub.number or sub.id or fmt.DASH, plan_names.get(sub.plan or "", sub.plan or fmt.DASH),
            fmt.subscription_status(sub), fmt.address(sub.address), meter_text or fmt.DASH]


class CustomerSubscriptions(SectionBody):
    """All subscriptions of the customer; a double click or Enter opens the workspace."""

    def __init__(self, tab: CustomerTab) -> None:
        super().__init__(tab)
        self.subscriptions: list[Subscription] = []
        self.table = SmallTable([self.tr("Subscription"), self.tr("Plan"), self.tr("Status"),
                                 self.tr("Supply address"), self.tr("Meter")], stretch=3)
        self.table.setObjectName("customerSubscriptions")
        self.table.setToolTip(self.tr("Double-click or press Enter to open the subscription"))
        self.table.activated.connect(self._open)
        self.hint = QLabel(self.tr("Double-click a row (or select it and press Enter) to open "
                                   "it."), wordWrap=True)
        mark_secondary(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)

    async def load(self) -> bool:
        client = self.services.client
        listed = await client.list_subscriptions(F("customer").eq(self.tab.record_id)).collect(
            max_items=MAX_SUBSCRIPTIONS)
        gate = asyncio.Semaphore(DETAILS_AT_ONCE)

        async def detail(sub: Subscription) -> Subscription:
            if not sub.id:
                return sub
            async with gate:
                return await client.get_subscription(sub.id)

        subs = list(await asyncio.gather(*(detail(s) for s in listed)))
        # Live contracts first, newest start first within each group.
        subs.sort(key=lambda s: s.start_at.value.timestamp() if s.start_at.value else 0.0,
                  reverse=True)
        subs.sort(key=lambda s: s.status == "ended")
        self.subscriptions = subs
        names = await self.services.plans.names_or_empty()
        self.table.set_rows([subscription_row(s, names) for s in subs],
                            ids=[s.id or "" for s in subs])
        await self.tab.write_back(await self.tab.record(), subs)
        return bool(subs)

    def _open(self, index: QModelIndex) -> None:
        sub_id = self.table.row_id(index.row())
        if sub_id:
            self.tab.open_requested.emit("subscription", sub_id)


class CustomerTab(RecordTab):
    KIND = "customer"
    SECTIONS = (
        SectionSpec("facts", QT_TRANSLATE_NOOP("Sections", "Customer"), CustomerFacts,
                    column=WIDE),
        SectionSpec("subscriptions", QT_TRANSLATE_NOOP("Sections", "Subscriptions"),
                    CustomerSubscriptions,
                    QT_TRANSLATE_NOOP("Sections", "This customer has no subscription yet."),
                    column=WIDE),
    )

    def __init__(self, services: Services, record_id: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(services, record_id, parent)
        self.care = CustomerCare(self)  # the write actions, in the header row

    def related_ids(self) -> set[str]:
        body = self.sections["subscriptions"].body
        assert isinstance(body, CustomerSubscriptions)
        return super().related_ids() | {s.id for s in body.subscriptions if s.id}

    async def fetch_record(self) -> Customer:
        return await self.services.client.get_customer(self.record_id)

    async def show_record(self, record: Customer) -> None:
        title = record.display_name or self.record_id
        self.title_label.setText(title)
        self.subtitle.setText(self.tr("%1 · customer since %2")
                              .replace("%1", fmt.word(record.type or "person"))
                              .replace("%2", fmt.when(record.created_at)))
        self.set_title(title)

    def activate(self) -> None:
        self.sections["subscriptions"].body.setFocus(Qt.FocusReason.ShortcutFocusReason)
