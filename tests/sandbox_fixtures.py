"""Pytest fixtures that run the Nomos sandbox for tests.

    sandbox_db      a fresh copy (per test) of a session-generated db: seed 1, 60 customers,
                    world anchored at WORLD_NOW (meta generated_now)
    sandbox_app     the ASGI app over sandbox_db (httpx.ASGITransport(sandbox_app));
                    sandbox_app.state.sandbox.request_log lists every request
    sandbox_server  uvicorn on 127.0.0.1:<free port> in a thread: .base_url, .app
    make_sandbox_app(config=None, db=None)   for tests that need fault injection etc.
    sandbox_client  a synchronous, signed-in (sandbox-rw) client over sandbox_app

Every response produced through these fixtures is validated against the
published curie spec (when ../shared is present); a violation fails the test
that produced it at teardown, listing each offending exchange.
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from nomos_desk.sandbox.app import SandboxConfig, create_app
from nomos_desk.sandbox.server import serve_in_thread
from tests import spec as spec_module

TEMPLATE_CUSTOMERS = 60
WORLD_NOW = datetime(2026, 11, 16, tzinfo=UTC)
RW, RO, SECRET = "sandbox-rw", "sandbox-ro", "sandbox"


class ValidatingApp:
    """ASGI wrapper: records each exchange and checks it against the spec.

    Attribute access falls through to the wrapped Starlette app, so
    `app.state.sandbox` works on the wrapper too. An injected dropped connection
    reaches the client as httpx.RemoteProtocolError and is not checked.
    """

    def __init__(self, app: Any, checker: Any, violations: list[str]) -> None:
        self.app = app
        self.checker = checker
        self.violations = violations

    def __getattr__(self, name: str) -> Any:
        return getattr(self.app, name)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or self.checker is None:
            await self.app(scope, receive, send)
            return
        from tests.contract.checker import Exchange
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, capture)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in start.get("headers", [])}
        exchange = Exchange(scope["method"], scope["path"],
                            scope.get("query_string", b"").decode("latin-1"),
                            start.get("status", 0), headers, b"".join(chunks))
        self.violations.extend(self.checker.check(exchange))


@pytest.fixture(scope="session")
def spec_checker() -> Any:
    """The spec validator, or None where ../shared is absent (then nothing is checked)."""
    spec = spec_module._load()
    if spec is None:
        return None
    from tests.contract.checker import SpecChecker
    return SpecChecker(spec)


def _generate(path: Path, customers: int) -> None:
    from nomos_desk.sandbox.generator import generate
    # A pinned "now" keeps the test world identical from day to day (the
    # generator's default anchors it at today's midnight).
    generate(path, seed=1, customers=customers, now=WORLD_NOW)
    con = sqlite3.connect(path)
    # Fold the WAL into the main file so a plain file copy carries every row.
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()


@pytest.fixture(scope="session")
def sandbox_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sandbox-template") / "sandbox.sqlite3"
    _generate(path, TEMPLATE_CUSTOMERS)
    return path


@pytest.fixture
def sandbox_db(sandbox_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "sandbox.sqlite3"
    shutil.copyfile(sandbox_template, target)
    return target


@pytest.fixture
def contract_violations(spec_checker: Any) -> Iterator[list[str]]:
    violations: list[str] = []
    yield violations
    if violations:
        shown = "\n  ".join(violations[:20])
        more = f"\n  ... and {len(violations) - 20} more" if len(violations) > 20 else ""
        pytest.fail(f"sandbox responses violate the published spec:\n  {shown}{more}",
                    pytrace=False)


@pytest.fixture
def make_sandbox_app(sandbox_db: Path, spec_checker: Any,
                     contract_violations: list[str]) -> Callable[..., ValidatingApp]:
    def make(config: SandboxConfig | None = None, db: Path | None = None) -> ValidatingApp:
        app = create_app(db or sandbox_db, config or SandboxConfig())
        return ValidatingApp(app, spec_checker, contract_violations)
    return make


@pytest.fixture
def sandbox_app(make_sandbox_app: Callable[..., ValidatingApp]) -> ValidatingApp:
    return make_sandbox_app()


@pytest.fixture
def sandbox_server(sandbox_app: ValidatingApp) -> Iterator[Any]:
    with serve_in_thread(sandbox_app) as handle:
        yield handle


class SyncClient:
    """httpx over ASGITransport driven by a private event loop, for sync tests."""

    def __init__(self, app: Any, client_id: str | None = RW) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                      base_url="http://sandbox.test")
        self.token: dict[str, Any] | None = None
        if client_id:
            self.sign_in(client_id)

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        if self.token and "authorization" not in {k.lower() for k in headers}:
            headers["Authorization"] = f"Bearer {self.token['access_token']}"
        return self.loop.run_until_complete(self.http.request(method, path, headers=headers,
                                                              **kwargs))

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def sign_in(self, client_id: str = RW, secret: str = SECRET) -> dict[str, Any]:
        response = self.loop.run_until_complete(self.http.post(
            "/oauth/token", auth=(client_id, secret), data={"grant_type": "client_credentials"}))
        response.raise_for_status()
        self.token = response.json()
        return self.token

    def walk(self, path: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Every item of a list, following next_page until has_more is false."""
        params = dict(params or {})
        items: list[dict[str, Any]] = []
        while True:
            response = self.get(path, params=params)
            assert response.status_code == 200, response.text
            page = response.json()
            items += page["items"]
            if not page.get("has_more"):
                return items
            params["cursor"] = page["next_page"]

    def close(self) -> None:
        self.loop.run_until_complete(self.http.aclose())
        self.loop.close()


@pytest.fixture
def sandbox_client(sandbox_app: ValidatingApp) -> Iterator[SyncClient]:
    client = SyncClient(sandbox_app)
    yield client
    client.close()
