"""The meter-order board: loading 5,000 orders at 50 ms latency, opening from the local
store, the event loop during the load, scrolling 10,000 cards, and a bulk run's pace
under a rate limit.

The sandbox runs in a child process (like the real Nomos, its work does not compete
with the app's loop for the GIL) with 50 ms latency per answer. The data set is a
generated one topped up to exactly the target count by copying orders under new ids.
The board loads as the app does (BoardPage on a qasync loop: one walk per status, all
at once under one cap); the baseline is one sequential walk of the whole list. A
ticker on the loop measures the longest stall during the load. The bulk run orders
smart meters for subscriptions without one through the app's ordering logic while the
sandbox allows a fixed number of requests per second.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.search import _serve_in_child

LATENCY_MS = 50
RATE_LIMIT = 20  # requests per second the sandbox allows a client in the bulk run


def _prepare(db: Path, target: int) -> list[str]:
    """Generate, top the orders up (or down) to `target`, and return subscriptions fit for
    a bulk order (active consumption, analog meter, plan with the product, no order)."""
    from nomos_desk.sandbox.generator import generate
    from nomos_desk.sandbox.timeutil import new_id
    customers = max(200, int(target * 2000 / 700))
    generate(db, seed=1, customers=customers, now=datetime(2026, 11, 16, tzinfo=UTC))
    con = sqlite3.connect(db)
    rows = con.execute("SELECT id, created_at, data FROM objects WHERE kind = 'meter_order' "
                       "ORDER BY id").fetchall()
    if len(rows) > target:
        con.executemany("DELETE FROM objects WHERE id = ?", [(r[0],) for r in rows[target:]])
    for i in range(target - len(rows)):
        _, created_at, data = rows[i % len(rows)]
        order = json.loads(data)
        order["id"] = new_id("prdo_")
        con.execute("INSERT INTO objects (kind, id, created_at, data) VALUES (?, ?, ?, ?)",
                    ("meter_order", order["id"], created_at, json.dumps(order)))
    with_order = {json.loads(d)["subscription"] for (d,) in con.execute(
        "SELECT data FROM objects WHERE kind = 'meter_order'")}
    smart_plans = {json.loads(d)["id"] for (d,) in con.execute(
        "SELECT data FROM objects WHERE kind = 'plan'")
        if json.loads(d)["_sandbox"].get("smart_meter_product")}
    fit = []
    for (data,) in con.execute("SELECT data FROM objects WHERE kind = 'subscription'"):
        sub = json.loads(data)
        if sub["status"] == "active" and sub["type"] == "consumption" and \
                sub["meter"]["type"] == "analog" and sub["plan"] in smart_plans and \
                sub["id"] not in with_order:
            fit.append(sub["id"])
    con.commit()
    con.close()
    return fit


class Ticker:
    """How long the loop goes without running a 2 ms ticker: the stall a person feels."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.002)
            now = time.perf_counter()
            self.gaps.append(now - last - 0.002)
            last = now

    def start(self) -> None:
        self.gaps = []
        self._task = asyncio.ensure_future(self._tick())

    def stop(self) -> float:
        if self._task is not None:
            self._task.cancel()
        return max(self.gaps, default=0.0) * 1000


def _services(base_url: str, home: Path, client):
    from nomos_desk.ui.connection import ConnectionMonitor
    from nomos_desk.ui.gating import ScopeGate
    from nomos_desk.ui.profiles import AppPaths, Profile
    from nomos_desk.ui.services import Services
    from nomos_desk.ui.settings import AppSettings
    from nomos_desk.ui.tasks import TaskRunner

    class Sink:
        def report_error(self, exc: BaseException, context: str) -> None:
            print(f"# error while {context}: {exc!r}")

        def status(self, text: str) -> None:
            pass

        def refreshed(self) -> None:
            pass

    paths = AppPaths(home)
    profile = Profile(name="bench", base_url=base_url, client_id="sandbox-rw", id="bench")
    gate = ScopeGate(client.scopes)
    tasks = TaskRunner(connection=None)
    return Services(client=client, gate=gate, tasks=tasks, profile=profile,
                    data_dir=paths.profile_dir(profile.id),
                    settings=AppSettings(paths.settings_file), connection=ConnectionMonitor(),
                    sink=Sink())


async def _until(signal, started: float) -> float:
    done = asyncio.get_running_loop().create_future()
    signal.connect(lambda *_: done.done() or done.set_result(time.perf_counter()))
    return (await done) - started


