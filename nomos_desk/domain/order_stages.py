"""Smart-meter orders on the rollout board: their facts, their stage and what changed.

Nomos gives an order its status and a handful of timestamps (created, installed,
activated, cancelled, blocked, appointment); it does not say when an order entered
statuses such as "placed" or "scheduled". What the app knows better is kept locally:
the moment a load first saw an order in a status it had not been in before. So the
entry into the current stage is, in this order of preference, the status's own
timestamp, the moment a load saw it change, or (for an order first seen mid-way) the
latest earlier timestamp, which makes the days in the stage a lower bound.

The vocabulary of statuses belongs to the pinned API version; `Lifecycle` carries it
(names in lifecycle order and a phase each) so nothing here names a status of one
version except the milestones whose timestamps the API itself names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

PROGRESS, SUCCESS, CANCELLED, BLOCKED = "progress", "success", "cancelled", "blocked"
OPEN_PHASES = frozenset({PROGRESS, BLOCKED})

# Statuses whose entry the API stamps itself (the same names in every version so far).
MILESTONE_FIELDS = MappingProxyType({"installed": "installed_at", "activated": "activated_at",
                                     "cancelled": "cancelled_at"})

# What "since last look" reports about an order (None: nothing worth a mark).
NEW, MOVED_ON, MOVED_BACK, NEWLY_BLOCKED, UNBLOCKED, ACTIVATED, WAS_CANCELLED = (
    "new", "moved_on", "moved_back", "newly_blocked", "unblocked", "activated", "cancelled")
CHANGES = (MOVED_ON, NEWLY_BLOCKED, ACTIVATED, WAS_CANCELLED, UNBLOCKED, MOVED_BACK, NEW)

DAY = 86400.0


@dataclass(frozen=True, slots=True)
class Lifecycle:
    """A version's meter-order statuses in lifecycle order, each with its phase."""

    statuses: tuple[str, ...]
    phases: Mapping[str, str]
    # The forward path (progress and success statuses): what a funnel counts.
    path: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", tuple(
            s for s in self.statuses if self.phases.get(s) in (PROGRESS, SUCCESS)))

    def phase(self, status: str) -> str:
        return self.phases.get(status, "unknown")

    def rank(self, status: str) -> int:
        """Position in the lifecycle (-1 for a status this version does not know)."""
        try:
            return self.statuses.index(status)
        except ValueError:
            return -1

    @property
    def first(self) -> str | None:
        return self.statuses[0] if self.statuses else None

    def is_open(self, status: str) -> bool:
        return self.phase(status) in OPEN_PHASES or self.phase(status) == "unknown"


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """One order as Nomos described it at the last load."""

    id: str
    subscription: str
    status: str
    customer: str | None = None
    provider: str | None = None
    created_at: datetime | None = None
    installed_at: datetime | None = None
    activated_at: datetime | None = None
    cancelled_at: datetime | None = None
    cancelled_reason: str | None = None
    blocked_at: datetime | None = None
    blocked_reason: str | None = None
    appointment_at: datetime | None = None
    blocked: bool = False  # curie flags a block beside the status

    def stamp(self, name: str) -> datetime | None:
        value = getattr(self, name, None)
        return value if isinstance(value, datetime) else None


@dataclass(frozen=True, slots=True)
class Party:
    """What the search index knows about the order's subscription and customer."""

    customer_name: str | None = None
    number: str | None = None
    city: str | None = None
    zip: str | None = None
    plan_id: str | None = None
    plan_name: str | None = None


NOBODY = Party()


@dataclass(frozen=True, slots=True)
class BoardOrder:
    facts: OrderFacts
    party: Party = NOBODY
    # When loads saw the order enter a status (status -> moment), kept locally.
    entries: Mapping[str, datetime] = field(default_factory=dict)
    change: str | None = None  # since the previous load

    @property
    def id(self) -> str:
        return self.facts.id

    @property
    def status(self) -> str:
        return self.facts.status

    def is_blocked(self, lifecycle: Lifecycle) -> bool:
        return self.facts.blocked or lifecycle.phase(self.facts.status) == BLOCKED


@dataclass(frozen=True, slots=True)
class StageEntry:
    at: datetime | None
    exact: bool  # False: the order was in the stage at least since `at`


def status_entry(order: BoardOrder, status: str, lifecycle: Lifecycle) -> datetime | None:
    """When the order entered `status`, where the API or a load knows it exactly."""
    facts = order.facts
    if status == lifecycle.first and facts.created_at is not None:
        return facts.created_at
    milestone = MILESTONE_FIELDS.get(status)
    if milestone is not None and facts.stamp(milestone) is not None:
        return facts.stamp(milestone)
    if lifecycle.phase(status) == BLOCKED and status == facts.status and facts.blocked_at:
        return facts.blocked_at
    return order.entries.get(status)


def stage_entry(order: BoardOrder, lifecycle: Lifecycle) -> StageEntry:
    exact = status_entry(order, order.status, lifecycle)
    if exact is not None:
        return StageEntry(exact, True)
    facts = order.facts
    earlier = [t for t in (facts.created_at, facts.installed_at, facts.activated_at,
                           *order.entries.values()) if t is not None]
    return StageEntry(max(earlier) if earlier else None, False)


def days_between(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / DAY


def days_in_stage(order: BoardOrder, lifecycle: Lifecycle, now: datetime
                  ) -> tuple[int, bool] | None:
    """(whole days in the current stage, exact); None when nothing dates the order."""
    entry = stage_entry(order, lifecycle)
    if entry.at is None:
        return None
    return max(0, int(days_between(entry.at, now))), entry.exact


# -- since last look ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Seen:
    """What the previous load saw of an order."""

    status: str
    blocked: bool


def change_of(before: Seen | None, now: Seen, lifecycle: Lifecycle) -> str | None:
    if before is None:
        return NEW
    phase = lifecycle.phase(now.status)
    if now.status != before.status:
        if phase == SUCCESS:
            return ACTIVATED
        if phase == CANCELLED:
            return WAS_CANCELLED
        if phase == BLOCKED:
            return NEWLY_BLOCKED
        if lifecycle.phase(before.status) == BLOCKED:
            return UNBLOCKED
        return MOVED_ON if lifecycle.rank(now.status) > lifecycle.rank(before.status) \
            else MOVED_BACK
    if now.blocked and not before.blocked:
        return NEWLY_BLOCKED
    if before.blocked and not now.blocked:
        return UNBLOCKED
    return None


def summarize(changes: Iterable[str | None]) -> dict[str, int]:
    """How many orders had each kind of change, in the order CHANGES lists them."""
    counts = Counter(c for c in changes if c is not None)
    return {kind: counts[kind] for kind in CHANGES if counts[kind]}
