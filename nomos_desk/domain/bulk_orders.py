"""Who gets a smart meter in a bulk run, and who would be refused and why (the dry run).

The candidates are the subscriptions of a cohort that have no meter order yet, read
from the search index. Ordering makes sense for an active consumption subscription
with an analog meter on a plan that has a smart-meter product. Nomos does not say
which plans have one; what ordering has learnt (an order on the plan, or a 400
`unsupported_product`) is passed in, and a plan nobody has learnt about yet is tried.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass
from datetime import datetime

from nomos_desk.domain.cohorts import Cohort, where_and_who

# Why a candidate would be refused (shown translated by the UI).
NOT_ACTIVE, ENDED, FEED_IN, SMART_METER, METER_UNKNOWN, PLAN_LACKS_PRODUCT = (
    "not_active", "ended", "feed_in", "smart_meter", "meter_unknown", "plan_lacks_product")
REFUSALS = (PLAN_LACKS_PRODUCT, SMART_METER, METER_UNKNOWN, FEED_IN, NOT_ACTIVE, ENDED)


@dataclass(frozen=True, slots=True)
class Candidate:
    subscription: str
    number: str | None = None
    customer_name: str | None = None
    status: str | None = None
    type: str | None = None
    meter_type: str | None = None
    plan_id: str | None = None
    plan_name: str | None = None
    zip: str | None = None
    city: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class DryRun:
    to_order: list[Candidate]
    refused: list[tuple[Candidate, str]]

    @property
    def total(self) -> int:
        return len(self.to_order) + len(self.refused)

    def refusal_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _, reason in self.refused:
            counts[reason] = counts.get(reason, 0) + 1
        return {r: counts[r] for r in REFUSALS if r in counts}


def in_cohort(candidate: Candidate, cohort: Cohort) -> bool:
    """The cohort's filters that apply to a subscription (plan, place, created, text)."""
    return where_and_who(cohort, candidate.plan_id, candidate.zip, candidate.city,
                         candidate.created_at, candidate.customer_name, candidate.number,
                         candidate.subscription, candidate.city)


def refusal(candidate: Candidate, has_product: Callable[[str | None], bool | None]
            ) -> str | None:
    """Why Nomos would refuse (or cancel) an order for the candidate; None: order it."""
    if candidate.status == "ended":
        return ENDED
    if candidate.status != "active":
        return NOT_ACTIVE
    if candidate.type != "consumption":
        return FEED_IN
    if has_product(candidate.plan_id) is False:
        return PLAN_LACKS_PRODUCT
    if candidate.meter_type == "smart":
        return SMART_METER
    if candidate.meter_type != "analog":
        return METER_UNKNOWN
    return None


def dry_run(candidates: Iterable[Candidate], cohort: Cohort, with_orders: Set[str],
            has_product: Callable[[str | None], bool | None]) -> DryRun:
    to_order: list[Candidate] = []
    refused: list[tuple[Candidate, str]] = []
    for candidate in candidates:
        if candidate.subscription in with_orders or not in_cohort(candidate, cohort):
            continue
        why = refusal(candidate, has_product)
        if why is None:
            to_order.append(candidate)
        else:
            refused.append((candidate, why))
    return DryRun(to_order, refused)
