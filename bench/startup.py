"""Start-up: process start until the main window is shown and the event loop idle.

Runs `python -m nomos_desk --demo` offscreen in a throw-away home with
NOMOS_DESK_BENCH_STARTUP=1, which makes the app print its own figures and quit.
The first run generates the demo data set and is not counted (a person starts the
demo many times but generates once); the median of the following runs is printed.
Peak RSS is the app process's own, without the sandbox child.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _launch(home: Path, customers: int) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NOMOS_DESK_BENCH_STARTUP="1",
               NOMOS_DESK_BENCH_T0=repr(time.time()))
    proc = subprocess.run(
        [sys.executable, "-m", "nomos_desk", "--demo", "--home", str(home),
         "--demo-customers", str(customers)],
        env=env, capture_output=True, text=True, timeout=600,
    )
    figures = dict(line.split("=", 1) for line in proc.stdout.splitlines() if "=" in line)
    if proc.returncode != 0 or "startup_to_window_ms" not in figures:
        raise RuntimeError(f"app exited with {proc.returncode}:\n{proc.stdout}\n{proc.stderr[-2000:]}")
    return figures


def run(quick: bool) -> None:
    customers, runs = (200, 2) if quick else (2000, 5)
    with tempfile.TemporaryDirectory(prefix="nomos-desk-bench-") as tmp:
        home = Path(tmp)
        cold = _launch(home, customers)
        print(f"# first start incl. generating {customers} customers: "
              f"{cold['startup_to_window_ms']} ms (not counted)", flush=True)
        times, peaks = [], []
        for _ in range(runs):
            figures = _launch(home, customers)
            times.append(float(figures["startup_to_window_ms"]))
            if figures["startup_peak_rss_mib"] != "n/a":
                peaks.append(float(figures["startup_peak_rss_mib"]))
    print(f"bench startup_to_window: {statistics.median(times):.0f} ms", flush=True)
    if peaks:
        print(f"bench startup_peak_rss: {max(peaks):.1f} MiB", flush=True)
