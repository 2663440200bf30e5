"""OAuth client-credentials and refresh-token grants, tokens kept in SQLite.

Tokens live in the sandbox database (table `sandbox_tokens`) so a client that
signed in before a sandbox restart keeps working afterwards, as it would
against Nomos.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import JSONResponse

from .config import SandboxConfig
from .errors import ApiError, FieldError
from .store import Store
from .validation import parse_json

TOKEN_SCHEMA = """
CREATE TABLE IF NOT EXISTS sandbox_tokens (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL,            -- 'access' or 'refresh'
    client_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    expires_at TEXT NOT NULL       -- ISO 8601 UTC
);
"""

WRITE_METHODS = {"POST", "PATCH", "PUT", "DELETE"}
# RFC 6749 5.1: token answers must not be cached by anything in between.
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


@dataclass(frozen=True)
class Principal:
    client_id: str
    scope: str

    @property
    def can_write(self) -> bool:
        return "write:*" in self.scope.split()


def _hash(token: str) -> str:
    # Only hashes hit the disk: a copied sandbox db must not hand out live tokens.
    return hashlib.sha256(token.encode()).hexdigest()


class TokenStore:
    def __init__(self, store: Store, config: SandboxConfig) -> None:
        self.store = store
        self.config = config
        self.store.connect().executescript(TOKEN_SCHEMA)

    def _now(self) -> datetime:
        return self.config.clock()

    def issue(self, client_id: str, scope: str) -> dict[str, object]:
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        now = self._now()
        rows = [
            (_hash(access), "access", client_id, scope,
             (now + timedelta(seconds=self.config.token_ttl)).isoformat()),
            (_hash(refresh), "refresh", client_id, scope,
             (now + timedelta(seconds=self.config.refresh_ttl)).isoformat()),
        ]
        with self.store.transaction() as con:
            # Expired rows are dead weight; dropping them here keeps the table small.
            con.execute("DELETE FROM sandbox_tokens WHERE expires_at < ?", (now.isoformat(),))
            con.executemany("INSERT INTO sandbox_tokens VALUES (?, ?, ?, ?, ?)", rows)
        return {"access_token": access, "token_type": "Bearer",
                "expires_in": self.config.token_ttl, "refresh_token": refresh, "scope": scope}

    def lookup(self, token: str, kind: str) -> Principal | None:
        row = self.store.connect().execute(
            "SELECT client_id, scope, expires_at FROM sandbox_tokens "
            "WHERE token_hash = ? AND kind = ?", (_hash(token), kind)).fetchone()
        if row is None or datetime.fromisoformat(row[2]) <= self._now():
            return None
        return Principal(row[0], row[1])

    def rotate(self, refresh_token: str) -> dict[str, object] | None:
        """Spend a refresh token: it is deleted whether or not a pair follows."""
        principal = self.lookup(refresh_token, "refresh")
        with self.store.transaction() as con:
            con.execute("DELETE FROM sandbox_tokens WHERE token_hash = ? AND kind = 'refresh'",
                        (_hash(refresh_token),))
        if principal is None:
            return None
        return self.issue(principal.client_id, principal.scope)


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        return None
    try:
        # Non-ASCII or non-base64 text and non-UTF-8 credentials are all just wrong ones.
        decoded = base64.b64decode(value.strip(), validate=True).decode()
    except ValueError:  # binascii.Error and UnicodeDecodeError are ValueErrors
        return None
    client_id, sep, secret = decoded.partition(":")
    return (client_id, secret) if sep else None


async def _token_body(request: Request) -> dict[str, str]:
    """The spec types the body as JSON, the guides send a form: accept both."""
    raw = await request.body()
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if not raw:
        return {}
    if ctype == "application/json":
        data = parse_json(raw)
        if not isinstance(data, dict):
            raise ApiError.bad_request("body", "invalid_type", "Expected object")
        return {k: v for k, v in data.items() if isinstance(v, str)}
    return dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))


async def token_endpoint(request: Request) -> JSONResponse:
    sandbox = request.app.state.sandbox
    body = await _token_body(request)
    creds = _basic_credentials(request)
    if creds is None and "client_id" in body and "client_secret" in body:
        creds = (body["client_id"], body["client_secret"])
    known = sandbox.config.clients.get(creds[0]) if creds else None
    # Bytes: compare_digest refuses str with non-ASCII characters.
    if creds is None or known is None or not secrets.compare_digest(known[0].encode(),
                                                                    creds[1].encode()):
        raise ApiError(401, "Invalid client credentials")
    client_id, scope = creds[0], known[1]
    _note_client(request, client_id)
    grant = body.get("grant_type")
    if grant == "client_credentials":
        return JSONResponse(sandbox.tokens.issue(client_id, scope), headers=NO_STORE)
    if grant == "refresh_token":
        refresh = body.get("refresh_token")
        if not refresh:
            raise ApiError.bad_request("refresh_token", "invalid_type", "Required")
        pair = sandbox.tokens.rotate(refresh)
        if pair is None:
            raise ApiError(401, "Refresh token is invalid, expired or already used")
        return JSONResponse(pair, headers=NO_STORE)
    if grant is None:
        raise ApiError.bad_request("grant_type", "invalid_type", "Required")
    raise ApiError(400, f"invalid_value in 'grant_type': unsupported grant '{grant}'",
                   [FieldError("invalid_value", "grant_type",
                               "Expected 'client_credentials' or 'refresh_token'")])


def _note_client(request: Request, client_id: str) -> None:
    ctx = request.scope.get("state", {}).get("sandbox_ctx")
    if ctx is not None:
        ctx["client_id"] = client_id


def authenticate(request: Request) -> Principal:
    """Bearer check for every API route; writes also need `write:*`."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "Missing bearer token")
    principal = request.app.state.sandbox.tokens.lookup(token.strip(), "access")
    if principal is None:
        raise ApiError(401, "Invalid or expired access token")
    _note_client(request, principal.client_id)
    if request.method in WRITE_METHODS and not principal.can_write:
        raise ApiError(403, "The access token lacks the write:* scope")
    return principal
