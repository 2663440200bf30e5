"""Hand-made orders for the rollout tests: curie's and edison's lifecycles as the client
pins them, and a builder that dates an order in days before a fixed now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nomos_desk.api.versions import CURIE, EDISON, get_version
from nomos_desk.domain.order_stages import BoardOrder, Lifecycle, OrderFacts, Party

NOW = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)


def lifecycle(version: str = CURIE) -> Lifecycle:
    statuses = get_version(version).meter_order_statuses
    return Lifecycle(tuple(s.name for s in statuses), {s.name: s.phase for s in statuses})


CURIE_LIFE = lifecycle(CURIE)
EDISON_LIFE = lifecycle(EDISON)


def ago(days: float | None) -> datetime | None:
    return None if days is None else NOW - timedelta(days=days)


def order(oid: str, status: str, *, created: float | None = 100, installed: float | None = None,
          activated: float | None = None, cancelled: float | None = None,
          blocked: float | None = None, appointment: float | None = None,
          blocked_reason: str | None = None, cancelled_reason: str | None = None,
          provider: str = "metrify", entries: dict[str, float] | None = None,
          party: Party | None = None, sub: str | None = None) -> BoardOrder:
    facts = OrderFacts(
        id=oid, subscription=sub or f"sub_{oid}", status=status, customer=f"cus_{oid}",
        provider=provider, created_at=ago(created), installed_at=ago(installed),
        activated_at=ago(activated), cancelled_at=ago(cancelled),
        cancelled_reason=cancelled_reason, blocked_at=ago(blocked),
        blocked_reason=blocked_reason, appointment_at=ago(appointment),
        blocked=blocked is not None or blocked_reason is not None)
    moments = {s: NOW - timedelta(days=d) for s, d in (entries or {}).items()}
    return BoardOrder(facts, party or Party(), moments)
