"""A sandbox in its own process for benchmarks, like the real Nomos (and the app's demo):
its work neither competes with the app for the GIL nor leaves objects in the app's heap."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def serve_in_child(db: Path, customers: int, *options: str) -> tuple[subprocess.Popen[bytes], str]:
    """Start the sandbox CLI over `db` (generated first if missing) with extra `options`
    (e.g. "--latency-ms", "50"); returns the process and its base URL once it answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "nomos_desk.sandbox.cli", "--db", str(db),
                             "--port", str(port), "--customers", str(customers), "--seed", "1",
                             *options],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600  # generating 10,000 customers takes a while
    while time.monotonic() < deadline:
        try:
            if httpx.get(base_url + "/health", timeout=1).status_code == 200:
                return proc, base_url
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the sandbox did not start")
