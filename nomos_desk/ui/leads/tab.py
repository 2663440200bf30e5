"""A lead in its own tab: every field Nomos keeps, the checkout link, the subscription."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from PySide6.QtWidgets import QPushButton, QVBoxLayout

from nomos_desk.api.models import Lead, Subscription
from nomos_desk.ui import fmt
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.leads.facts import LeadNames, converted_phrase, converted_text
from nomos_desk.ui.leads.link import LinkBox
from nomos_desk.ui.record.section import LEFT, RIGHT, FactsBody, SectionBody, SectionSpec
from nomos_desk.ui.record.tab import RecordTab
from nomos_desk.ui.record.widgets import FormCard, SmallTable
from nomos_desk.ui.widgets import left_row, named

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LoadedLead:
    lead: Lead
    names: LeadNames


class LeadFacts(FactsBody):
    async def load(self) -> bool:
        loaded: LoadedLead = await self.tab.record()
        lead, names = loaded.lead, loaded.names
        self.facts.set_rows([
            ("id", self.tr("Lead"), lead.id or fmt.DASH),
            ("customer", self.tr("Customer"), names.customer(lead)),
            ("plan", self.tr("Plan"), names.plan(lead)),
            ("created", self.tr("Created"), fmt.when(lead.created_at, with_time=True)),
            ("created_by", self.tr("Created by"), lead.created_by or fmt.DASH),
            ("visited", self.tr("Last visited"), fmt.when(lead.last_visited_at, with_time=True)),
            ("converted", self.tr("Converted"), converted_text(lead)),
            ("subscription", self.tr("Subscription"), lead.subscription or fmt.DASH),
        ])
        return True


class LeadLink(SectionBody):
    def __init__(self, tab: LeadTab) -> None:
        super().__init__(tab)
        self.link = LinkBox(stacked=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.link)
        layout.addStretch(1)

    async def load(self) -> bool:
        loaded: LoadedLead = await self.tab.record()
        self.link.set_link(loaded.lead.link or "")
        return bool(loaded.lead.link)


class LeadMetadata(SectionBody):
    def __init__(self, tab: LeadTab) -> None:
        super().__init__(tab)
        self.table = named(SmallTable([self.tr("Key"), self.tr("Value")], stretch=1),
                           "leadMetadataTable")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    async def load(self) -> bool:
        loaded: LoadedLead = await self.tab.record()
        metadata = loaded.lead.metadata or {}
        self.table.set_rows([[str(k), "" if v is None else str(v)]
                             for k, v in sorted(metadata.items())])
        return bool(metadata)


class LeadSubscription(SectionBody):
    """The subscription the prospect's checkout created."""

    def __init__(self, tab: LeadTab) -> None:
        super().__init__(tab)
        self.subscription: Subscription | None = None
        self.facts = FormCard()
        self.open_button = named(QPushButton(self.tr("Open subscription")),
                                 "openConvertedSubscription")
        self.open_button.clicked.connect(self._open)
        row = left_row(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.facts)
        layout.addLayout(row)

    async def load(self) -> bool:
        loaded: LoadedLead = await self.tab.record()
        if not loaded.lead.subscription:
            return False
        sub = await self.services.client.get_subscription(loaded.lead.subscription)
        self.subscription = sub
        customer = sub.customer.display_name if sub.customer else None
        plan = await self.services.plans.name(sub.plan)
        self.facts.set_rows([
            ("number", self.tr("Number"), sub.number or sub.id or fmt.DASH),
            ("status", self.tr("Status"), fmt.subscription_status(sub)),
            ("customer", self.tr("Customer"), customer or fmt.DASH),
            ("plan", self.tr("Plan"), plan or sub.plan or fmt.DASH),
            ("address", self.tr("Supply address"), fmt.address(sub.address)),
            ("start", self.tr("Supply start"), fmt.when(sub.start_at)),
        ])
        return True

    def _open(self) -> None:
        if self.subscription is not None and self.subscription.id:
            self.tab.open_requested.emit("subscription", self.subscription.id)


class LeadTab(RecordTab):
    KIND = "lead"
    SECTIONS = (
        SectionSpec("facts", QT_TRANSLATE_NOOP("Sections", "Lead"), LeadFacts, column=LEFT),
        SectionSpec("link", QT_TRANSLATE_NOOP("Sections", "Checkout link"), LeadLink,
                    QT_TRANSLATE_NOOP("Sections", "Nomos sent no link for this lead."),
                    column=RIGHT),
        SectionSpec("subscription", QT_TRANSLATE_NOOP("Sections", "Subscription"),
                    LeadSubscription, QT_TRANSLATE_NOOP(
                        "Sections", "Not converted yet: the prospect has not finished the "
                        "checkout."), column=RIGHT),
        SectionSpec("metadata", QT_TRANSLATE_NOOP("Sections", "Metadata"), LeadMetadata,
                    QT_TRANSLATE_NOOP("Sections", "This lead carries no metadata."),
                    column=LEFT),
    )

    async def fetch_record(self) -> LoadedLead:
        lead = await self.services.client.get_lead(self.record_id)
        names = LeadNames()
        try:  # names are a courtesy: without them ids and slugs stand in
            names.learn_plans(await self.services.plans.plans())
            await names.learn_customers(self.services, [lead])
        except asyncio.CancelledError:
            raise
        except Exception:
            log.info("names for lead %s unavailable", self.record_id, exc_info=True)
        return LoadedLead(lead, names)

    async def show_record(self, record: LoadedLead) -> None:
        lead, names = record.lead, record.names
        customer = names.customer(lead)
        title = self.tr("Lead for %1").replace("%1", customer) if customer != fmt.DASH \
            else self.tr("Lead %1").replace("%1", lead.id or self.record_id)
        self.title_label.setText(title)
        self.subtitle.setText(" · ".join((
            names.plan(lead),
            self.tr("created %1").replace("%1", fmt.when(lead.created_at)),
            converted_phrase(lead))))
        self.set_title(title)
