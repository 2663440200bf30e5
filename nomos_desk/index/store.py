"""The index database: one SQLite file per connection profile.

Synchronous and bound to the thread that opened it (sqlite3's rule); the
async facade in `service.py` gives the writer and the reader a thread each.
Result rows ("entries") are one per subscription, plus one per customer that
has none, because the search table shows a subscription with its customer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from nomos_desk.domain.privacy import database_size, private_file

from . import fuzzy
from .normalize import email_token, index_text, words
from .records import (
    CUSTOMER_COLUMNS,
    LIST_MAY_OMIT,
    SLIM_COLUMNS,
    SUBSCRIPTION_COLUMNS,
    CustomerRecord,
    SubscriptionRecord,
)

SCHEMA_VERSION = "3"


def _table(columns: tuple[str, ...]) -> str:
    """Columns named like the record's fields, in their order (records are built with *row)."""
    return ", ".join(f"{c} TEXT PRIMARY KEY" if c == "id" else f"{c} TEXT" for c in columns)


SCHEMA = f"""
CREATE TABLE IF NOT EXISTS customers ({_table(CUSTOMER_COLUMNS)});
CREATE TABLE IF NOT EXISTS subscriptions ({_table(SUBSCRIPTION_COLUMNS)});
CREATE INDEX IF NOT EXISTS subscriptions_customer ON subscriptions (customer_id);
CREATE TABLE IF NOT EXISTS plans (id TEXT PRIMARY KEY, name TEXT);
-- ended: the subscription has ended, so the entry ranks after live ones of equal match.
CREATE TABLE IF NOT EXISTS entries (
    rowid INTEGER PRIMARY KEY, customer_id TEXT, subscription_id TEXT UNIQUE,
    ended INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS entries_customer ON entries (customer_id);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (
    name, email, number, address, meter, status, plan,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3', detail = 'column');
CREATE TABLE IF NOT EXISTS vocab (term TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS vocab_del (del TEXT, term TEXT, PRIMARY KEY (del, term)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


@dataclass(frozen=True, slots=True)
class Changed:
    """How many records of a written batch were new or differed from the index."""
    customers: int
    subscriptions: int


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


class IndexStore:
    def __init__(self, path: Path | str, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if not readonly:
            private_file(self.path)
        self.con = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA synchronous=NORMAL")
        if not readonly:
            self._migrate()
            self.con.executescript(SCHEMA)
            self.set_meta("schema", SCHEMA_VERSION)
        self._known_terms: set[str] | None = None

    def close(self) -> None:
        self.con.close()

    def _migrate(self) -> None:
        """An index from an older layout is a cache: drop it and let the next sync refill it."""
        tables = [r[0] for r in self.con.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'fts_%'")]
        if "meta" not in tables:
            return
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row and row[0] == SCHEMA_VERSION:
            return
        for table in tables:
            self.con.execute(f"DROP TABLE IF EXISTS {table}")

    # -- meta ------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        if value is None:
            self.con.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self.con.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                             "DO UPDATE SET value = excluded.value", (key, value))

    # -- writes ------------------------------------------------------------------
    def upsert_plans(self, plans: Iterable[tuple[str, str]]) -> None:
        plans = list(plans)
        with self.con:
            self.con.execute("BEGIN")
            known = dict(self.con.execute("SELECT id, name FROM plans"))
            changed = [plan_id for plan_id, name in plans if known.get(plan_id) != name]
            if not changed:
                return  # every sync sends the plans; unchanged names leave the entries alone
            self.con.executemany("INSERT OR REPLACE INTO plans (id, name) VALUES (?, ?)", plans)
            # Plan names live in the text of each entry: rebuild the entries of new or
            # renamed plans only, orphan subscriptions included.
            self._rebuild(sorted(self._customer_keys("plan_id", changed)))

    def _customer_keys(self, column: str, values: list[str]) -> set[str]:
        """The _rebuild keys (customer id, or "orphan:<sub id>") of subscriptions whose
        `column` is one of `values`."""
        out: set[str] = set()
        for i in range(0, len(values), 500):
            chunk = values[i:i + 500]
            out.update(r[0] or f"orphan:{r[1]}" for r in self.con.execute(
                f"SELECT customer_id, id FROM subscriptions WHERE {column} IN ({_marks(chunk)})",
                chunk))
        return out

    def upsert(self, customers: Iterable[CustomerRecord] = (),
               subscriptions: Iterable[SubscriptionRecord] = (),
               gone: Iterable[str] = ()) -> Changed:
        """Store one batch in one transaction; returns how many records were new or changed.

        Records equal to what the index holds are skipped: the incremental sync's `gte`
        re-reads the items at its watermarks, and they must neither count as changes nor
        cost a rebuild. `gone` names subscriptions Nomos no longer has (a 404 on their
        detail): they leave the index, and their customer stays findable.
        """
        touched: set[str] = set()
        gone = list(gone)
        with self.con:
            self.con.execute("BEGIN")
            if gone:
                touched.update(self._customer_keys("id", gone))
                for i in range(0, len(gone), 500):
                    chunk = gone[i:i + 500]
                    self.con.execute(
                        f"DELETE FROM subscriptions WHERE id IN ({_marks(chunk)})", chunk)
            fresh_customers = self._changed_customers(customers)
            self.con.executemany(
                f"INSERT OR REPLACE INTO customers VALUES ({_marks(CUSTOMER_COLUMNS)})",
                [c.row() for c in fresh_customers])
            touched.update(c.id for c in fresh_customers)
            full, slim = self._changed_subscriptions(subscriptions)
            if full or slim:
                # A subscription moved to another customer must leave the old one's entries.
                touched.update(self._customer_keys("id", [s.id for s in full + slim]))
                self.con.executemany(
                    f"INSERT OR REPLACE INTO subscriptions VALUES "
                    f"({_marks(SUBSCRIPTION_COLUMNS)})", [s.row() for s in full])
                # A list item must not erase the address and meter a detail brought earlier,
                # but a list item that differs makes that detail stale (even within the same
                # updated_at, which a server stamping whole seconds can repeat).
                updates = ", ".join(
                    f"{c} = COALESCE(excluded.{c}, {c})" if c in LIST_MAY_OMIT
                    else f"{c} = excluded.{c}" for c in SLIM_COLUMNS[1:])
                self.con.executemany(
                    f"INSERT INTO subscriptions ({', '.join(SLIM_COLUMNS)}) "
                    f"VALUES ({_marks(SLIM_COLUMNS)}) "
                    f"ON CONFLICT(id) DO UPDATE SET {updates}, detail_at = NULL",
                    [s.slim_row() for s in slim])
                touched.update(s.customer_id or f"orphan:{s.id}" for s in full + slim)
            self._rebuild(sorted(touched))
        return Changed(len(fresh_customers), len(full) + len(slim) + len(gone))

    def _stored(self, table: str, ids: list[str]) -> dict[str, tuple[str | None, ...]]:
        out: dict[str, tuple[str | None, ...]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out.update((r[0], tuple(r)) for r in self.con.execute(
                f"SELECT * FROM {table} WHERE id IN ({_marks(chunk)})", chunk))
        return out

    def _changed_customers(self, customers: Iterable[CustomerRecord]) -> list[CustomerRecord]:
        # A batch of details may embed one customer several times: the last copy wins.
        latest = {c.id: c for c in customers}
        stored = self._stored("customers", list(latest))
        return [c for c in latest.values() if stored.get(c.id) != c.row()]

    def _changed_subscriptions(self, subscriptions: Iterable[SubscriptionRecord]
                               ) -> tuple[list[SubscriptionRecord], list[SubscriptionRecord]]:
        """The new or changed subscriptions: (those from details, those from list items)."""
        latest = {s.id: s for s in subscriptions}
        stored = self._stored("subscriptions", list(latest))
        slim_at = [SUBSCRIPTION_COLUMNS.index(c) for c in SLIM_COLUMNS]
        omissible = [c in LIST_MAY_OMIT for c in SLIM_COLUMNS]
        full: list[SubscriptionRecord] = []
        slim: list[SubscriptionRecord] = []
        for s in latest.values():
            old = stored.get(s.id)
            if s.has_detail:
                if old != s.row():
                    full.append(s)
            elif old is None or any(
                    new != old[i] and not (new is None and may_omit)
                    for i, new, may_omit in zip(slim_at, s.slim_row(), omissible, strict=True)):
                slim.append(s)
        return full, slim

    def _rebuild(self, customer_keys: list[str]) -> None:
        """Rewrite the entries and FTS rows of these customers from the base tables.

        Each subscription has one entry wherever it lived before: a subscription that
        moved to another customer (or from none to one) takes its old entry along, so the
        order in which the keys come does not matter.
        """
        plans = dict(self.con.execute("SELECT id, name FROM plans"))
        new_terms: set[str] = set()
        for key in customer_keys:
            customer: CustomerRecord | None = None
            if key.startswith("orphan:"):
                sub_id = key[len("orphan:"):]
                subs = self.con.execute(
                    "SELECT * FROM subscriptions WHERE id = ? AND customer_id IS NULL",
                    (sub_id,)).fetchall()
                owned = self.con.execute(
                    "SELECT rowid FROM entries WHERE subscription_id = ? AND customer_id IS NULL",
                    (sub_id,)).fetchall()
            else:
                row = self.con.execute("SELECT * FROM customers WHERE id = ?", (key,)).fetchone()
                customer = CustomerRecord(*row) if row else None
                subs = self.con.execute("SELECT * FROM subscriptions WHERE customer_id = ?",
                                        (key,)).fetchall()
                owned = self.con.execute("SELECT rowid FROM entries WHERE customer_id = ?",
                                         (key,)).fetchall()
            records = [SubscriptionRecord(*s) for s in subs]
            old = {r[0] for r in owned}
            for record in records:
                old.update(r[0] for r in self.con.execute(
                    "SELECT rowid FROM entries WHERE subscription_id = ?", (record.id,)))
            for rowid in old:
                self.con.execute("DELETE FROM fts WHERE rowid = ?", (rowid,))
                self.con.execute("DELETE FROM entries WHERE rowid = ?", (rowid,))
            rows: list[SubscriptionRecord | None] = list(records)
            if not rows and customer is not None:
                rows.append(None)  # a customer without subscriptions is a result of its own
            for sub in rows:
                cols = _document(customer, sub, plans)
                owner = customer.id if customer else sub.customer_id if sub else None
                cur = self.con.execute(
                    "INSERT INTO entries (customer_id, subscription_id, ended) VALUES (?, ?, ?)",
                    (owner, sub.id if sub else None, int(sub is not None and
                                                         sub.status == "ended")))
                self.con.execute(
                    "INSERT INTO fts (rowid, name, email, number, address, meter, status, plan) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (cur.lastrowid, *cols))
                for col in (cols[0], cols[3], cols[6]):
                    new_terms.update(w for w in col.split() if fuzzy.eligible(w))
        self._add_terms(new_terms)

    def _add_terms(self, terms: set[str]) -> None:
        if self._known_terms is None:
            self._known_terms = {r[0] for r in self.con.execute("SELECT term FROM vocab")}
        fresh = terms - self._known_terms
        if not fresh:
            return
        self.con.executemany("INSERT OR IGNORE INTO vocab (term) VALUES (?)",
                             [(t,) for t in fresh])
        self.con.executemany("INSERT OR IGNORE INTO vocab_del (del, term) VALUES (?, ?)",
                             [(d, t) for t in fresh for d in fuzzy.deletions(t)])
        self._known_terms |= fresh

    # -- reads -------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {table: self.con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("customers", "subscriptions", "plans", "entries")}

    def customer(self, customer_id: str) -> CustomerRecord | None:
        row = self.con.execute("SELECT * FROM customers WHERE id = ?", (customer_id,)).fetchone()
        return CustomerRecord(*row) if row else None

    def subscription(self, sub_id: str) -> SubscriptionRecord | None:
        row = self.con.execute("SELECT * FROM subscriptions WHERE id = ?", (sub_id,)).fetchone()
        return SubscriptionRecord(*row) if row else None

    def needing_detail(self) -> list[str]:
        """Subscriptions whose address/meter facts are missing or older than the list says."""
        # A detail without updated_at (the API may send null) is stored with detail_at "";
        # comparing against "" then keeps it from being fetched again on every sync.
        return [r[0] for r in self.con.execute(
            "SELECT id FROM subscriptions WHERE detail_at IS NULL "
            "OR detail_at IS NOT COALESCE(updated_at, '') ORDER BY updated_at DESC")]

    def plan_name(self, plan_id: str | None) -> str | None:
        row = self.con.execute("SELECT name FROM plans WHERE id = ?", (plan_id,)).fetchone()
        return row[0] if row else None

    def size_bytes(self) -> int:
        return database_size(self.path)


def _document(customer: CustomerRecord | None, sub: SubscriptionRecord | None,
              plans: dict[str, str]) -> tuple[str, ...]:
    """The seven FTS columns of one entry, folded for matching."""
    name = index_text(customer.first_name, customer.last_name, customer.company_name,
                      customer.vat_id) if customer else ""
    email = " ".join([*words(customer.email), email_token(customer.email)]) \
        if customer and customer.email else ""
    if sub is None:
        return name, email, "", "", "", "", ""
    number = index_text(sub.number)
    address = index_text(sub.street, sub.house_number, sub.zip, sub.city)
    meter = index_text(sub.meter_number, sub.malo, sub.melo)
    return (name, email, number, address, meter, index_text(sub.status, sub.type),
            index_text(plans.get(sub.plan_id or "", "")))
