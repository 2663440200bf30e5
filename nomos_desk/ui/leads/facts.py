"""What a lead is about, although Nomos's lead carries neither plan nor customer.

The plan comes from the app's own metadata (leads made here) or the checkout link's
host (`<plan slug>.checkout.energy`); the customer from the app's metadata, or, once
the lead converted, from its subscription's customer in the local search index.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from nomos_desk.api.models import Lead, Plan
from nomos_desk.domain.leads import CUSTOMER_KEY, PLAN_KEY, plan_slug
from nomos_desk.index.store import IndexStore
from nomos_desk.ui import fmt

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services


@dataclass
class LeadNames:
    """Plan names (by id and by slug) and customer names of converted leads."""

    by_plan: dict[str, str] = field(default_factory=dict)
    by_slug: dict[str, str] = field(default_factory=dict)
    by_subscription: dict[str, str] = field(default_factory=dict)

    def learn_plans(self, plans: Iterable[Plan]) -> None:
        for plan in plans:
            if plan.id:
                self.by_plan[plan.id] = plan.name or plan.id
            if plan.slug:
                self.by_slug[plan.slug] = plan.name or plan.slug

    def plan(self, lead: Lead) -> str:
        meta = lead.metadata or {}
        plan_id = meta.get(PLAN_KEY)
        if isinstance(plan_id, str) and plan_id:
            return self.by_plan.get(plan_id, plan_id)
        slug = plan_slug(lead.link)
        return self.by_slug.get(slug, slug) if slug else fmt.DASH

    def customer(self, lead: Lead) -> str:
        name = (lead.metadata or {}).get(CUSTOMER_KEY)
        if isinstance(name, str) and name:
            return name
        if lead.subscription:
            return self.by_subscription.get(lead.subscription, fmt.DASH)
        return fmt.DASH

    async def learn_customers(self, services: Services, leads: Iterable[Lead]) -> bool:
        """Names of converted leads' customers from the index; True when any was new."""
        wanted = [lead.subscription for lead in leads if lead.subscription
                  and lead.subscription not in self.by_subscription]
        if not wanted:
            return False
        found = await services.index.read(lambda store: customer_names(store, wanted))
        self.by_subscription.update(found)
        return bool(found)


def customer_names(store: IndexStore, subscription_ids: list[str]) -> dict[str, str]:
    out = {}
    for sub_id in subscription_ids:
        sub = store.subscription(sub_id)
        customer = store.customer(sub.customer_id) if sub and sub.customer_id else None
        if customer is not None and customer.display_name:
            out[sub_id] = customer.display_name
    return out


def converted_text(lead: Lead) -> str:
    """Under a "Converted" heading: when, or not yet."""
    if not lead.subscription:
        return QCoreApplication.translate("LeadFacts", "Not yet")
    if lead.subscribed_at.value is None and not lead.subscribed_at.raw:
        return QCoreApplication.translate("LeadFacts", "Yes")
    return fmt.when(lead.subscribed_at)


def converted_phrase(lead: Lead) -> str:
    """In a sentence: "converted 14.11.2024" or "not converted yet"."""
    if not lead.subscription:
        return QCoreApplication.translate("LeadFacts", "not converted yet")
    return QCoreApplication.translate("LeadFacts", "converted %1").replace(
        "%1", converted_text(lead))
