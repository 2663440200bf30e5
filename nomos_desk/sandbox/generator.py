"""Generate a deterministic sandbox dataset into a fresh SQLite store.

    generate(db_path, seed=1, customers=2000, now=None)

Same seed, customer count and `now` give byte-identical object rows. `now`
(UTC) anchors every date in the dataset and is stored in meta as
`generated_now`; series and quotes must be computed against it. Default:
today's UTC midnight.
"""

from __future__ import annotations

import gc
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nomos_desk.domain.privacy import private_dir
from nomos_desk.sandbox.config import CURIE
from nomos_desk.sandbox.gen_activity import (
    make_grid_fee_reductions,
    make_leads,
    make_meter_orders,
    materialize_events,
    subscription_events,
)
from nomos_desk.sandbox.gen_base import HISTORY_MONTHS, Ctx, EventLog
from nomos_desk.sandbox.gen_billing import MonthTable, make_invoices
from nomos_desk.sandbox.gen_people import (
    make_customers_and_subscriptions,
    make_market_partners,
    make_plans,
    utc_now_midnight,
)
from nomos_desk.sandbox.gen_readings import make_meter_readings
from nomos_desk.sandbox.store import INSERT_OBJECT, SCHEMA, Store
from nomos_desk.sandbox.timegrid import iso

DATA_SCHEMA_VERSION = "1"
API_VERSION = CURIE


def _remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()


def _rows(objects: list[dict[str, Any]], stamp: str = "created_at"):
    return [(o["id"], o[stamp], o) for o in objects]


# Same text as store.dumps, but one reusable encoder without the cycle check:
# JSON encoding is a third of a 100k-customer run.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def _write(con, kind: str, rows) -> None:
    """Insert (id, created_at, data) rows; invoices and events have no created_at field,
    so their row timestamp is given explicitly (issued_at / timestamp).

    Rows go in id order: the primary-key index then grows at its right edge
    instead of taking random inserts."""
    con.executemany(INSERT_OBJECT,
                    ((kind, i, c, _encode(d)) for i, c, d in sorted(rows, key=_first)))


def _first(row: tuple) -> str:
    return row[0]


CHUNK = 5000  # customers per batch: bounds memory at 100k customers


def _write_all(con, rows: dict[str, list]) -> None:
    for kind, kind_rows in rows.items():
        _write(con, kind, kind_rows)


def _populate(con, seed: int, customers: int, now: datetime,
              history_months: int) -> dict[str, int]:
    """Generate the dataset chunk by chunk into `con`; returns row counts per kind.

    Every stage draws from its own named random stream in subscription order,
    so the result depends on seed, size and now only.
    """
    ctx = Ctx(seed=seed, now=now, customers=customers, history_months=history_months)
    counts: dict[str, int] = {}

    def put(rows: dict[str, list]) -> None:
        _write_all(con, rows)
        for kind, kind_rows in rows.items():
            counts[kind] = counts.get(kind, 0) + len(kind_rows)

    events = EventLog(now)
    plans = make_plans(ctx)
    partners = make_market_partners(ctx)
    put({"plan": _rows(plans), "market_partner": _rows(partners)})
    table = MonthTable(ctx, plans)
    for first in range(0, customers, CHUNK):
        custs, infos = make_customers_and_subscriptions(
            ctx, plans, partners, range(first, min(first + CHUNK, customers)))
        invoices = make_invoices(ctx, infos, table, events)
        readings = make_meter_readings(ctx, infos, table)
        orders = make_meter_orders(ctx, infos, events)
        reductions = make_grid_fee_reductions(ctx, infos)
        leads, converted = make_leads(ctx, infos, plans)
        subscription_events(infos, converted, events)
        put({"customer": _rows(custs), "subscription": _rows([i.sub for i in infos]),
             "invoice": _rows(invoices, "issued_at"), "meter_reading": _rows(readings),
             "meter_order": _rows(orders), "grid_fee_reduction": _rows(reductions),
             "lead": _rows(leads)})
    put({"event": materialize_events(ctx, events)})
    return counts


def generate(db_path: str | os.PathLike[str], seed: int = 1, customers: int = 2000,
             now: datetime | None = None, *, history_months: int = HISTORY_MONTHS) -> None:
    """Create (or overwrite) the sandbox database at `db_path`.

    `history_months` bounds invoices and meter readings (the bulk of the rows):
    at 100k customers each month of history costs roughly 75 MB.
    """
    if history_months < 1:
        raise ValueError("history_months must be at least 1")
    now = (now or utc_now_midnight()).astimezone(UTC)
    path = Path(db_path)
    private_dir(path.parent)
    _remove_db(path)
    store = Store(path)
    # Millions of short-lived dicts and no reference cycles: the cyclic GC would
    # rescan the growing heap again and again (measured ~25 % of the run).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        con = store.connect()
        # A fresh file that is rebuilt on failure: durability during the load buys nothing.
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA cache_size=-131072")  # 128 MB page cache for the bulk load
        con.execute("PRAGMA temp_store=MEMORY")
        # Building indexes once after the load is much cheaper than maintaining them
        # row by row (two of them evaluate json_extract per row); SCHEMA recreates them.
        indexes = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'objects' "
            "AND sql IS NOT NULL")]
        for name in indexes:
            con.execute(f'DROP INDEX "{name}"')
        with store.transaction() as tx:
            counts = _populate(tx, seed, customers, now, history_months)
            meta = {"seed": str(seed), "customers": str(customers), "generated_now": iso(now),
                    "data_schema_version": DATA_SCHEMA_VERSION, "api_version": API_VERSION,
                    "history_months": str(history_months),
                    "counts": json.dumps(counts, sort_keys=True)}
            for key, value in meta.items():
                tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
        con.executescript(SCHEMA)
        con.execute("PRAGMA synchronous=NORMAL")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
        if gc_was_enabled:
            gc.enable()
