"""The journal of a bulk smart-meter run: what was sent, what came of it.

Every subscription of a run is a row. Before an order leaves, its row says
"sending" (committed first); the answer turns it into ordered, already had one,
refused, or unknown. A run stopped by quitting the app or a crash therefore
knows exactly which orders may be out there without an answer: those rows are
looked up at Nomos before anything else is sent, so no order is sent twice.
The file lives in the profile's private directory and is wiped with it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nomos_desk.domain.bulk_orders import Candidate
from nomos_desk.domain.privacy import connect_private

# Item states.
PENDING, SENDING, ORDERED, EXISTING, REFUSED, UNKNOWN, NOT_SENT = (
    "pending", "sending", "ordered", "existing", "refused", "unknown", "not_sent")
SETTLED = frozenset({ORDERED, EXISTING, REFUSED, NOT_SENT})
# Run states.
RUNNING, PAUSED, CANCELLED, FINISHED = "running", "paused", "cancelled", "finished"

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, cohort TEXT NOT NULL,
    state TEXT NOT NULL, note TEXT);
CREATE TABLE IF NOT EXISTS items (
    run_id INTEGER NOT NULL, position INTEGER NOT NULL, subscription TEXT NOT NULL,
    number TEXT, customer_name TEXT, plan_id TEXT, state TEXT NOT NULL, order_id TEXT,
    reason TEXT, detail TEXT, sends INTEGER NOT NULL DEFAULT 0, first_sent_at TEXT,
    updated_at TEXT,
    PRIMARY KEY (run_id, subscription));
CREATE INDEX IF NOT EXISTS items_state ON items (run_id, state, position);
"""


@dataclass(frozen=True, slots=True)
class Run:
    id: int
    created_at: datetime
    cohort: str
    state: str
    note: str | None = None  # why it paused by itself (a read-only token, say)


@dataclass(frozen=True, slots=True)
class Item:
    subscription: str
    number: str | None
    customer_name: str | None
    plan_id: str | None
    state: str
    order_id: str | None = None
    reason: str | None = None   # a code (unsupported_product, …) for refusals
    detail: str = ""            # Nomos's words, or how the outcome was found
    sends: int = 0              # POSTs that may have reached Nomos
    first_sent_at: datetime | None = None


_ITEM = ("subscription, number, customer_name, plan_id, state, order_id, reason, detail, "
         "sends, first_sent_at")


def _item(row: tuple[Any, ...]) -> Item:
    return Item(subscription=row[0], number=row[1], customer_name=row[2], plan_id=row[3],
                state=row[4], order_id=row[5], reason=row[6], detail=row[7] or "",
                sends=int(row[8]),
                first_sent_at=datetime.fromisoformat(row[9]) if row[9] else None)


def _now() -> str:
    return datetime.now(UTC).isoformat()


class Journal:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.con = connect_private(self.path, SCHEMA)

    def close(self) -> None:
        self.con.close()

    # -- runs ------------------------------------------------------------------------
    def start(self, cohort: str, candidates: Sequence[Candidate]) -> Run:
        """A new run over `candidates` (in this order). Earlier unfinished runs end here."""
        with self.con:
            self.con.execute("UPDATE runs SET state = ? WHERE state IN (?, ?)",
                             (CANCELLED, RUNNING, PAUSED))
            cur = self.con.execute("INSERT INTO runs (created_at, cohort, state) VALUES (?, ?, ?)",
                                   (_now(), cohort, PAUSED))
            run_id = int(cur.lastrowid or 0)
            self.con.executemany(
                "INSERT INTO items (run_id, position, subscription, number, customer_name, "
                "plan_id, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                ((run_id, i, c.subscription, c.number, c.customer_name, c.plan_id, PENDING,
                  _now()) for i, c in enumerate(candidates)))
        run = self.run(run_id)
        assert run is not None
        return run

    def run(self, run_id: int) -> Run | None:
        row = self.con.execute("SELECT id, created_at, cohort, state, note FROM runs WHERE id = ?",
                               (run_id,)).fetchone()
        return Run(row[0], datetime.fromisoformat(row[1]), row[2], row[3], row[4]) if row else None

    def latest(self) -> Run | None:
        row = self.con.execute("SELECT MAX(id) FROM runs").fetchone()
        return self.run(int(row[0])) if row and row[0] is not None else None

    def unfinished(self) -> Run | None:
        """The run that stopped before its end (quit, crash or pause), if any."""
        run = self.latest()
        return run if run is not None and run.state in (RUNNING, PAUSED) else None

    def set_state(self, run_id: int, state: str, note: str | None = None) -> None:
        with self.con:
            self.con.execute("UPDATE runs SET state = ?, note = ? WHERE id = ?",
                             (state, note, run_id))

    # -- items -----------------------------------------------------------------------
    def items(self, run_id: int, state: str | None = None) -> list[Item]:
        query = f"SELECT {_ITEM} FROM items WHERE run_id = ?"
        args: tuple[object, ...] = (run_id,)
        if state is not None:
            query += " AND state = ?"
            args += (state,)
        return [_item(row) for row in self.con.execute(query + " ORDER BY position", args)]

    def next_pending(self, run_id: int) -> Item | None:
        row = self.con.execute(f"SELECT {_ITEM} FROM items WHERE run_id = ? AND state = ? "
                               "ORDER BY position LIMIT 1", (run_id, PENDING)).fetchone()
        return _item(row) if row else None

    def item(self, run_id: int, subscription: str) -> Item | None:
        row = self.con.execute(f"SELECT {_ITEM} FROM items WHERE run_id = ? AND subscription = ?",
                               (run_id, subscription)).fetchone()
        return _item(row) if row else None

    def counts(self, run_id: int) -> Counter[str]:
        return Counter({state: n for state, n in self.con.execute(
            "SELECT state, COUNT(*) FROM items WHERE run_id = ? GROUP BY state", (run_id,))})

    def sending(self, run_id: int, subscription: str) -> None:
        """Committed before the order leaves: from here on it may exist at Nomos."""
        with self.con:
            now = _now()
            self.con.execute("UPDATE items SET state = ?, sends = sends + 1, updated_at = ?, "
                             "first_sent_at = COALESCE(first_sent_at, ?) "
                             "WHERE run_id = ? AND subscription = ?",
                             (SENDING, now, now, run_id, subscription))

    def not_sent(self, run_id: int, subscription: str) -> None:
        """Nomos turned the request away before looking at it (429): it never counted."""
        with self.con:
            self.con.execute("UPDATE items SET state = ?, sends = MAX(sends - 1, 0), "
                             "updated_at = ? WHERE run_id = ? AND subscription = ?",
                             (PENDING, _now(), run_id, subscription))

    def settle(self, run_id: int, subscription: str, state: str, *, order_id: str | None = None,
               reason: str | None = None, detail: str = "") -> None:
        with self.con:
            self.con.execute("UPDATE items SET state = ?, order_id = ?, reason = ?, detail = ?, "
                             "updated_at = ? WHERE run_id = ? AND subscription = ?",
                             (state, order_id, reason, detail, _now(), run_id, subscription))

    def cancel_rest(self, run_id: int) -> None:
        """Cancelling: what was never sent is marked so in the report."""
        with self.con:
            self.con.execute("UPDATE items SET state = ?, updated_at = ? WHERE run_id = ? "
                             "AND state = ?", (NOT_SENT, _now(), run_id, PENDING))
            self.con.execute("UPDATE runs SET state = ? WHERE id = ?", (CANCELLED, run_id))
