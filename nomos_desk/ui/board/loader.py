"""Loading the board as fast as Nomos allows: one cursor walk per status, all at once.

Each column walks `GET /meter-orders?filter[status][eq]=…` on the background retry
budget, as its own named task of the session's runner (so a lost connection is
waited out and the walk goes on from its cursor). All walks of one load share one
cap on requests in flight. Each page is handed out as it arrives, so cards appear
at once; a walk that fails keeps its Pager, and `retry()` continues with the page
that failed. Starting a load cancels the one before.
"""

from __future__ import annotations

import asyncio
import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from nomos_desk.api import F, NomosClient
from nomos_desk.api.models import MeterOrder
from nomos_desk.api.pagination import MAX_LIMIT, Page, Pager
from nomos_desk.domain.order_stages import OrderFacts
from nomos_desk.ui.board.joins import facts_of
from nomos_desk.ui.tasks import TaskRunner

TASK = "board.load."
IN_FLIGHT = 8  # requests of one load at the same time, over all columns


@dataclass
class ColumnWalk:
    status: str
    pager: Pager[MeterOrder]
    orders: list[OrderFacts] = field(default_factory=list)
    pages: int = 0
    done: bool = False
    error: BaseException | None = None


class LongestFirst:
    """A cap on requests in flight whose free places go to the walk with the most pages
    ahead of it: the longest column is the load's critical path, and letting short ones
    queue in front of it only makes the whole board later. A column's length is the last
    load's count where known, else guessed from the pages it has brought so far."""

    def __init__(self, places: int) -> None:
        self.free = places
        self._waiting: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = 0

    async def acquire(self, priority: float) -> None:
        if self.free > 0 and not self._waiting:
            self.free -= 1
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._order += 1
        heapq.heappush(self._waiting, (-priority, self._order, future))
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release()  # handed a place while being cancelled: pass it on
            raise

    def release(self) -> None:
        while self._waiting:
            _, _, future = heapq.heappop(self._waiting)
            if not future.done():
                future.set_result(None)
                return
        self.free += 1


class BoardLoader(QObject):
    page_arrived = Signal(str, object)   # status, list[OrderFacts] of the page
    column_done = Signal(str)
    column_failed = Signal(str, object)  # status, exception
    finished = Signal()                  # every walk ended (done or failed)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.walks: dict[str, ColumnWalk] = {}
        self._gate = LongestFirst(IN_FLIGHT)
        self.expected: dict[str, int] = {}
        self.generation = 0

    def start(self, client: NomosClient, statuses: Sequence[str],
              expected: dict[str, int] | None = None) -> None:
        """Walk every status afresh (the previous load, if any, is cancelled); `expected`
        holds each status's count of the last load, where known."""
        self.cancel()
        self.generation += 1
        self._gate = LongestFirst(IN_FLIGHT)
        self.expected = dict(expected or {})
        client = client.background()
        self.walks = {s: ColumnWalk(s, client.list_meter_orders(F("status").eq(s),
                                                                limit=MAX_LIMIT))
                      for s in statuses}
        for status in statuses:
            self._run(status)

    def retry(self, status: str) -> None:
        walk = self.walks.get(status)
        if walk is not None and walk.error is not None:
            walk.error = None
            self._run(status)

    def cancel(self) -> None:
        self._tasks.cancel(TASK)

    @property
    def loading(self) -> bool:
        return bool(self._tasks.names(TASK))

    def walked(self) -> set[str]:
        return {s for s, w in self.walks.items() if w.done}

    def _run(self, status: str) -> None:
        generation = self.generation

        def failed(exc: BaseException) -> None:
            if generation == self.generation:
                self.walks[status].error = exc
                self.column_failed.emit(status, exc)
                self._maybe_finished()

        self._tasks.run_guarded(TASK + status, lambda: self._walk(status, generation),
                                on_error=failed)

    async def _walk(self, status: str, generation: int) -> None:
        walk = self.walks[status]
        pages = walk.pager.pages()
        try:
            while not walk.pager.done:
                await self._gate.acquire(self._pages_ahead(walk))
                try:
                    page: Page[MeterOrder] = await pages.__anext__()
                except StopAsyncIteration:
                    break
                finally:
                    self._gate.release()
                if generation != self.generation:
                    return
                facts = [f for f in (facts_of(o) for o in page.items) if f is not None]
                walk.orders.extend(facts)
                walk.pages += 1
                self.page_arrived.emit(status, facts)
        finally:
            await pages.aclose()
        walk.done = True
        self.column_done.emit(status)
        self._maybe_finished()

    def _pages_ahead(self, walk: ColumnWalk) -> float:
        expected = self.expected.get(walk.status)
        if expected:
            return expected / MAX_LIMIT - walk.pages
        return float(walk.pages)  # a column that keeps bringing pages is a long one

    def _maybe_finished(self) -> None:
        if all(w.done or w.error is not None for w in self.walks.values()):
            self.finished.emit()
