"""Sandbox data generation: wall time and database size.

The demo generates 2,000 customers on first start, so that figure is what a
user waits for; 100,000 customers shows how the generator and the store scale
(the quick mode runs 10,000 instead and says so in the name).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from nomos_desk.sandbox.generator import generate

NOW = datetime(2026, 3, 18, tzinfo=UTC)


def _size_mb(path: Path) -> float:
    total = 0
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            total += os.path.getsize(p)
    return total / 1e6


def _one(folder: Path, customers: int, label: str) -> None:
    path = folder / f"sandbox-{customers}.sqlite3"
    started = time.perf_counter()
    generate(path, seed=1, customers=customers, now=NOW)
    elapsed = time.perf_counter() - started
    print(f"bench sandbox_generate_{label}: {elapsed:.2f} s")
    print(f"bench sandbox_generate_{label}_db_size: {_size_mb(path):.1f} MB")
    path.unlink()


def run(quick: bool) -> None:
    folder = Path(tempfile.mkdtemp(prefix="nomos-bench-gen-"))
    try:
        _one(folder, 2000, "2000")
        if quick:
            _one(folder, 10000, "10000_quick")
        else:
            _one(folder, 100000, "100000")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    run(quick=False)
