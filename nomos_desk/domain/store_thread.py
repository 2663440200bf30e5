"""A SQLite store on a thread of its own, awaited from the event loop.

sqlite3 connections belong to the thread that opened them, and a query or a batch
of thousands of rows on the loop's thread would stall the UI. So each store gets
one worker thread that opens it on first use and runs every call; `call()` awaits
the result without blocking the loop. The search index and the order board both
use it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


class Closable(Protocol):
    def close(self) -> None: ...


S = TypeVar("S", bound=Closable)


class StoreThread(Generic[S]):
    """One thread owning one store, opened by `opener` on that thread."""

    def __init__(self, name: str, opener: Callable[[], S]) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._opener = opener
        self._store: S | None = None

    def _open(self) -> S:
        if self._store is None:
            self._store = self._opener()
        return self._store

    async def call(self, fn: Callable[[S], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, lambda: fn(self._open()))

    def close(self) -> None:
        def shut() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None
        try:
            self._pool.submit(shut).result()
        except RuntimeError:
            return  # interpreter exit already stopped the pool; the OS closes the file
        self._pool.shutdown(wait=True)
