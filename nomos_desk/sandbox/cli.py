"""`nomos-desk-sandbox`: generate a sandbox database if needed, then serve it.

    nomos-desk-sandbox --port 8765 --seed 1 --customers 2000 --fault-rate 0.05
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from nomos_desk.domain.privacy import private_file

from . import fault_mix
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
    p.add_argument("--log-file", type=Path, default=None,
                   help="write the server's own output here (created readable by you only)")
    faults = p.add_argument_group("faults", "a preset, then single settings on top of it "
                                            "(also switchable at runtime: PUT /_sandbox/faults)")
    faults.add_argument("--faults", choices=list(fault_mix.PRESETS), default=None,
                        help="a named fault mix to start from ('flaky': the demo's flaky network)")
    for name in fault_mix.FIELDS:  # one flag per field of the mix: --fault-drop-rate etc.
        kind = int if fault_mix.SCHEMA["properties"][name]["type"] == "integer" else float
        faults.add_argument("--" + name.replace("_", "-"), type=kind, help=fault_mix.HELP[name])
    p.add_argument("--fault-seed", type=int, default=None,
                   help="seed of the fault dice: the same faults in the same order every run")
    p.add_argument("--token-ttl", type=int, default=3600)
    args = p.parse_args(argv)
    given = {name: getattr(args, name) for name in fault_mix.FIELDS
             if getattr(args, name) is not None}
    problems = fault_mix.check({**given, "preset": args.faults} if args.faults else given)
    if problems:
        flag = "--" + problems[0].field.replace("_", "-")
        p.error(f"{flag}: {problems[0].message}")
    args.fault_mix = fault_mix.resolve({**given, "preset": args.faults})
    return args


def ensure_db(path: Path, seed: int, customers: int) -> bool:
    """Generate the database when it has no customers yet; True if it did."""
    from .store import Store
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


def log_to(path: Path) -> None:
    """Send this process's stdout and stderr (prints, uvicorn, tracebacks) to `path`,
    created readable by the user only: it can show requests with customer data."""
    private_file(path)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.log_file:
        log_to(args.log_file)
    db = args.db or default_db(args.seed, args.customers)
    if ensure_db(db, args.seed, args.customers):
        print(f"generated {db} (seed {args.seed}, {args.customers} customers)", file=sys.stderr)
    config = SandboxConfig(fault_seed=args.fault_seed, token_ttl=args.token_ttl,
                           **args.fault_mix)
    import uvicorn

    from .app import create_app
    from .faults import quiet_dropped_connections
    from .server import H11_MAX_EVENT_BYTES
    app = create_app(db, config)
    print(f"Nomos sandbox on http://{args.host}:{args.port}  db={db}\n"
          "clients: sandbox-rw (read:* write:*), sandbox-ro (read:*), secret 'sandbox'",
          file=sys.stderr, flush=True)
    quiet_dropped_connections()
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", lifespan="off",
                h11_max_incomplete_event_size=H11_MAX_EVENT_BYTES)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
