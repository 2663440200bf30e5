"""Start-up: process start until the main window is shown and the event loop idle.

Measured for the source install (`python -m nomos_desk`) and, when it has been built
(packaging/build_linux.py, or NOMOS_DESK_BUNDLE naming its executable), for the
PyInstaller bundle. Each start runs `--demo` offscreen with NOMOS_DESK_BENCH_STARTUP=1,
which makes the app print its own figures and quit. Generating the demo data set is done
once beforehand and never counted. "first" is a start in a fresh home (no settings, no
index, no profile yet: what a person sees after installing); the plain figure is the
next start in the same home. Medians are printed; peak RSS is the app process's own,
without the sandbox child.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bundle_executable() -> Path | None:
    named = os.environ.get("NOMOS_DESK_BUNDLE")
    candidates = [Path(named)] if named else [
        ROOT / "dist" / "nomos-desk" / "nomos-desk",
        ROOT / "dist" / "nomos-desk" / "nomos-desk.exe",
        ROOT / "dist" / "Nomos Desk.app" / "Contents" / "MacOS" / "nomos-desk",
    ]
    return next((c for c in candidates if c.is_file()), None)


def _launch(command: list[str], home: Path, customers: int) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NOMOS_DESK_BENCH_STARTUP="1",
               NOMOS_DESK_BENCH_T0=repr(time.time()))
    proc = subprocess.run(
        [*command, "--demo", "--home", str(home), "--demo-customers", str(customers)],
        env=env, capture_output=True, text=True, timeout=600,
    )
    figures = dict(line.split("=", 1) for line in proc.stdout.splitlines() if "=" in line)
    if proc.returncode != 0 or "startup_to_window_ms" not in figures:
        raise RuntimeError(f"app exited with {proc.returncode}:\n{proc.stdout}\n{proc.stderr[-2000:]}")
    return figures


def _measure(name: str, command: list[str], demo_data: Path, scratch: Path, customers: int,
             runs: int) -> float:
    first, again, peaks = [], [], []
    for number in range(runs):
        home = scratch / f"{name}-{number}"
        shutil.copytree(demo_data, home / "data" / "sandbox")
        for times in (first, again):
            figures = _launch(command, home, customers)
            times.append(float(figures["startup_to_window_ms"]))
            if figures["startup_peak_rss_mib"] != "n/a":
                peaks.append(float(figures["startup_peak_rss_mib"]))
    label = "startup" if name == "source" else f"startup_{name}"
    print(f"bench {label}_first_to_window: {statistics.median(first):.0f} ms", flush=True)
    print(f"bench {label}_to_window: {statistics.median(again):.0f} ms", flush=True)
    if peaks:
        print(f"bench {label}_peak_rss: {max(peaks):.1f} MiB", flush=True)
    return statistics.median(again)


def run(quick: bool) -> None:
    customers, runs = (200, 2) if quick else (2000, 5)
    source = [sys.executable, "-m", "nomos_desk"]
    with tempfile.TemporaryDirectory(prefix="nomos-desk-bench-") as tmp:
        scratch = Path(tmp)
        generated = _launch(source, scratch / "generate", customers)
        print(f"# generating {customers} demo customers, then the first start: "
              f"{generated['startup_to_window_ms']} ms (not counted)", flush=True)
        demo_data = scratch / "generate" / "data" / "sandbox"
        source_ms = _measure("source", source, demo_data, scratch, customers, runs)
        bundle = bundle_executable()
        if bundle is None:
            print("# no bundle in dist/: build it with packaging/build_linux.py to measure it "
                  "too", flush=True)
            return
        print(f"# bundle: {bundle}", flush=True)
        bundle_ms = _measure("bundle", [str(bundle)], demo_data, scratch, customers, runs)
        print(f"ratio startup_bundle: {bundle_ms / source_ms:.2f}", flush=True)
