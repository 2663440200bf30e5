"""A subscription workspace: one tab with the contract, customer, meter order and lists."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from nomos_desk.api.models import Customer, Subscription
from nomos_desk.ui import fmt
from nomos_desk.ui.care.actions import SubscriptionCare
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.invoices.section import SubscriptionInvoices
from nomos_desk.ui.record.section import LEFT, RIGHT, WIDE, SectionSpec
from nomos_desk.ui.record.tab import RecordTab
from nomos_desk.ui.services import Services
from nomos_desk.ui.usage.glance import PriceGlance
from nomos_desk.ui.usage.readings import ReadingsPanel
from nomos_desk.ui.usage.section import UsageSection
from nomos_desk.ui.workspace.cards import ContractCard, CustomerCard, ReductionsTable
from nomos_desk.ui.workspace.meter_order import MeterOrderPanel


@dataclass(frozen=True, slots=True)
class LoadedSubscription:
    subscription: Subscription
    customer: Customer | None


class SubscriptionWorkspace(RecordTab):
    KIND = "subscription"
    SECTIONS = (
        SectionSpec("contract", QT_TRANSLATE_NOOP("Sections", "Contract"), ContractCard,
                    column=LEFT),
        SectionSpec("customer", QT_TRANSLATE_NOOP("Sections", "Customer"), CustomerCard,
                    column=RIGHT),
        SectionSpec("meter_order", QT_TRANSLATE_NOOP("Sections", "Smart-meter order"),
                    MeterOrderPanel, column=RIGHT),
        SectionSpec("prices", QT_TRANSLATE_NOOP("Sections", "Today's and tomorrow's prices"),
                    PriceGlance, QT_TRANSLATE_NOOP(
                        "Sections", "Nomos gives prices only while a subscription is active."),
                    column=LEFT),
        SectionSpec("reductions", QT_TRANSLATE_NOOP("Sections", "§14a EnWG grid fee reductions"),
                    ReductionsTable, QT_TRANSLATE_NOOP(
                        "Sections", "No §14a grid fee reductions for this subscription."),
                    column=RIGHT),
        # "&&": a group box title would take a single "&" for a keyboard shortcut.
        SectionSpec("usage", QT_TRANSLATE_NOOP("Sections", "Usage && prices"), UsageSection,
                    column=WIDE),
        # Wide: five columns and the form to submit a reading.
        SectionSpec("readings", QT_TRANSLATE_NOOP("Sections", "Meter readings"), ReadingsPanel,
                    QT_TRANSLATE_NOOP("Sections", "No meter readings recorded yet."),
                    column=WIDE),
        SectionSpec("invoices", QT_TRANSLATE_NOOP("Sections", "Invoices"), SubscriptionInvoices,
                    QT_TRANSLATE_NOOP("Sections", "No invoices for this subscription yet."),
                    column=WIDE),
    )

    def __init__(self, services: Services, record_id: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(services, record_id, parent)
        self.care = SubscriptionCare(self)  # the write actions, in the header row

    @property
    def subscription_id(self) -> str:
        return self.record_id

    @property
    def order_panel(self) -> MeterOrderPanel:
        body = self.sections["meter_order"].body
        assert isinstance(body, MeterOrderPanel)
        return body

    def related_ids(self) -> set[str]:
        ids = super().related_ids()
        loaded = self.current
        if isinstance(loaded, LoadedSubscription):
            ids.add(loaded.subscription.customer_id or "")
            if loaded.customer is not None:
                ids.add(loaded.customer.id or "")
        return ids - {""}

    async def fetch_record(self) -> LoadedSubscription:
        client = self.services.client
        sub = await client.get_subscription(self.record_id)
        customer = sub.customer
        if customer is None and sub.customer_id:
            customer = await client.get_customer(sub.customer_id)
        await self.write_back(customer, [sub])
        return LoadedSubscription(sub, customer)

    async def show_record(self, record: LoadedSubscription) -> None:
        sub, customer = record.subscription, record.customer
        who = customer.display_name if customer is not None else fmt.DASH
        title = f"{who} · {sub.number or sub.id}"
        self.title_label.setText(title)
        meter = fmt.word(sub.meter.type) if sub.meter else None
        plan = await self.services.plans.name(sub.plan)
        self.subtitle.setText(" · ".join(p for p in (
            fmt.subscription_status(sub), fmt.word(sub.type), plan or sub.plan, meter) if p))
        self.set_title(title)
