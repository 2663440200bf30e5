"""Nothing leaks from the client: the secret and the tokens live in memory only, never
in a file, a log line, a repr or an error message; TLS verification cannot be turned
off; plain http is refused off loopback (see test_client.py for the URL rules)."""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
import os
import ssl
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

from nomos_desk.api import NomosClient, errors

from .fakes import FakeNomos, FakeTime, run

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Zq7-only-in-memory-XYZ"
IBAN = "DE89370400440532013000"

SESSION = textwrap.dedent("""
    import asyncio, json, logging, os, sys
    logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
    from nomos_desk.api import NomosClient, errors
    from nomos_desk.sandbox.config import SandboxConfig
    from nomos_desk.sandbox.server import serve_in_thread

    SECRET = os.environ["LEAK_SECRET"]

    async def session(url):
        seen = []
        async with NomosClient(url, "leak-client", lambda: SECRET) as client:
            for _ in range(2):  # a sign-in and a renewal
                token = await client.authenticate()
                seen += [token.access_token, token.refresh_token]
            subs = await client.list_subscriptions(limit=5).collect()
            await client.get_subscription(subs[0].id)
            await client.update_subscription(subs[0].id, payment_method={
                "type": "sepa_debit", "sepa_debit": {"iban": os.environ["LEAK_IBAN"],
                                                     "account_holder": "Anna Muster"}})
            try:
                await client.get_customer("cus_missing")
            except errors.NotFound as exc:
                print(repr(exc), exc, file=sys.stderr)
            print(repr(client), repr(token), token, file=sys.stderr)
        async with NomosClient(url, "leak-client", lambda: "wrong") as client:
            try:
                await client.authenticate()
            except errors.Unauthorized as exc:
                print(repr(exc), exc, file=sys.stderr)
        return seen

    config = SandboxConfig(clients={"leak-client": (SECRET, "read:* write:*")})
    with serve_in_thread(os.environ["LEAK_DB"], config=config) as server:
        seen = asyncio.run(session(server.base_url))
    with open(os.environ["LEAK_TOKENS"], "w") as out:
        json.dump(seen, out)
""")


def test_a_whole_session_writes_no_file_and_logs_no_secret_token_or_iban(sandbox_db, tmp_path):
    """Sign-in, renewal, walks, a write carrying an IBAN and refusals, with every logger at
    DEBUG and home, temp and working directories pointed at empty folders."""
    home = tmp_path / "home"
    for sub in ("home", "config", "data", "cache", "state", "tmp", "cwd"):
        (home / sub).mkdir(parents=True)
    tokens_file = tmp_path / "tokens.json"
    env = {**os.environ, "HOME": str(home / "home"), "USERPROFILE": str(home / "home"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
           "TMPDIR": str(home / "tmp"), "TEMP": str(home / "tmp"), "TMP": str(home / "tmp"),
           "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(ROOT),
           "LEAK_SECRET": SECRET, "LEAK_IBAN": IBAN, "LEAK_DB": str(sandbox_db),
           "LEAK_TOKENS": str(tokens_file)}
    done = subprocess.run([sys.executable, "-c", SESSION], env=env, cwd=home / "cwd",
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-3000:]
    tokens = [t for t in json.loads(tokens_file.read_text()) if t]
    assert len(tokens) == 4 and "DEBUG" in done.stderr  # the loggers did speak
    written = [p for p in home.rglob("*") if p.is_file()]
    assert written == [], f"the session left files behind: {written}"
    basic = base64.b64encode(f"leak-client:{SECRET}".encode()).decode()
    output = done.stdout + done.stderr
    for needle in (SECRET, basic, IBAN, *tokens):
        assert needle not in output, f"{needle[:6]}… appears in the session's output"


def test_repr_and_str_of_client_token_and_errors_hold_no_secret_or_token():
    fake = FakeNomos(secret=SECRET, routes={
        "/subscriptions/sub_1": lambda r: httpx.Response(503, json={"code": "X"})})
    shown: list[str] = []

    async def go():
        async with fake.client(FakeTime(), secret_provider=lambda: SECRET) as client:
            token = await client.authenticate()
            shown.extend([repr(client), str(client), repr(token), str(token),
                          repr(client.background())])
            failures = []
            for attempt in (client.get_subscription("sub_1"),
                            client.update_subscription("sub_1", payment_method={
                                "sepa_debit": {"iban": IBAN}})):
                try:
                    await attempt
                except errors.NomosError as exc:
                    failures.append(exc)
            return token, failures

    token, failures = run(go())
    unknown = next(f for f in failures if isinstance(f, errors.OutcomeUnknown))
    assert unknown.attempt.body["payment_method"]["sepa_debit"]["iban"] == IBAN  # kept...
    shown += [repr(unknown.attempt), str(unknown.attempt)]  # ...but never printed
    for exc in failures:
        shown += [repr(exc), str(exc), repr(exc.args)]
    text = "\n".join(shown)
    for needle in (SECRET, IBAN, token.access_token, token.refresh_token):
        assert needle not in text
    assert "client_1" in text  # the client id is no secret and helps support


def test_the_client_cannot_be_told_to_skip_tls_verification():
    assert not {"verify", "ssl_context", "cert"} & set(inspect.signature(NomosClient).parameters)


def test_a_server_whose_certificate_is_not_trusted_is_refused(tmp_path):
    """A real TLS handshake on loopback with a certificate for "localhost" from a CA the
    client does not know: the client must fail with TlsError and send no request."""
    trustme = pytest.importorskip("trustme", reason="trustme (a dev dependency) is not installed")
    ca = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost", "127.0.0.1").configure_cert(server_ctx)
    requests: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            requests.append(await reader.read(1000))
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}")
            await writer.drain()
        except (ssl.SSLError, ConnectionError):
            pass
        finally:
            writer.close()

    async def go():
        server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=server_ctx)
        port = server.sockets[0].getsockname()[1]
        try:
            async with NomosClient(f"https://localhost:{port}", "client_1",
                                   lambda: SECRET) as client:
                with pytest.raises(errors.TlsError):
                    await client.authenticate()
        finally:
            server.close()
            await server.wait_closed()

    run(go())
    assert not any(requests), "a request went out over an unverified connection"
