"""`nomos-desk-sandbox`: generate a sandbox database if needed, then serve it.

    nomos-desk-sandbox --port 8765 --seed 1 --customers 2000 --fault-rate 0.05
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .config import SandboxConfig


def default_db(seed: int, customers: int) -> Path:
    from platformdirs import user_data_dir
    return Path(user_data_dir("nomos-desk")) / f"sandbox-seed{seed}-{customers}.sqlite3"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="nomos-desk-sandbox",
                                description="Serve a Nomos-compatible sandbox API on loopback.")
    p.add_argument("--host", default="127.0.0.1",
                   help="interface to bind (default loopback; the sandbox has no real security)")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--customers", type=int, default=2000)
    p.add_argument("--db", type=Path, default=None,
                   help="SQLite file; generated when missing or empty")
    p.add_argument("--latency-ms", type=float, default=0.0)
    p.add_argument("--jitter-ms", type=float, default=0.0)
    p.add_argument("--fault-rate", type=float, default=0.0,
                   help="share of requests answered with a random 500/502/503")
    p.add_argument("--fault-seed", type=int, default=None)
    p.add_argument("--rate-limit", type=float, default=None,
                   help="requests per second per client before 429")
    p.add_argument("--token-ttl", type=int, default=3600)
    args = p.parse_args(argv)
    if not 0.0 <= args.fault_rate <= 1.0:
        p.error("--fault-rate must be between 0 and 1")
    if args.rate_limit is not None and args.rate_limit <= 0:
        p.error("--rate-limit must be positive")
    return args


def ensure_db(path: Path, seed: int, customers: int) -> bool:
    """Generate the database when it has no customers yet; True if it did."""
    from .store import Store
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        store = Store(path)
        try:
            if store.count("customer") > 0:
                return False
        finally:
            store.close()
    from .generator import generate
    generate(path, seed=seed, customers=customers)
    return True


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    db = args.db or default_db(args.seed, args.customers)
    if ensure_db(db, args.seed, args.customers):
        print(f"generated {db} (seed {args.seed}, {args.customers} customers)", file=sys.stderr)
    config = SandboxConfig(latency_ms=args.latency_ms, jitter_ms=args.jitter_ms,
                           fault_rate=args.fault_rate, fault_seed=args.fault_seed,
                           rate_limit=args.rate_limit, token_ttl=args.token_ttl)
    import uvicorn

    from .app import create_app
    app = create_app(db, config)
    print(f"Nomos sandbox on http://{args.host}:{args.port}  db={db}\n"
          "clients: sandbox-rw (read:* write:*), sandbox-ro (read:*), secret 'sandbox'",
          file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", lifespan="off")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
