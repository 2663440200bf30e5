"""Smart-meter orders, §14a grid fee reductions and webhook events.

Meter-order statuses are deliberately plain strings: their vocabulary depends on
the API version (see ``nomos_desk.api.versions``), and one the table does not know
yet is still shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .base import UNKNOWN_TIME, Model, Timestamp

GRID_FEE_REDUCTION_TYPES = ("enwg-14a-module-1", "enwg-14a-module-2", "enwg-14a-module-3")
GRID_FEE_REDUCTION_STATUSES = ("intended", "ordered", "rejected", "activated", "ended")


@dataclass(frozen=True, kw_only=True)
class MeterOrder(Model):
    object: str | None = None
    id: str | None = None
    subscription: str | None = None
    customer: str | None = None
    provider: str | None = None
    status: str | None = None
    created_at: Timestamp = UNKNOWN_TIME
    installed_at: Timestamp = UNKNOWN_TIME
    activated_at: Timestamp = UNKNOWN_TIME
    cancelled_at: Timestamp = UNKNOWN_TIME
    cancelled_reason: str | None = None
    blocked_at: Timestamp = UNKNOWN_TIME
    blocked_reason: str | None = None
    appointment_at: Timestamp = UNKNOWN_TIME

    @property
    def is_blocked(self) -> bool:
        # curie flags a block beside the status; a raw value that did not parse still
        # means the server set it.
        return self.blocked_at.raw is not None or self.blocked_reason is not None


@dataclass(frozen=True, kw_only=True)
class GridFeeReduction(Model):
    object: str | None = None
    id: str | None = None
    subscription: str | None = None
    customer: str | None = None
    type: str | None = None
    status: str | None = None
    valid_from: Timestamp = UNKNOWN_TIME
    valid_until: Timestamp = UNKNOWN_TIME
    created_at: Timestamp = UNKNOWN_TIME
    updated_at: Timestamp = UNKNOWN_TIME


@dataclass(frozen=True, kw_only=True)
class Event(Model):
    id: str | None = None
    topic: str | None = None
    timestamp: Timestamp = UNKNOWN_TIME
    # Ids of the objects the event is about (subscription, invoice, meter_order, lead);
    # the keys vary by topic, so a plain mapping of strings.
    context: dict[str, Any] | None = None

    def context_id(self, kind: str) -> str | None:
        value = (self.context or {}).get(kind)
        return value if isinstance(value, str) else None
