"""Final usage values and past prices on disk, per connection profile (Qt-free).

A smart meter's final quarter hours never change, nor do the prices of a day gone
by, so they are fetched once and kept: a year opened again comes from here in
milliseconds instead of two dozen requests. Preliminary values (they may change
until the 8th working day of the next month) and incomplete days are never stored,
so they are asked for again each time. The file sits in the profile's private
directory (user-only, like every file with customer data) and sign-out deletes it.

One row per subscription, kind and local day: the day's quarter hours as float64
(usage: one row of values; prices: total, electricity, grid, levies), or an analog
meter's month value keyed by the month's first day.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import numpy as np

from nomos_desk.domain.periods import Floats
from nomos_desk.domain.privacy import connect_private, database_size, delete_database

USAGE, PRICES, MONTHS = "usage", "prices", "months"
ROWS = {USAGE: 1, PRICES: 4, MONTHS: 1}

SCHEMA = """
CREATE TABLE IF NOT EXISTS days (
    kind TEXT NOT NULL, subscription TEXT NOT NULL, day TEXT NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (kind, subscription, day)
) WITHOUT ROWID
"""


class UsageCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._con: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._con is None:
            self._con = connect_private(self.path, SCHEMA)
        return self._con

    def get(self, kind: str, subscription: str, first: date, last: date
            ) -> dict[date, Floats]:
        """Stored days in [first, last]: day -> array of shape (rows, values)."""
        rows = self._db().execute(
            "SELECT day, data FROM days"
            " WHERE kind = ? AND subscription = ? AND day BETWEEN ? AND ?",
            (kind, subscription, first.isoformat(), last.isoformat()))
        return {date.fromisoformat(day): np.frombuffer(data, dtype=np.float64)
                .reshape(ROWS[kind], -1) for day, data in rows}

    def put(self, kind: str, subscription: str, days: dict[date, Floats]) -> None:
        if not days:
            return
        con = self._db()
        with con:
            con.executemany(
                "INSERT OR REPLACE INTO days (kind, subscription, day, data) VALUES (?, ?, ?, ?)",
                [(kind, subscription, day.isoformat(),
                  np.ascontiguousarray(values, dtype=np.float64).tobytes())
                 for day, values in days.items()])

    # -- as one of the session's caches (Settings shows and clears it) -------------------
    def size(self) -> int:
        return database_size(self.path)

    def clear(self) -> None:
        """Forget every stored day; the next chart asks Nomos again."""
        if self.path.exists():
            with self._db() as con:
                con.execute("DELETE FROM days")

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def wipe(self) -> None:
        """Sign-out: the cached values go with the profile's other local data."""
        self.close()
        delete_database(self.path)
