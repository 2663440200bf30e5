"""From the client's and the index's shapes to the board's: the one place that knows both.

The board's logic (domain/) speaks its own plain types; here a MeterOrder becomes
OrderFacts, the pinned version's status table becomes a Lifecycle, and the search
index supplies what Nomos's orders do not carry: the customer's name, the
subscription's number, city, zip and plan (and, for bulk ordering, every
subscription as a Candidate).
"""

from __future__ import annotations

from nomos_desk.api.models import MeterOrder, Timestamp
from nomos_desk.api.versions import ApiVersion
from nomos_desk.domain.bulk_orders import Candidate
from nomos_desk.domain.order_stages import Lifecycle, OrderFacts, Party
from nomos_desk.index.records import CUSTOMER_COLUMNS, CustomerRecord
from nomos_desk.index.store import IndexStore


def lifecycle_of(version: ApiVersion) -> Lifecycle:
    statuses = version.meter_order_statuses
    return Lifecycle(tuple(s.name for s in statuses), {s.name: s.phase for s in statuses})


def facts_of(order: MeterOrder) -> OrderFacts | None:
    """None for a row the board cannot place (no id, subscription or status)."""
    if not order.id or not order.subscription or not order.status:
        return None
    return OrderFacts(
        id=order.id, subscription=order.subscription, status=order.status,
        customer=order.customer, provider=order.provider,
        created_at=order.created_at.value, installed_at=order.installed_at.value,
        activated_at=order.activated_at.value, cancelled_at=order.cancelled_at.value,
        cancelled_reason=order.cancelled_reason, blocked_at=order.blocked_at.value,
        blocked_reason=order.blocked_reason, appointment_at=order.appointment_at.value,
        blocked=order.is_blocked)


_CUSTOMER = ", ".join(f"c.{c}" for c in CUSTOMER_COLUMNS)
_JOIN = (f"SELECT s.id, s.number, s.city, s.zip, s.plan_id, p.name, s.status, s.type, "
         f"s.meter_type, s.created_at, c.id IS NOT NULL, {_CUSTOMER} FROM subscriptions s "
         "LEFT JOIN customers c ON c.id = s.customer_id LEFT JOIN plans p ON p.id = s.plan_id")


def _rows(store: IndexStore) -> list[tuple[Candidate, Party]]:
    out = []
    for row in store.con.execute(_JOIN):
        name = CustomerRecord(*row[11:]).display_name or None if row[10] else None
        party = Party(customer_name=name, number=row[1], city=row[2], zip=row[3],
                      plan_id=row[4], plan_name=row[5])
        out.append((Candidate(subscription=row[0], number=row[1], customer_name=name,
                              status=row[6], type=row[7], meter_type=row[8], plan_id=row[4],
                              plan_name=row[5], zip=row[3], city=row[2],
                              created_at=Timestamp.parse(row[9]).value), party))
    return out


def parties(store: IndexStore) -> dict[str, Party]:
    """Subscription id -> what the index knows (runs on the index's reader thread)."""
    return {candidate.subscription: party for candidate, party in _rows(store)}


def candidates(store: IndexStore) -> list[Candidate]:
    """Every subscription of the index, for a bulk run's dry run."""
    return [candidate for candidate, _ in _rows(store)]
