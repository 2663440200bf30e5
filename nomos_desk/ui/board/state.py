"""What the board holds: every known order joined with the index, and the cohort.

The last stored load is the starting point; pages of a fresh load replace a column's
cards from its first page on; when the load is stored, the store's verdict (what
changed, which stages began) is applied to the orders on hand. Columns are sorted by
urgency: blocked orders first, then the longest in their stage. Everything here runs
on the event loop, so the work per order is kept small (counts kept, not recounted;
the usual stage times computed only when a cohort asks for them).
"""

from __future__ import annotations

from collections import Counter
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
from nomos_desk.domain.order_store import Look, Snapshot
from nomos_desk.domain.rollout import stays_by_status

FAR_FUTURE = datetime.max.replace(tzinfo=UTC)
Urgency = tuple[int, datetime]


class BoardState:
    def __init__(self, lifecycle: Lifecycle) -> None:
        self.lifecycle = lifecycle
        self.orders: dict[str, BoardOrder] = {}
        self.known: dict[str, BoardOrder] = {}  # as stored: entries and marks
        self.parties: dict[str, Party] = {}
        self.cohort = Cohort()
        self.now = datetime.now(UTC)
        self.loaded_at: datetime | None = None
        self.changes: dict[str, int] = {}
        self.counts: Counter[str] = Counter()
        self._fresh: set[str] = set()
        self._usual: dict[str, float] | None = None
        self._urgency: dict[str, tuple[BoardOrder, Urgency]] = {}

    # -- filling -----------------------------------------------------------------------
    def _join(self, order: BoardOrder) -> BoardOrder:
        party = self.parties.get(order.facts.subscription, NOBODY)
        if party == order.party:
            return order
        return BoardOrder(order.facts, party, order.entries, order.change)

    def _replace_all(self, orders: Iterable[BoardOrder]) -> None:
        self.orders = {o.id: o for o in orders}
        self.counts = Counter(o.status for o in self.orders.values())
        self._usual = None

    def set_parties(self, parties: Mapping[str, Party]) -> None:
        self.parties = dict(parties)
        self._replace_all(self._join(o) for o in self.orders.values())

    def load_snapshot(self, snapshot: Snapshot) -> None:
        self.now = datetime.now(UTC)
        self.known = {o.id: o for o in snapshot.orders}
        self._replace_all(self._join(o) for o in snapshot.orders)
        self.loaded_at = snapshot.loaded_at
        self.changes = summarize(o.change for o in snapshot.orders)
        self._fresh = set()

    def begin_load(self) -> None:
        self.now = datetime.now(UTC)
        self._fresh = set()

    def _drop(self, order_id: str) -> BoardOrder | None:
        gone = self.orders.pop(order_id, None)
        if gone is not None:
            self.counts[gone.status] -= 1
        return gone

    def put_page(self, status: str, page: Iterable[OrderFacts]
                 ) -> tuple[list[BoardOrder], dict[str, set[str]]]:
        """A fresh page: (its cards, ids to take off each column). The first page of a
        status takes that column's stored cards off; they come back as pages arrive."""
        gone: dict[str, set[str]] = {}
        if status not in self._fresh:
            self._fresh.add(status)
            stale = {k for k, o in self.orders.items() if o.status == status}
            for key in stale:
                self._drop(key)
            gone[status] = stale
        added = []
        for facts in page:
            before = self._drop(facts.id)
            if before is not None and before.status != status:
                gone.setdefault(before.status, set()).add(facts.id)
            stored = self.known.get(facts.id)
            order = BoardOrder(facts, self.parties.get(facts.subscription, NOBODY),
                               stored.entries if stored else {},
                               stored.change if stored and stored.status == facts.status
                               else None)
            self.orders[facts.id] = order
            self.counts[status] += 1
            self.urgency(order)  # its sort key now, page by page, not all at the end
            added.append(order)
        # The usual days per stage are not recomputed per page: over all orders that took
        # 10 s for a 20,000-order load with "Needs attention" on. finish_load renews them.
        return added, gone

    def finish_load(self, look: Look) -> set[str]:
        """The store's verdict on the load: marks, and the stages seen beginning. Returns
        the statuses whose cards changed (only those columns need showing again)."""
        touched = set()
        for order_id, change in look.changes.items():
            order = self.orders.get(order_id)
            entered = look.entered.get(order_id)
            if order is None or (change == order.change and entered is None):
                continue
            entries = {**order.entries, entered: look.at} if entered else order.entries
            self.orders[order_id] = BoardOrder(order.facts, order.party, entries, change)
            touched.add(order.status)
        self._usual = None
        self.known = dict(self.orders)
        self.loaded_at = look.at
        self.changes = summarize(o.change for o in self.orders.values())
        return touched

    # -- reading -----------------------------------------------------------------------
    @property
    def usual(self) -> dict[str, float]:
        """The usual time of each stage, from the stays seen (computed when asked)."""
        if self._usual is None:
            self._usual = usual_days(stays_by_status(self.orders.values(), self.lifecycle))
        return self._usual

    def filter(self) -> CohortFilter:
        usual = self.usual if self.cohort.attention else {}
        return CohortFilter(self.cohort, self.lifecycle, self.now, usual)

    def urgency(self, order: BoardOrder) -> Urgency:
        cached = self._urgency.get(order.id)
        if cached is not None and cached[0] is order:
            return cached[1]
        entry = stage_entry(order, self.lifecycle).at
        key = (0 if order.is_blocked(self.lifecycle) else 1, entry or FAR_FUTURE)
        self._urgency[order.id] = (order, key)
        return key

    def grouped(self) -> dict[str, list[BoardOrder]]:
        """Every order under its status (unfiltered, unsorted): one pass over the orders."""
        out: dict[str, list[BoardOrder]] = {s: [] for s in self.lifecycle.statuses}
        for order in self.orders.values():
            cards = out.get(order.status)
            if cards is not None:
                cards.append(order)
        return out

    def arrange(self, cards: list[BoardOrder]) -> list[BoardOrder]:
        """A column's cards of the cohort, in urgency order."""
        if self.cohort != Cohort():
            keep = self.filter()
            cards = [o for o in cards if keep(o)]
        return sorted(cards, key=self.urgency)

    def columns(self) -> dict[str, list[BoardOrder]]:
        return {s: self.arrange(cards) for s, cards in self.grouped().items()}

    def total(self, status: str) -> int:
        return self.counts.get(status, 0)

    def visible(self) -> list[BoardOrder]:
        """The cohort's orders over all columns, in column order."""
        return [o for cards in self.columns().values() for o in cards]
