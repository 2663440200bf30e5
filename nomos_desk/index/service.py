"""Async access to the index without blocking the event loop.

SQLite work runs in two single-thread executors, each with its own
connection: the writer applies sync batches, the reader answers searches.
WAL mode lets a search read while a batch is being written, so typing stays
responsive during the first full walk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from nomos_desk.domain.privacy import delete_database
from nomos_desk.domain.store_thread import StoreThread

from .records import CustomerRecord, SearchHit, SubscriptionRecord
from .search import search
from .store import Changed, IndexStore

T = TypeVar("T")


class IndexService:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        # Open once here so the schema exists before the reader's first query.
        IndexStore(self.path).close()
        self._writer = StoreThread("index-writer", lambda: IndexStore(self.path))
        # The reader only reads: it must not re-run the schema set-up (a write) beside the
        # writer's batches.
        self._reader = StoreThread("index-reader", lambda: IndexStore(self.path, readonly=True))
        self._closed = False

    async def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        return await self._reader.call(lambda s: search(s.con, text, limit))

    async def write(self, customers: Iterable[CustomerRecord] = (),
                    subscriptions: Iterable[SubscriptionRecord] = (),
                    gone: Iterable[str] = ()) -> Changed:
        customers, subscriptions, gone = list(customers), list(subscriptions), list(gone)
        return await self._writer.call(lambda s: s.upsert(customers, subscriptions, gone))

    async def write_plans(self, plans: list[tuple[str, str]]) -> None:
        await self._writer.call(lambda s: s.upsert_plans(plans))

    async def get_meta(self, key: str) -> str | None:
        return await self._writer.call(lambda s: s.get_meta(key))

    async def set_meta(self, key: str, value: str | None) -> None:
        await self._writer.call(lambda s: s.set_meta(key, value))

    async def read(self, fn: Callable[[IndexStore], T]) -> T:
        """Run any read-only query on the reader thread."""
        return await self._reader.call(fn)

    async def counts(self) -> dict[str, int]:
        return await self._reader.call(lambda s: s.counts())

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._writer.close()
            self._reader.close()

    def wipe(self) -> None:
        """Close and delete the index file (sign-out, or a profile removed)."""
        self.close()
        delete_database(self.path)
