"""Cohorts of the rollout: named sets of filters over orders (and subscriptions).

Nomos filters meter orders by status, customer and subscription only; everything
else a rollout manager asks for (provider, plan, zip or city, created between,
blocked, stalled, a name) is applied here, on the stored orders joined with the
search index. A cohort is plain data, saved as JSON in the profile's store.

"Needs attention" is a cohort of its own: blocked orders, and open orders that
have been in their stage longer than usual. The usual time of a stage is the 90th
percentile of the stays the app has seen end in that stage (at least ten of them),
else a month; an order waiting for an appointment that still lies ahead is waiting
as planned.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from nomos_desk.domain.order_stages import BoardOrder, Lifecycle, days_in_stage
from nomos_desk.domain.rollout import percentile

from .berlin import local_day

USUAL_DAYS = 30.0        # until enough stays were seen: metering moves in weeks
MIN_STAYS = 10           # stays of a stage before its own 90th percentile counts


@dataclass(frozen=True, slots=True)
class Cohort:
    name: str = ""
    provider: str | None = None
    plan: str | None = None
    place: str = ""                 # a zip prefix (digits) or a city
    created_from: date | None = None
    created_to: date | None = None
    blocked_only: bool = False
    stalled_days: int | None = None  # longer than this many days in the current stage
    text: str = ""                   # name, subscription number, ids
    attention: bool = False          # the "needs attention" rule
    moved_only: bool = False         # only what changed since the last look

    def named(self, name: str) -> Cohort:
        return replace(self, name=name)

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("created_from", "created_to"):
            data[key] = data[key].isoformat() if data[key] else None
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Cohort:
        """A saved cohort; fields it does not know or cannot read are left at their default
        (a cohort saved by a later version still opens)."""
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("a cohort is a JSON object")
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = raw.get(f.name)
            if f.name in ("created_from", "created_to"):
                try:
                    values[f.name] = date.fromisoformat(value) if isinstance(value, str) else None
                except ValueError:
                    values[f.name] = None
            elif f.name == "stalled_days":
                values[f.name] = value if isinstance(value, int) and value > 0 else None
            elif f.name in ("blocked_only", "attention", "moved_only"):
                values[f.name] = value is True
            elif f.name in ("provider", "plan"):
                values[f.name] = value if isinstance(value, str) and value else None
            else:
                values[f.name] = value if isinstance(value, str) else ""
        return cls(**values)


NEEDS_ATTENTION = Cohort(attention=True)


def usual_days(stays: Mapping[str, Sequence[float]]) -> dict[str, float]:
    """The usual time (days) of each stage with enough observed stays."""
    return {status: max(percentile(days, 90), 1.0)
            for status, days in stays.items() if len(days) >= MIN_STAYS}


def _folded(*parts: str | None) -> str:
    return " ".join(p for p in parts if p).casefold()


def matches_place(place: str, zip_code: str | None, city: str | None) -> bool:
    wanted = place.strip()
    if not wanted:
        return True
    if wanted.isdigit():
        return bool(zip_code) and str(zip_code).startswith(wanted)
    return bool(city) and wanted.casefold() in str(city).casefold()


def matches_text(text: str, haystack: str) -> bool:
    return all(word in haystack for word in text.casefold().split())


def in_days(day: date | None, start: date | None, end: date | None) -> bool:
    if start is None and end is None:
        return True
    if day is None:
        return False
    return (start is None or day >= start) and (end is None or day <= end)


def where_and_who(cohort: Cohort, plan_id: str | None, zip_code: str | None,
                  city: str | None, created: datetime | None, *words: str | None) -> bool:
    """The filters a subscription has too (plan, place, created, text): shared by the
    board's orders and the bulk run's subscriptions."""
    if cohort.plan and plan_id != cohort.plan:
        return False
    if not matches_place(cohort.place, zip_code, city):
        return False
    if not in_days(local_day(created) if created else None, cohort.created_from, cohort.created_to):
        return False
    return not cohort.text.strip() or matches_text(cohort.text, _folded(*words))


class CohortFilter:
    """Decides membership for one cohort at one moment (stalled and usual depend on now)."""

    def __init__(self, cohort: Cohort, lifecycle: Lifecycle, now: datetime,
                 usual: Mapping[str, float] | None = None) -> None:
        self.cohort = cohort
        self.lifecycle = lifecycle
        self.now = now
        self.usual = dict(usual or {})

    def usual_for(self, status: str) -> float:
        return self.usual.get(status, USUAL_DAYS)

    def stalled(self, order: BoardOrder, days: float) -> bool:
        """Open, longer than `days` in its stage, and not simply waiting for a date ahead."""
        if not self.lifecycle.is_open(order.status):
            return False
        appointment = order.facts.appointment_at
        if appointment is not None and appointment > self.now:
            return False
        stage = days_in_stage(order, self.lifecycle, self.now)
        return stage is not None and stage[0] > days

    def needs_attention(self, order: BoardOrder) -> bool:
        return order.is_blocked(self.lifecycle) or self.stalled(order, self.usual_for(order.status))

    def __call__(self, order: BoardOrder) -> bool:
        c, facts, party = self.cohort, order.facts, order.party
        if c.provider and facts.provider != c.provider:
            return False
        if not where_and_who(c, party.plan_id, party.zip, party.city, facts.created_at,
                             party.customer_name, party.number, facts.id, facts.subscription,
                             party.city):
            return False
        if c.blocked_only and not order.is_blocked(self.lifecycle):
            return False
        if c.stalled_days is not None and not self.stalled(order, c.stalled_days):
            return False
        if c.attention and not self.needs_attention(order):
            return False
        return not (c.moved_only and order.change is None)
