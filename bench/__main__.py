"""Benchmark runner: `python -m bench [--quick] [NAME...]`.

Each module bench/<name>.py exposes `run(quick: bool) -> None` and prints lines
`bench <name>: <value> <unit>` (and `ratio <name>: <value>` against a baseline).
NAME selects the modules called NAME or starting with NAME_ (so `sandbox` runs
`sandbox` and `sandbox_generate`). Benchmarks print figures; they never assert.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
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
    args = parser.parse_args(argv)
    for name in select(available(), args.names):
        started = time.perf_counter()
        print(f"# {name}{' (quick)' if args.quick else ''}", flush=True)
        importlib.import_module(f"bench.{name}").run(args.quick)
        print(f"# {name} took {time.perf_counter() - started:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
