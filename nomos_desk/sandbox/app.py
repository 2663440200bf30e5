"""The Nomos-compatible sandbox as a Starlette app over one SQLite file.

    app = create_app(db_path, SandboxConfig(...))
    app.state.sandbox.request_log   # one dict per request, oldest first

A log record holds time, method, path, query (raw string), status (0: the
connection was dropped), client_id (None before authentication), request_id
(the error body's requestId), api_version, body (parsed JSON of a write, its
text when unparsable, else None), fault and duration_ms (delays included).
fault is None or what faults.py injected: "before"/"after" (a 5xx before or
after the write committed), "rate_limited" (the per-client limit), "throttled"
(a random 429), "dropped_before"/"dropped_after", "slow_after_commit". A
process driving the sandbox over HTTP reads the same list at
GET /_sandbox/requests (DELETE clears it) and switches faults at
/_sandbox/faults (routes_sandbox.py). Paths starting with "_" and /health are
sandbox-only, not Nomos contract.

Qt-free; serve it with uvicorn (server.py, cli.py) or call it in-process
through httpx.ASGITransport.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import Route

from . import routes_files, routes_read, routes_sandbox, routes_update, routes_write
from .auth import TokenStore, token_endpoint
from .config import SandboxConfig
from .data import DataBridge
from .errors import ApiError, api_error_handler, http_exception_handler
from .faults import FaultMiddleware
from .middleware import SandboxMiddleware
from .pagination import cursor_secret
from .store import Store

__all__ = ["Sandbox", "SandboxConfig", "create_app"]


class Sandbox:
    """Everything a request handler needs, hung on `app.state.sandbox`."""

    def __init__(self, db_path: str | Path, config: SandboxConfig) -> None:
        self.db_path = Path(db_path)
        self.config = config
        self.store = Store(db_path)
        self.tokens = TokenStore(self.store, config)
        self.cursor_secret = cursor_secret(self.store)
        self.data = DataBridge(self.store, config)
        self.request_log: list[dict[str, Any]] = []
        self._log_lock = threading.Lock()

    def record(self, entry: dict[str, Any]) -> None:
        with self._log_lock:
            self.request_log.append(entry)
            overflow = len(self.request_log) - self.config.request_log_max
            if overflow > 0:
                # Keep the newest records; a long demo must not grow without bound.
                del self.request_log[:overflow]

    def log_snapshot(self) -> list[dict[str, Any]]:
        with self._log_lock:
            return list(self.request_log)

    def clear_log(self) -> None:
        with self._log_lock:
            self.request_log.clear()


def routes() -> list[Route]:
    """Every route of the app (tests enumerate them to cover new ones automatically)."""
    return [
        *routes_sandbox.routes(),
        Route("/oauth/token", token_endpoint, methods=["POST"]),
        *routes_files.routes(),
        *routes_read.routes(),
        *routes_write.routes(),
        *routes_update.routes(),
    ]


def create_app(db_path: str | Path, config: SandboxConfig | None = None) -> Starlette:
    config = config or SandboxConfig()
    sandbox = Sandbox(db_path, config)
    app = Starlette(
        routes=routes(),
        middleware=[Middleware(SandboxMiddleware), Middleware(FaultMiddleware, config=config)],
        # Crashes are answered by SandboxMiddleware (it owns the version echo).
        exception_handlers={ApiError: api_error_handler, HTTPException: http_exception_handler},
    )
    # "/plans/" is not a Nomos path; a redirect to "/plans" would be off-contract.
    app.router.redirect_slashes = False
    app.state.sandbox = sandbox
    return app
