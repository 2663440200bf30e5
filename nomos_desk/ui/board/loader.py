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
IN_FLIGHT = 6  # requests of one load at the same time, over all columns


@dataclass
class ColumnWalk:
    status: str
    pager: Pager[MeterOrder]
    orders: list[OrderFacts] = field(default_factory=list)
    pages: int = 0
    done: bool = False
    error: BaseException | None = None


class BoardLoader(QObject):
    page_arrived = Signal(str, object)   # status, list[OrderFacts] of the page
    column_done = Signal(str)
    column_failed = Signal(str, object)  # status, exception
    finished = Signal()                  # every walk ended (done or failed)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.walks: dict[str, ColumnWalk] = {}
        self._gate = asyncio.Semaphore(IN_FLIGHT)
        self.generation = 0

    def start(self, client: NomosClient, statuses: Sequence[str]) -> None:
        """Walk every status afresh (the previous load, if any, is cancelled)."""
        self.cancel()
        self.generation += 1
        self._gate = asyncio.Semaphore(IN_FLIGHT)
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

    @property
    def complete(self) -> bool:
        return bool(self.walks) and all(w.done for w in self.walks.values())

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
                async with self._gate:
                    try:
                        page: Page[MeterOrder] = await pages.__anext__()
                    except StopAsyncIteration:
                        break
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

    def _maybe_finished(self) -> None:
        if all(w.done or w.error is not None for w in self.walks.values()):
            self.finished.emit()
