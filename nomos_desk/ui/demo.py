"""The demo backend: the sandbox server as a child process on a free loopback port.

A child process (not a thread) so the sandbox's CPU work (data generation on first
start, usage series) never competes with the UI thread for the GIL, and so quitting
can simply terminate it. Its database lives in the user's data directory, so demo
data and changes survive restarts.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx

from nomos_desk.domain.privacy import private_dir, private_file
from nomos_desk.ui.profiles import Profile

log = logging.getLogger(__name__)

SANDBOX_SECRET = "sandbox"
FULL_CLIENT = "sandbox-rw"
READ_ONLY_CLIENT = "sandbox-ro"


# The sandbox's runtime fault switch (sandbox-only, not Nomos contract): the Sandbox
# menu's "Flaky network" and the tests that watch the app cope use the same one.
FAULTS_PATH = "/_sandbox/faults"
FLAKY, NO_FAULTS = "flaky", "off"


class SandboxStartError(RuntimeError):
    pass


async def set_fault_mix(base_url: str, body: Mapping[str, Any],
                        transport: httpx.AsyncBaseTransport | None = None) -> dict[str, Any]:
    """Replace a running sandbox's fault mix ({"preset": "flaky"}, {"preset": "off"} or
    single fields of it); returns the mix now in force. Raises httpx.HTTPError."""
    async with httpx.AsyncClient(base_url=base_url, transport=transport, timeout=5.0) as http:
        answer = await http.put(FAULTS_PATH, json=dict(body))
        answer.raise_for_status()
        mix: dict[str, Any] = answer.json()
    return mix


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


WATCH_PARENT = "NOMOS_DESK_SANDBOX_WATCH_PARENT"


def sandbox_command(args: list[str]) -> list[str]:
    if getattr(sys, "frozen", False):
        # A bundled app has no separate interpreter: the app binary runs the server itself.
        return [sys.executable, "--run-sandbox", *args]
    return [sys.executable, "-c", "import sys; from nomos_desk.ui.demo import run_sandbox_child; "
            "sys.exit(run_sandbox_child())", *args]


def run_sandbox_child() -> int:
    """The sandbox child's entry: serve, and end as soon as the app that started it is gone.

    The app holds the write end of the child's stdin; when the app ends in any way (quit,
    crash, or Qt aborting because a system library is missing) the pipe closes and the
    child exits instead of serving on, orphaned, holding its port and database.
    """
    if os.environ.get(WATCH_PARENT) == "1":
        def watch() -> None:
            try:
                while sys.stdin.buffer.read(1024):
                    pass
            except (OSError, ValueError):
                pass
            os._exit(0)
        threading.Thread(target=watch, name="parent-watch", daemon=True).start()
    from nomos_desk.sandbox.cli import main
    return main() or 0


def demo_profile(base_url: str, client_id: str = FULL_CLIENT) -> Profile:
    """Fixed id for both clients: the demo's local data (search index) belongs to the
    sandbox's data, which survives restarts, not to the client that reads it. The window
    title and status bar say read-only themselves, so the name does not."""
    return Profile(name="Demo", base_url=base_url, client_id=client_id, id="sandbox")


class SandboxProcess:
    def __init__(self, directory: Path, *, customers: int = 2000, seed: int = 1,
                 extra_args: tuple[str, ...] = ()) -> None:
        self.directory = directory
        self.customers = customers
        self.seed = seed
        self.extra_args = extra_args
        self.proc: subprocess.Popen[bytes] | None = None
        self.base_url: str | None = None
        self._port = 0

    @property
    def db_path(self) -> Path:
        return self.directory / f"sandbox-seed{self.seed}-{self.customers}.sqlite3"

    @property
    def log_path(self) -> Path:
        return self.directory / "sandbox.log"

    def spawn(self) -> None:
        """Start the child without waiting. app.py calls this before importing Qt, so
        the server boots while the UI is still loading."""
        if self.running:
            return
        private_dir(self.directory)
        self._port = free_port()
        args = ["--host", "127.0.0.1", "--port", str(self._port), "--seed", str(self.seed),
                "--customers", str(self.customers), "--db", str(self.db_path), *self.extra_args]
        with open(private_file(self.log_path), "ab") as logfile:
            self.proc = subprocess.Popen(sandbox_command(args), stdout=logfile,
                                         stderr=subprocess.STDOUT, stdin=subprocess.PIPE,
                                         env={**os.environ, WATCH_PARENT: "1"})

    async def start(self, timeout: float = 300.0) -> str:
        """Spawn (unless already spawned) and wait until /health answers; returns the base
        URL. The first start generates the data set, which is what the long timeout is for."""
        last: Exception | None = None
        for _ in range(3):  # another process may grab the free port before the child binds it
            self.spawn()
            try:
                return await self._wait_ready(timeout)
            except SandboxStartError as exc:
                last = exc
                self.stop()
        raise SandboxStartError(f"the sandbox did not start: {last}. See {self.log_path}")

    async def _wait_ready(self, timeout: float) -> str:
        assert self.proc is not None
        base_url = f"http://127.0.0.1:{self._port}"
        deadline = time.monotonic() + timeout
        # trust_env=False: a proxy from HTTP_PROXY must not see (or break) loopback traffic.
        async with httpx.AsyncClient(base_url=base_url, timeout=2.0, trust_env=False) as http:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise SandboxStartError(f"exited with status {self.proc.returncode}")
                try:
                    if (await http.get("/health")).status_code == 200:
                        self.base_url = base_url
                        log.info("sandbox up at %s (pid %s)", base_url, self.proc.pid)
                        return base_url
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.05)
        raise SandboxStartError(f"no answer on /health within {timeout:.0f} s")

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout: float = 5.0) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        try:
            if proc.poll() is None:
                proc.terminate()  # graceful first: the child's own parent watch is the backstop
                try:
                    proc.wait(timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        finally:
            if proc.stdin is not None:
                proc.stdin.close()
