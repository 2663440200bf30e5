"""The usage chart: drawing a year of quarter hours, panning and zooming it, its memory,
and loading it from the sandbox over a 50 ms network (first open and from the cache).

- draw: a year of 15-minute usage and price (35,040 values each) from memory onto a
  shown 1280 x 600 chart (aggregate, set the curves, paint); the first draw of a new
  chart and the median of redraws (target under 200 ms);
- frame: one pan or zoom step of that year, repainted (median and 95th percentile;
  target under 16 ms);
- memory: what the year's arrays, the buckets and the drawn curves allocate (tracemalloc)
  and the process's resident growth;
- sandbox: the real section's loader against the sandbox on loopback with 50 ms latency
  per answer: time until the first chunk is drawn and until the whole year is, on a first
  open (empty cache) and again from the disk cache.
--quick draws a month and loads a month, to keep the benchmark working in CI.
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np

from ._child import serve_in_child
from ._memory import rss_mib

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LATENCY_MS = 50.0


def _slots(period):
    """A plausible household year in memory: daily and seasonal shape, noise, dynamic
    prices with a midday dip, a few gaps, the last days preliminary."""
    from nomos_desk.domain.slots import Slots
    slots = Slots.empty(period)
    n = slots.kwh.size
    rng = np.random.default_rng(1)
    hours = (np.arange(n) % 96) / 4
    season = 1 + 0.3 * np.cos(np.arange(n) / n * 2 * np.pi)
    slots.kwh[:] = 0.09 * season * (1 + 0.8 * np.exp(-((hours - 19) ** 2) / 6)) \
        * rng.gamma(4, 0.25, n)
    slots.kwh[n // 3:n // 3 + 200] = np.nan
    slots.preliminary[-300:] = True
    energy = 9 + 6 * np.cos((hours - 19) / 24 * 2 * np.pi) + rng.normal(0, 2, n)
    slots.parts["electricity"][:] = energy
    slots.parts["grid"][:] = 9.8
    slots.parts["levies"][:] = 7.2
    slots.price[:] = energy + 17.0
    return slots


def _drawn(app, chart) -> None:
    """Paint once, now (the scene is painted in the viewport's paint event)."""
    chart.viewport().update()
    app.processEvents()


def _draw(quick: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from nomos_desk.domain import aggregate as agg
    from nomos_desk.domain.periods import MONTH, YEAR, period_of
    from nomos_desk.ui.usage.chart import ChartView, UsageChart

    app = QApplication.instance() or QApplication([])
    period = period_of(MONTH if quick else YEAR, date(2026, 1, 1))
    rss0 = rss_mib() or 0.0

    def shown_chart() -> UsageChart:
        chart = UsageChart()
        chart.resize(1280, 600)
        chart.show()
        app.processEvents()
        return chart

    def draw(stacked: bool = False) -> tuple[float, float]:
        """(wall, CPU) seconds: the CPU time of this thread stays honest on a busy machine."""
        wall, cpu = time.perf_counter(), time.thread_time()
        buckets = agg.aggregate(slots, agg.QUARTER)
        chart.show_view(ChartView(buckets, agg.QUARTER, period, bars=False, stacked=stacked))
        _drawn(app, chart)
        return time.perf_counter() - wall, time.thread_time() - cpu

    # Memory first, on a chart of its own: tracemalloc slows every allocation, so the
    # timed draws below run without it.
    tracemalloc.start()
    slots = _slots(period)
    chart = shown_chart()
    draw()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    chart.close()
    chart.deleteLater()
    app.processEvents()
    chart = shown_chart()
    first = draw()
    redraws = [draw() for _ in range(3 if quick else 10)]
    stacked = [draw(stacked=True) for _ in range(2 if quick else 5)]
    draw()
    vb = chart.plot.vb
    span = period.end_epoch - period.start_epoch
    vb.setXRange(period.start_epoch, period.start_epoch + span / 6, padding=0)
    _drawn(app, chart)
    frames = []
    for i in range(20 if quick else 120):
        wall, cpu = time.perf_counter(), time.thread_time()
        if i % 40 < 20:  # pan along, then zoom out and back in
            vb.translateBy(x=span / 300)
        else:
            vb.scaleBy(x=1.1 if i % 40 < 30 else 1 / 1.1)
        _drawn(app, chart)
        frames.append((time.perf_counter() - wall, time.thread_time() - cpu))
    values = slots.kwh.size

    def ms(pairs: list[tuple[float, float]], pick: int) -> str:
        return f"{statistics.median(p[pick] for p in pairs) * 1000:.1f}"

    print(f"bench chart_draw_first: {first[0] * 1000:.0f} ms ({values} quarter hours of usage "
          f"and price; CPU {first[1] * 1000:.0f} ms)", flush=True)
    print(f"bench chart_draw: {ms(redraws, 0)} ms (median redraw; CPU {ms(redraws, 1)} ms)",
          flush=True)
    print(f"bench chart_draw_stacked: {ms(stacked, 0)} ms (price components stacked; CPU "
          f"{ms(stacked, 1)} ms)", flush=True)
    print(f"bench chart_frame: {ms(frames, 0)} ms (median pan/zoom step; CPU "
          f"{ms(frames, 1)} ms)", flush=True)
    walls = sorted(f[0] for f in frames)
    print(f"bench chart_frame_p95: {walls[int(len(walls) * 0.95) - 1] * 1000:.1f} ms",
          flush=True)
    print(f"bench chart_memory_traced: {peak / 2**20:.1f} MiB (arrays, buckets, curves)",
          flush=True)
    rss = rss_mib()
    if rss is not None:
        print(f"bench chart_memory_rss_growth: {rss - rss0:.1f} MiB", flush=True)
    chart.close()
    chart.deleteLater()
    app.processEvents()


def _world(tmp: Path, kind: str, day: date):
    """A small sandbox world whose earliest smart-meter subscription covers the period."""
    from nomos_desk.sandbox.generator import generate
    from nomos_desk.sandbox.store import Store
    from nomos_desk.sandbox.timeutil import iso

    db = tmp / "sandbox.sqlite3"
    generate(db, seed=1, customers=30, now=datetime(2026, 11, 16, tzinfo=UTC))
    store = Store(db)
    subs = store.query("SELECT data FROM objects WHERE kind = 'subscription' AND "
                       "json_extract(data, '$.status') = 'active' AND "
                       "json_extract(data, '$.type') = 'consumption' AND "
                       "json_extract(data, '$.meter.type') = 'smart'")
    sub = min(subs, key=lambda s: s["start_at"])
    sub["start_at"] = iso(datetime(2024, 12, 31, 23, tzinfo=UTC))  # supplied all of 2025
    store.replace(sub)
    store.close()
    return db, sub["id"]


async def _open(client, cache, sub_id: str, period, today: date, app, chart) -> tuple[float, float,
                                                                                  int]:
    """Load like the section does, drawing after every chunk: (first drawn, all drawn, chunks
    fetched)."""
    from nomos_desk.domain import aggregate as agg
    from nomos_desk.ui.usage.chart import ChartView
    from nomos_desk.ui.usage.loader import PeriodData, Subject, fill

    sub = await client.get_subscription(sub_id)
    data = PeriodData(Subject.of(sub), period, today)
    started = time.perf_counter()
    first: list[float] = []

    def drawn() -> None:
        if data.chunks_done == 0 and data.chunks_total:
            return  # the cache read before any answer: nothing of this period drawn yet
        resolution = agg.resolve(agg.AUTO, period)
        chart.show_view(ChartView(agg.aggregate(data.slots, resolution), resolution, period),
                        keep_zoom=True)
        # Painted at once; processEvents() here would run the other chunks' tasks inside
        # this one (qasync refuses that), as the section avoids by redrawing on a timer.
        chart.viewport().repaint()
        if not first:
            first.append(time.perf_counter() - started)

    await fill(data, client, cache, drawn)
    return first[0], time.perf_counter() - started, data.chunks_total


def _sandbox(quick: bool) -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    from nomos_desk.api import NomosClient
    from nomos_desk.domain.periods import MONTH, YEAR, period_of
    from nomos_desk.ui.usage.cache import UsageCache
    from nomos_desk.ui.usage.chart import UsageChart

    app = QApplication.instance() or QApplication([])
    period = period_of(MONTH if quick else YEAR, date(2025, 3, 1))
    what = "a month" if quick else "a year"
    with tempfile.TemporaryDirectory(prefix="nomos-desk-bench-chart-") as folder:
        tmp = Path(folder)
        db, sub_id = _world(tmp, "smart", period.first)
        chart = UsageChart()
        chart.resize(1280, 600)
        chart.show()
        proc, base_url = serve_in_child(db, 0, "--latency-ms", str(LATENCY_MS))
        try:
            loop = qasync.QEventLoop(app)
            asyncio.set_event_loop(loop)

            async def both() -> list[tuple[float, float, int]]:
                async with NomosClient(base_url, "sandbox-ro", lambda: "sandbox") as c:
                    cache = UsageCache(tmp / "usage.sqlite3")
                    try:
                        return [await _open(c, cache, sub_id, period, date(2026, 11, 16), app,
                                            chart) for _ in range(2)]
                    finally:
                        cache.close()

            try:
                (cold_first, cold_all, chunks), (warm_first, warm_all, refetched) = \
                    loop.run_until_complete(both())
            finally:
                loop.close()
                asyncio.set_event_loop(None)
        finally:
            proc.terminate()
            proc.wait(10)
        chart.close()
        chart.deleteLater()
        app.processEvents()
    print(f"bench chart_sandbox_first_chunk: {cold_first * 1000:.0f} ms ({what}, "
          f"{LATENCY_MS:.0f} ms latency, first open)", flush=True)
    print(f"bench chart_sandbox_complete: {cold_all * 1000:.0f} ms ({chunks} requests)",
          flush=True)
    print(f"bench chart_cache_first_chunk: {warm_first * 1000:.0f} ms ({what} again, "
          f"from the disk cache)", flush=True)
    print(f"bench chart_cache_complete: {warm_all * 1000:.0f} ms ({refetched} requests)",
          flush=True)


def run(quick: bool) -> None:
    _draw(quick)
    gc.collect()
    _sandbox(quick)
