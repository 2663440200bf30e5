"""Soak: thousands of refreshes, page switches and requests through the whole UI, and
whether anything grows: memory (RSS), asyncio tasks, open connections (the client's
pool and the process's sockets) and Qt widgets, at the start and at the end.

The app runs offscreen in this process, signed in to a sandbox served on loopback from
a thread (real sockets, a real connection pool). Each round opens a subscription's
workspace and its customer's tab, refreshes both (F5), types a search, switches pages
and tabs, and closes the oldest tabs, so that an app that kept anything of a closed tab
or a finished request would show it as growth. The first rounds warm caches up; the
start figures are taken after them.
"""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ._memory import rss_mib

CUSTOMERS = 150
WARM_UP_ROUNDS = 5
MAX_OPEN_TABS = 6


class ThreadSandbox:
    """The app's demo backend, served from a thread of this process."""

    def __init__(self, base_url: str) -> None:
        self.base_url: str | None = base_url

    async def start(self) -> str:
        assert self.base_url is not None
        return self.base_url

    def stop(self) -> None:
        pass


def _sockets() -> int | None:
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return None
    count = 0
    for fd in fds.iterdir():
        try:
            count += os.readlink(fd).startswith("socket:")
        except OSError:
            pass
    return count


def _pool_connections(client: Any) -> int:
    """Connections the client's httpx pool holds (the session's transport)."""
    transport = client._http.client._transport
    inner = getattr(transport, "inner", transport)  # the app's ObservingTransport
    pool = getattr(inner, "_pool", None)
    return len(getattr(pool, "connections", ()))


async def _until(ready: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError("the UI did not settle in time")
        await asyncio.sleep(0.005)


class Soak:
    def __init__(self, controller: Any) -> None:
        self.controller = controller
        self.operations = 0

    @property
    def window(self) -> Any:
        return self.controller.window

    async def figures(self) -> dict[str, float | None]:
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication

        await asyncio.sleep(0.2)  # what closing tabs cancelled winds down and is deleted
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()
        services = self.controller.services
        return {"rss": rss_mib(), "tasks": len(asyncio.all_tasks()),
                "pool": _pool_connections(services.client), "sockets": _sockets(),
                "widgets": len(QApplication.allWidgets()), "objects": len(gc.get_objects())}

    async def settle(self, tab: Any) -> None:
        await _until(lambda: all(tab.state(k) in ("ready", "empty", "error")
                                 for k in tab.sections) and tab.current is not None)

    async def round(self, subscription_id: str, query: str) -> None:
        from nomos_desk.ui.main_window import TABS
        from nomos_desk.ui.registry import SEARCH

        window = self.window
        workspace = window.open("subscription", subscription_id)
        await self.settle(workspace)
        customer = window.open("customer", workspace.current.subscription.customer_id)
        await self.settle(customer)
        for tab in (workspace, customer):  # F5 on each
            window.tabs.setCurrentWidget(tab)
            window.refresh()
            await self.settle(tab)
        search = window.search_view
        window.show_page(SEARCH)
        search.query.setText(query)
        search._run_query()
        await _until(lambda: not self.controller.services.tasks.is_running("search.query"))
        window.show_page(TABS)
        window.step_tab(1)
        window.step_tab(-1)
        while window.tabs.count() > MAX_OPEN_TABS:
            window.close_tab(0)
        self.operations += 9  # two opens, two refreshes, a search, four page/tab switches


async def _soak(base_url: str, rounds: int, home: Path) -> None:
    from nomos_desk.ui.profiles import AppPaths
    from nomos_desk.ui.session import AppController
    from nomos_desk.ui.settings import AppSettings

    paths = AppPaths(home)
    controller = AppController(paths, AppSettings(paths.settings_file),
                               sandbox=ThreadSandbox(base_url))
    running = asyncio.ensure_future(controller.run())
    try:
        await _until(lambda: controller.services is not None and controller.window is not None,
                     timeout=60)
        search = controller.window.search_view
        await _until(lambda: "Index built" in search.sync_label.text(), timeout=120)
        client = controller.services.client
        subs = [s async for s in client.list_subscriptions(limit=100)]
        names = ["Müller", "Schmidt", "Berlin", "Haupt", "Weber", "1ESY"]
        soak = Soak(controller)
        for n in range(WARM_UP_ROUNDS):
            await soak.round(subs[n % len(subs)].id, names[n % len(names)])
        start, started = await soak.figures(), time.perf_counter()
        soak.operations = 0
        half: dict[str, float | None] = {}
        for n in range(rounds):
            await soak.round(subs[(n + WARM_UP_ROUNDS) % len(subs)].id, names[n % len(names)])
            if n + 1 == rounds // 2:
                # Growth that stops (caches filling up) shows here as much as at the end.
                half = await soak.figures()
        elapsed = time.perf_counter() - started
        end = await soak.figures()
    finally:
        controller.request_quit()
        await running
    print(f"bench soak_operations: {soak.operations} operations in {elapsed:.1f} s")
    units = {"rss": "MiB", "tasks": "tasks", "pool": "connections", "sockets": "sockets",
             "widgets": "widgets", "objects": "Python objects"}
    for key, unit in units.items():
        if start[key] is None or end[key] is None:
            print(f"# soak_{key}: not measurable on {sys.platform}")
            continue
        shown = (lambda v: f"{v:.1f}") if key == "rss" else (lambda v: f"{v:.0f}")
        print(f"bench soak_{key}_start: {shown(start[key])} {unit}")
        if half.get(key) is not None:
            print(f"bench soak_{key}_half: {shown(half[key])} {unit}")
        print(f"bench soak_{key}_end: {shown(end[key])} {unit}")
    if start["rss"] and end["rss"]:
        print(f"ratio soak_rss_end_vs_start: {end['rss'] / start['rss']:.2f}")


def run(quick: bool) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from nomos_desk.sandbox.generator import generate
    from nomos_desk.sandbox.server import serve_in_thread

    rounds = 10 if quick else 300
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)  # as app.py: the controller decides when it ends
    # The offscreen platform says on every window that it cannot raise it; nothing else.
    qInstallMessageHandler(lambda kind, context, text: None if "This plugin does not "
                           "support" in text else print(text, file=sys.stderr))
    with tempfile.TemporaryDirectory(prefix="nomos-desk-soak-") as tmp:
        db = Path(tmp) / "sandbox.sqlite3"
        generate(db, seed=1, customers=CUSTOMERS)
        with serve_in_thread(db) as server:
            loop = qasync.QEventLoop(app)
            asyncio.set_event_loop(loop)
            with loop:
                loop.run_until_complete(_soak(server.base_url, rounds, Path(tmp) / "home"))
