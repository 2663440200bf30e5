"""What the board holds: every known order joined with the index, and the cohort.

The last stored load is the starting point; pages of a fresh load replace a column's
cards from its first page on; a finished load is written to the store and read back,
so marks and stage entries always come from one place. Columns are sorted by
urgency: blocked orders first, then the longest in their stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from nomos_desk.domain.cohorts import Cohort, CohortFilter, usual_days
from nomos_desk.domain.order_stages import (
    NOBODY,
    BoardOrder,
    Lifecycle,
    OrderFacts,
    Party,
    stage_entry,
    summarize,
)
from nomos_desk.domain.order_store import Snapshot
from nomos_desk.domain.rollout import stays_by_status

FAR_FUTURE = datetime.max.replace(tzinfo=UTC)


class BoardState:
    def __init__(self, lifecycle: Lifecycle) -> None:
        self.lifecycle = lifecycle
        self.orders: dict[str, BoardOrder] = {}
        self.known: dict[str, BoardOrder] = {}  # as stored: entries and marks
        self.parties: dict[str, Party] = {}
        self.cohort = Cohort()
        self.usual: dict[str, float] = {}
        self.now = datetime.now(UTC)
        self.loaded_at: datetime | None = None
        self.changes: dict[str, int] = {}
        self._fresh: set[str] = set()

    # -- filling -----------------------------------------------------------------------
    def _join(self, order: BoardOrder) -> BoardOrder:
        party = self.parties.get(order.facts.subscription, NOBODY)
        if party is order.party:
            return order
        return BoardOrder(order.facts, party, order.entries, order.change)

    def set_parties(self, parties: Mapping[str, Party]) -> None:
        self.parties = dict(parties)
        self.orders = {k: self._join(o) for k, o in self.orders.items()}

    def load_snapshot(self, snapshot: Snapshot) -> None:
        self.now = datetime.now(UTC)
        self.known = {o.id: o for o in snapshot.orders}
        self.orders = {k: self._join(o) for k, o in self.known.items()}
        self.loaded_at = snapshot.loaded_at
        self.changes = summarize(o.change for o in snapshot.orders)
        self.usual = usual_days(stays_by_status(self.orders.values(), self.lifecycle))
        self._fresh = set()

    def begin_load(self) -> None:
        self.now = datetime.now(UTC)
        self._fresh = set()

    def put_page(self, status: str, page: Iterable[OrderFacts]
                 ) -> tuple[list[BoardOrder], dict[str, set[str]]]:
        """A fresh page: (its cards, ids to take off each column). The first page of a
        status takes that column's stored cards off; they come back as pages arrive."""
        gone: dict[str, set[str]] = {}
        if status not in self._fresh:
            self._fresh.add(status)
            stale = {k for k, o in self.orders.items() if o.status == status}
            for key in stale:
                del self.orders[key]
            gone[status] = stale
        added = []
        for facts in page:
            before = self.orders.get(facts.id)
            if before is not None and before.status != status:
                gone.setdefault(before.status, set()).add(facts.id)
            stored = self.known.get(facts.id)
            order = BoardOrder(facts, self.parties.get(facts.subscription, NOBODY),
                               stored.entries if stored else {},
                               stored.change if stored and stored.status == facts.status
                               else None)
            self.orders[facts.id] = order
            added.append(order)
        return added, gone

    # -- reading -----------------------------------------------------------------------
    def filter(self) -> CohortFilter:
        return CohortFilter(self.cohort, self.lifecycle, self.now, self.usual)

    def urgency(self, order: BoardOrder) -> tuple[int, datetime]:
        entry = stage_entry(order, self.lifecycle).at
        return (0 if order.is_blocked(self.lifecycle) else 1, entry or FAR_FUTURE)

    def column(self, status: str) -> list[BoardOrder]:
        keep = self.filter()
        cards = [o for o in self.orders.values() if o.status == status and keep(o)]
        return sorted(cards, key=self.urgency)

    def total(self, status: str) -> int:
        return sum(1 for o in self.orders.values() if o.status == status)

    def visible(self) -> list[BoardOrder]:
        """The cohort's orders over all columns, in column order."""
        out: list[BoardOrder] = []
        for status in self.lifecycle.statuses:
            out.extend(self.column(status))
        return out
