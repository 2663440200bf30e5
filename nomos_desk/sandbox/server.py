"""Run the sandbox on loopback with uvicorn in a background thread.

    with serve_in_thread(db_path) as handle:
        httpx.get(handle.base_url + "/health")

The listening socket is bound before the thread starts, so port 0 yields a
free port that is known at once and never raced for.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn

from .app import SandboxConfig, create_app
from .faults import quiet_dropped_connections

# h11's default (16 KiB) answers a longer request line or header block itself, with a
# plain-text 400 the app never sees; let such requests reach the app's own checks.
H11_MAX_EVENT_BYTES = 1024 * 1024


@dataclass
class ServerHandle:
    base_url: str
    host: str
    port: int
    app: Any
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)


@contextmanager
def serve_in_thread(app_or_db: Any, host: str = "127.0.0.1", port: int = 0,
                    config: SandboxConfig | None = None,
                    certificate: Path | None = None) -> Iterator[ServerHandle]:
    """Serve an ASGI app (or a new sandbox app over a db path) until the block exits;
    over TLS when `certificate` names a PEM file holding the key and the chain."""
    app = create_app(app_or_db, config) if isinstance(app_or_db, str | Path) else app_or_db
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted
    # sockets whose proto says TCP, and without it every answer waits ~40 ms
    # for the peer's delayed ACK (Nagle).
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM,
                         socket.IPPROTO_TCP)
    if sys.platform == "win32":
        # On Windows SO_REUSEADDR lets a second socket bind a port already in use, so a
        # fixed port could be shared silently; exclusive use is the safe equivalent there.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
    else:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    bound = sock.getsockname()[1]
    quiet_dropped_connections()
    server = uvicorn.Server(uvicorn.Config(
        app, log_level="warning", lifespan="off", access_log=False,
        # Idle keep-alive clients must not hold up a test's teardown.
        timeout_graceful_shutdown=2, h11_max_incomplete_event_size=H11_MAX_EVENT_BYTES,
        ssl_certfile=certificate, ssl_keyfile=certificate))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                              name=f"sandbox-{bound}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            raise RuntimeError("sandbox server failed to start")
        time.sleep(0.002)
    url_host = f"[{host}]" if ":" in host else host
    scheme = "https" if certificate is not None else "http"
    handle = ServerHandle(f"{scheme}://{url_host}:{bound}", host, bound, app, server, thread)
    try:
        yield handle
    finally:
        handle.stop()
        sock.close()