async def _board(base_url: str, home: Path) -> dict[str, float]:
    from nomos_desk.api import NomosClient
    from nomos_desk.ui.board.page import BoardPage

    out: dict[str, float] = {}
    async with NomosClient(base_url, "sandbox-rw", lambda: "sandbox") as client:
        await client.authenticate()
        # The baseline: one walk of the whole list, page after page.
        started = time.perf_counter()
        first = None
        count = 0
        async for page in client.background().list_meter_orders(limit=100).pages():
            first = first or time.perf_counter() - started
            count += len(page.items)
        out["sequential_first"], out["sequential_all"] = first or 0.0, \
            time.perf_counter() - started
        out["orders"] = count

        # The floor the server allows: the same concurrent walks with nothing done on the
        # pages (no cards, no store), to tell the board's own cost from the sandbox's.
        from nomos_desk.api import F
        from nomos_desk.ui.board.loader import IN_FLIGHT
        gate = asyncio.Semaphore(IN_FLIGHT)
        statuses = client.version.meter_order_status_names

        async def walk(status: str) -> None:
            pages = client.background().list_meter_orders(F("status").eq(status)).pages()
            while True:
                async with gate:
                    try:
                        await pages.__anext__()
                    except StopAsyncIteration:
                        return

        started = time.perf_counter()
        await asyncio.gather(*(walk(s) for s in statuses))
        out["walks_only"] = time.perf_counter() - started

        services = _services(base_url, home, client)
        gc.collect()
        gc.freeze()  # as the app does before its loop starts
        ticker = Ticker()
        page = BoardPage(services)
        page.resize(1280, 800)
        started = time.perf_counter()
        # The load starts when the page has opened (shown what the store had): from there
        # on the ticker watches the loop; the page's first paint is not part of the load.
        page.opened.connect(ticker.start)
        first_cards = asyncio.ensure_future(_until(page.first_cards, started))
        complete = asyncio.ensure_future(_until(page.complete, started))
        loaded = asyncio.ensure_future(_until(page.loaded, started))
        page.show()
        out["board_first"] = await first_cards
        out["board_all"] = await complete
        out["board_stored"] = await loaded
        out["stall"] = ticker.stop()
        out["board_shown"] = sum(c.model.rowCount() for c in page.kanban.columns.values())
        page.close_view()
        page.deleteLater()

        again = BoardPage(services)  # a new start of the app: the store has the last load
        again.resize(1280, 800)
        started = time.perf_counter()
        opened = asyncio.ensure_future(_until(again.opened, started))
        loaded = asyncio.ensure_future(_until(again.loaded, started))
        again.show()
        out["store_open"] = await opened
        out["store_shown"] = sum(c.model.rowCount() for c in again.kanban.columns.values())
        await loaded
        again.close_view()
        again.deleteLater()
        await services.close()
        gc.unfreeze()
    return out


