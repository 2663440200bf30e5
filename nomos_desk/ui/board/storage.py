"""The board's files in the profile's data: the order store and the bulk-run journal.

A Services field: opened with the session, closed with it, deleted on sign-out, and
one of the session's caches (Clear caches drops the copy of the orders, never the
journal). The order store runs on a thread of its own (a load writes thousands of
rows); the journal is written on the loop's thread, a row at a time, because a run
must know it is written before the order it describes leaves.
"""

from __future__ import annotations

from pathlib import Path

from nomos_desk.domain.bulk_journal import Journal
from nomos_desk.domain.order_store import OrderStore
from nomos_desk.domain.privacy import database_size, delete_database
from nomos_desk.domain.store_thread import StoreThread

ORDERS_FILE = "board.sqlite3"
JOURNAL_FILE = "bulk_orders.sqlite3"


class BoardStorage:
    def __init__(self, data_dir: Path) -> None:
        self.orders_path = data_dir / ORDERS_FILE
        self.journal_path = data_dir / JOURNAL_FILE
        self.orders = StoreThread("board-store", lambda: OrderStore(self.orders_path))
        self._journal: Journal | None = None

    def journal(self) -> Journal:
        if self._journal is None:
            self._journal = Journal(self.journal_path)
        return self._journal

    # -- as one of the session's caches (Settings shows and clears it) -------------------
    def size(self) -> int:
        return database_size(self.orders_path)

    def clear(self) -> None:
        """The copy of the orders goes (saved cohorts stay). The journal of bulk runs is no
        cache: it is what keeps an interrupted run from ordering twice."""
        if not self.orders_path.exists():
            return
        store = OrderStore(self.orders_path)  # its own connection, on the caller's thread
        try:
            store.forget_orders()
        finally:
            store.close()

    def close(self) -> None:
        self.orders.close()
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    def wipe(self) -> None:
        self.close()
        delete_database(self.orders_path)
        delete_database(self.journal_path)
