"""The sandbox's SQLite store: every API object is one JSON row.

One generic table keeps pagination, filtering and persistence in a single place
for every resource. `data` holds the object in its curie *list* shape
(references as ids); keys starting with "_" are sandbox-private facts (a
usage profile, say) that the server strips before answering.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from nomos_desk.domain.privacy import private_file

SCHEMA = """
CREATE TABLE IF NOT EXISTS objects (
    kind TEXT NOT NULL,
    id TEXT NOT NULL PRIMARY KEY,
    created_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS objects_page ON objects (kind, created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS objects_subscription
    ON objects (kind, json_extract(data, '$.subscription'));
CREATE INDEX IF NOT EXISTS objects_customer ON objects (kind, json_extract(data, '$.customer'));
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


# Every writer (generator, routes, store) inserts with this one statement. The row's
# created_at orders pages; objects without a created_at field (invoices, events) pass
# their issue time instead.
INSERT_OBJECT = "INSERT INTO objects (kind, id, created_at, data) VALUES (?, ?, ?, ?)"


def _casefold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class Store:
    """Thread-safe access to one sandbox database file.

    The server answers from worker threads, so each thread gets its own
    connection; writes are serialised by SQLite itself (WAL mode).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        private_file(Path(path))
        self._local = threading.local()
        with self.connect() as con:
            con.executescript(SCHEMA)

    def connect(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")
            # SQLite's LIKE/lower() fold ASCII only; filters need umlauts folded too.
            con.create_function("casefold", 1, _casefold, deterministic=True)
            self._local.con = con
        return con

    def close(self) -> None:
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        con = self.connect()
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")

    # -- objects -------------------------------------------------------------
    def insert_many(self, kind: str, objects: Iterable[dict[str, Any]],
                    con: sqlite3.Connection | None = None) -> int:
        """Insert objects of one kind; each needs `id` and `created_at`."""
        rows = ((kind, o["id"], o["created_at"], dumps(o)) for o in objects)
        target = con or self.connect()
        before = target.total_changes
        target.executemany(INSERT_OBJECT, rows)
        return target.total_changes - before

    def insert(self, kind: str, obj: dict[str, Any]) -> dict[str, Any]:
        with self.transaction() as con:
            self.insert_many(kind, [obj], con)
        return obj

    def replace(self, obj: dict[str, Any], con: sqlite3.Connection | None = None) -> None:
        """Overwrite an existing object's data (same id, kind and created_at), inside the
        caller's transaction `con` or in one of its own."""
        if con is not None:
            con.execute("UPDATE objects SET data = ? WHERE id = ?", (dumps(obj), obj["id"]))
            return
        with self.transaction() as own:
            self.replace(obj, own)

    def get(self, kind: str, object_id: str) -> dict[str, Any] | None:
        row = self.connect().execute(
            "SELECT data FROM objects WHERE kind = ? AND id = ?", (kind, object_id)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Run a SELECT whose first column is `data`; return the decoded objects."""
        return [json.loads(r[0]) for r in self.connect().execute(sql, tuple(params))]

    def count(self, kind: str) -> int:
        return self.connect().execute(
            "SELECT COUNT(*) FROM objects WHERE kind = ?", (kind,)
        ).fetchone()[0]

    # -- meta ----------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.connect().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.connect().execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def public(obj: dict[str, Any]) -> dict[str, Any]:
    """The object as the API shows it: sandbox-private keys removed."""
    return {k: v for k, v in obj.items() if not k.startswith("_")}
