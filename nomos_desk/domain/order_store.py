"""The profile's local copy of the meter orders: the board opens from it at once.

One SQLite file in the profile's private directory (user-only, wiped on sign-out)
keeps the orders of the last load, the moments loads saw orders enter a status
(the only source of "days in stage" for statuses Nomos does not stamp), each
order's change since the load before ("since last look") and the saved cohorts.

A load replaces the columns it walked completely: an order of such a status that
no longer came back is gone from it; columns whose walk failed keep what they had
(marks included), and a later walk of just those columns adds to the same look.
Orders of another API version's vocabulary are not compared with the new ones:
switching the pinned version starts the copy afresh. Synchronous and bound to the
thread that opened it (sqlite3's rule); the UI runs it on a thread of its own.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from nomos_desk.domain.cohorts import Cohort
from nomos_desk.domain.order_stages import (
    BoardOrder,
    Lifecycle,
    OrderFacts,
    Seen,
    change_of,
)
from nomos_desk.domain.privacy import connect_private

FACT_COLUMNS = tuple(f.name for f in fields(OrderFacts))
_TIMES = frozenset(f.name for f in fields(OrderFacts) if "datetime" in str(f.type))

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS orders ({", ".join(
    "id TEXT PRIMARY KEY" if c == "id" else f"{c} {'INTEGER' if c == 'blocked' else 'TEXT'}"
    for c in FACT_COLUMNS)}, change TEXT);
CREATE INDEX IF NOT EXISTS orders_subscription ON orders (subscription);
CREATE TABLE IF NOT EXISTS entries (
    order_id TEXT NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL,
    PRIMARY KEY (order_id, status)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS cohorts (name TEXT PRIMARY KEY, spec TEXT NOT NULL);
"""


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _facts_row(facts: OrderFacts) -> tuple[Any, ...]:
    row = []
    for name in FACT_COLUMNS:
        value = getattr(facts, name)
        row.append(value.isoformat() if isinstance(value, datetime) else
                   int(value) if isinstance(value, bool) else value)
    return tuple(row)


def _facts(row: Sequence[Any]) -> OrderFacts:
    values: dict[str, Any] = {}
    for name, value in zip(FACT_COLUMNS, row, strict=True):
        if name in _TIMES:
            values[name] = _time(value)
        elif name == "blocked":
            values[name] = bool(value)
        else:
            values[name] = value
    return OrderFacts(**values)


@dataclass(frozen=True, slots=True)
class Look:
    """What a stored load found: each listed order's change since the load before (None:
    none), and the orders seen entering a new status (id -> status) at `at`."""

    changes: dict[str, str | None]
    entered: dict[str, str]
    at: datetime


@dataclass(frozen=True, slots=True)
class Snapshot:
    orders: list[BoardOrder]   # without the index's facts (Party): the caller joins them
    loaded_at: datetime | None
    version: str | None


class OrderStore:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.con = connect_private(self.path, SCHEMA)

    def close(self) -> None:
        self.con.close()

    # -- meta ------------------------------------------------------------------------
    def _meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row and isinstance(row[0], str) else None

    def _set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- orders ----------------------------------------------------------------------
    def snapshot(self, version: str) -> Snapshot:
        """The orders of the last load under `version` (none under another version)."""
        if self._meta("version") != version:
            return Snapshot([], None, None)
        entries: dict[str, dict[str, datetime]] = {}
        for order_id, status, at in self.con.execute("SELECT order_id, status, at FROM entries"):
            moment = _time(at)
            if moment is not None:
                entries.setdefault(order_id, {})[status] = moment
        columns = ", ".join(FACT_COLUMNS)
        orders = [BoardOrder(_facts(row[:-1]), entries=entries.get(row[0], {}), change=row[-1])
                  for row in self.con.execute(f"SELECT {columns}, change FROM orders")]
        return Snapshot(orders, _time(self._meta("loaded_at")), version)

    def record_load(self, orders: Iterable[OrderFacts], walked: Collection[str],
                    lifecycle: Lifecycle, version: str, at: datetime) -> Look:
        """Store a load: `orders` as Nomos listed them, `walked` the statuses whose walks
        completed."""
        orders = list(orders)
        with self.con:
            if self._meta("version") != version:
                self.con.execute("DELETE FROM orders")
                self.con.execute("DELETE FROM entries")
                self.con.execute("DELETE FROM meta WHERE key = 'walked'")
            # A status walked for the first time has nothing to compare with: its orders
            # are not "new", they are the first look.
            walked_before = set(filter(None, (self._meta("walked") or "").split(",")))
            before = {row[0]: Seen(row[1], bool(row[2])) for row in self.con.execute(
                "SELECT id, status, blocked FROM orders")}
            changes: dict[str, str | None] = {}
            entered = []
            for facts in orders:
                seen = before.get(facts.id)
                compare = seen is not None or facts.status in walked_before
                changes[facts.id] = change_of(seen, Seen(facts.status, facts.blocked),
                                              lifecycle) if compare else None
                if seen is not None and seen.status != facts.status:
                    entered.append((facts.id, facts.status, at.isoformat()))
            fresh = {facts.id for facts in orders}
            gone = [order_id for order_id, seen in before.items()
                    if seen.status in walked and order_id not in fresh]
            self.con.executemany("DELETE FROM orders WHERE id = ?", ((i,) for i in gone))
            self.con.executemany("DELETE FROM entries WHERE order_id = ?", ((i,) for i in gone))
            marks = ", ".join("?" for _ in range(len(FACT_COLUMNS) + 1))
            self.con.executemany(f"INSERT OR REPLACE INTO orders VALUES ({marks})",
                                 (_facts_row(f) + (changes[f.id],) for f in orders))
            self.con.executemany("INSERT OR IGNORE INTO entries VALUES (?, ?, ?)", entered)
            self._set_meta("version", version)
            self._set_meta("loaded_at", at.isoformat())
            self._set_meta("walked", ",".join(sorted(walked_before | set(walked))))
        return Look(changes, {order_id: status for order_id, status, _ in entered}, at)

    def forget_orders(self) -> None:
        """Drop the copy of the orders (and what loads learnt of them); saved cohorts stay.
        The next load is a first look again."""
        with self.con:
            for table in ("orders", "entries", "meta"):
                self.con.execute(f"DELETE FROM {table}")

    def subscriptions_with_orders(self) -> set[str]:
        return {row[0] for row in self.con.execute("SELECT DISTINCT subscription FROM orders")}

    # -- cohorts ---------------------------------------------------------------------
    def cohorts(self) -> list[Cohort]:
        out = []
        for name, spec in self.con.execute("SELECT name, spec FROM cohorts ORDER BY name"):
            try:
                out.append(Cohort.from_json(spec).named(name))
            except ValueError:  # unreadable: left out, not fatal
                continue
        return out

    def save_cohort(self, cohort: Cohort) -> None:
        with self.con:
            self.con.execute("INSERT OR REPLACE INTO cohorts (name, spec) VALUES (?, ?)",
                             (cohort.name, cohort.to_json()))

    def delete_cohort(self, name: str) -> None:
        with self.con:
            self.con.execute("DELETE FROM cohorts WHERE name = ?", (name,))
