"""Benchmark runner: `python -m bench [--quick] [NAME...]`.

Each module bench/<name>.py exposes `run(quick: bool) -> None` and prints lines
`bench <name>: <value> <unit>` (and `ratio <name>: <value>` against a baseline).
NAME selects the modules called NAME or starting with NAME_ (so `sandbox` runs
`sandbox` and `sandbox_generate`). Benchmarks print figures; they never assert.

Each module runs in a process of its own: one leaves no Qt objects, threads or event
loop behind for the next to trip over, and a crash in one does not hide the others.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import subprocess
import sys
import time
from pathlib import Path


def available() -> list[str]:
    here = Path(__file__).parent
    return sorted(m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_"))


def select(names: list[str], wanted: list[str]) -> list[str]:
    if not wanted:
        return names
    chosen = [n for n in names if any(n == w or n.startswith(w + "_") for w in wanted)]
    unknown = [w for w in wanted if not any(n == w or n.startswith(w + "_") for n in names)]
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(names)}")
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, to keep benchmarks working")
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--in-process", metavar="NAME", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.in_process:
        importlib.import_module(f"bench.{args.in_process}").run(args.quick)
        return 0
    failed = []
    for name in select(available(), args.names):
        started = time.perf_counter()
        print(f"# {name}{' (quick)' if args.quick else ''}", flush=True)
        child = subprocess.run([sys.executable, "-m", "bench", *(["--quick"] if args.quick else []),
                                "--in-process", name], check=False)
        if child.returncode:
            failed.append(f"{name} (exit {child.returncode})")
        print(f"# {name} took {time.perf_counter() - started:.1f} s", flush=True)
    if failed:
        print(f"# failed: {', '.join(failed)}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