def _scroll(cards: int) -> tuple[float, float, float]:
    """Scroll a column of `cards` cards from top to bottom, half a view per step:
    (mean, 99th percentile, max) ms per step, painting included."""
    from PySide6.QtWidgets import QApplication

    from nomos_desk.api import CURIE, get_version
    from nomos_desk.domain.order_stages import BoardOrder, OrderFacts, Party
    from nomos_desk.ui.board.card_list import CardList, CardModel
    from nomos_desk.ui.board.joins import lifecycle_of

    model = CardModel(lifecycle_of(get_version(CURIE)))
    now = datetime.now(UTC)
    model.set_cards([BoardOrder(OrderFacts(id=f"prdo_{i}", subscription=f"sub_{i}",
                                           status="placed", provider="metrify", created_at=now,
                                           blocked=i % 7 == 0, blocked_at=now,
                                           blocked_reason="check_missing" if i % 7 == 0
                                           else None),
                                Party(f"Kundin {i}", f"N{i:07d}", "Berlin", "10115"))
                     for i in range(cards)])
    view = CardList(model)
    view.resize(240, 700)
    view.show()
    QApplication.processEvents()
    bar = view.verticalScrollBar()
    for value in range(0, 20 * view.viewport().height(), view.viewport().height()):
        bar.setValue(value)  # warm-up: the first paints load fonts and glyphs
        view.viewport().repaint()
    steps = []
    for value in range(0, bar.maximum() + 1, max(1, view.viewport().height() // 2)):
        started = time.perf_counter()
        bar.setValue(value)
        view.viewport().repaint()
        steps.append(time.perf_counter() - started)
    view.close()
    steps.sort()
    return (sum(steps) / len(steps) * 1000, steps[int(len(steps) * 0.99)] * 1000,
            steps[-1] * 1000)


async def _bulk(base_url: str, home: Path, subs: list[str]) -> dict[str, float]:
    import httpx

    from nomos_desk.api import NomosClient
    from nomos_desk.domain.bulk_journal import Journal
    from nomos_desk.domain.bulk_orders import Candidate
    from nomos_desk.domain.bulk_run import BulkRun, Pacer
    from nomos_desk.ui.board.bulk_send import OrderSender
    from nomos_desk.ui.board.bulk_view import CONCURRENCY

    httpx.put(f"{base_url}/_sandbox/faults", json={"latency_ms": LATENCY_MS,
                                                   "rate_limit": RATE_LIMIT})
    journal = Journal(home / "bulk.sqlite3")
    run = journal.start("bench", [Candidate(s) for s in subs])
    async with NomosClient(base_url, "sandbox-rw", lambda: "sandbox") as client:
        sender = OrderSender(client, None, patience=5.0)
        bulk = BulkRun(journal, run.id, sender.send, sender.check, pacer=Pacer(),
                       concurrency=CONCURRENCY)
        started = time.perf_counter()
        counts = await bulk.run()
        took = time.perf_counter() - started
    journal.close()
    return {"orders": counts.get("ordered", 0), "took": took, "throttles": bulk.pacer.throttles,
            "interval": bulk.pacer.interval}


def run(quick: bool) -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    target, bulk_n = (500, 20) if quick else (5000, 300)
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)  # pages come and go; the loop must not stop
    with tempfile.TemporaryDirectory(prefix="nomos-bench-board-") as tmp:
        db = Path(tmp) / "sandbox.sqlite3"
        fit = _prepare(db, target)
        proc, base_url = _serve_in_child(db, 0)
        import httpx
        httpx.put(f"{base_url}/_sandbox/faults", json={"latency_ms": LATENCY_MS})
        try:
            loop = qasync.QEventLoop(app)
            asyncio.set_event_loop(loop)
            with loop:
                board = loop.run_until_complete(_board(base_url, Path(tmp) / "home"))
                bulk = loop.run_until_complete(_bulk(base_url, Path(tmp), fit[:bulk_n]))
        finally:
            proc.terminate()
            proc.wait(10)
    cards = 2_000 if quick else 10_000
    mean, p99, worst = _scroll(cards)
    print(f"bench board_orders: {board['orders']:.0f} orders, {LATENCY_MS} ms latency "
          f"(board shows {board['board_shown']:.0f})")
    print(f"bench board_first_cards: {board['board_first'] * 1000:.0f} ms")
    print(f"bench board_complete: {board['board_all'] * 1000:.0f} ms (every card shown)")
    print(f"bench board_stored: {board['board_stored'] * 1000:.0f} ms (saved, marks applied)")
    print(f"bench board_sequential_first_page: {board['sequential_first'] * 1000:.0f} ms")
    print(f"bench board_sequential_complete: {board['sequential_all'] * 1000:.0f} ms")
    print(f"ratio board_complete_vs_sequential: "
          f"{board['board_all'] / board['sequential_all']:.2f} (target <= 0.4)")
    print(f"bench board_walks_only: {board['walks_only'] * 1000:.0f} ms (the same concurrent "
          f"walks doing nothing with the pages: what the sandbox allows)")
    print(f"ratio board_walks_only_vs_sequential: "
          f"{board['walks_only'] / board['sequential_all']:.2f}")
    print(f"bench board_open_from_store: {board['store_open'] * 1000:.0f} ms "
          f"({board['store_shown']:.0f} cards)")
    print(f"bench board_loop_stall_max: {board['stall']:.1f} ms (target < 50)")
    print(f"ratio board_stall_vs_50ms_target: {board['stall'] / 50:.2f}")
    print(f"bench board_scroll_{cards}_cards: {mean:.2f} ms per step (half a view), "
          f"p99 {p99:.2f} ms, worst {worst:.2f} ms")
    print(f"bench board_bulk_orders_per_second: {bulk['orders'] / bulk['took']:.1f} orders/s "
          f"({bulk['orders']:.0f} orders, rate limit {RATE_LIMIT} requests/s, "
          f"{bulk['throttles']:.0f} times slowed down by 429, final interval "
          f"{bulk['interval'] * 1000:.0f} ms)")
    if hasattr(os, "getloadavg"):  # stalls and ratios suffer when the cores are busy
        print(f"bench board_load_average: {os.getloadavg()[0]:.2f} (1 min, "
              f"{os.cpu_count()} cpus)")
