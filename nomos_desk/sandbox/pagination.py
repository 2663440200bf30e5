"""Cursor pagination, newest first, over the generic objects table.

A cursor is base64url(JSON of the last row's (created_at, id) and a digest of
every other query parameter) plus an HMAC under a per-database secret: a
tampered cursor, or one replayed with different filters or limit, is refused
with 400 as Nomos does.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets

from .errors import ApiError
from .filters import Field, where
from .params import number, one
from .store import Store

SECRET_KEY = "cursor_secret"
DEFAULT_LIMIT, MAX_LIMIT = 10, 100


def cursor_secret(store: Store) -> bytes:
    secret = store.get_meta(SECRET_KEY)
    if secret is None:
        secret = secrets.token_hex(32)
        store.set_meta(SECRET_KEY, secret)
        # Two workers may race on first use; whichever row won is the secret.
        secret = store.get_meta(SECRET_KEY) or secret
    return bytes.fromhex(secret)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _params_digest(path: str, query: list[tuple[str, str]]) -> str:
    others = sorted((k, v) for k, v in query if k != "cursor")
    return hashlib.sha256(json.dumps([path, others]).encode()).hexdigest()[:16]


def encode_cursor(secret: bytes, path: str, query: list[tuple[str, str]],
                  created_at: str, object_id: str) -> str:
    payload = _b64(json.dumps({"c": created_at, "i": object_id,
                               "q": _params_digest(path, query)}, separators=(",", ":")).encode())
    sig = _b64(hmac.new(secret, payload.encode(), hashlib.sha256).digest()[:16])
    return f"{payload}.{sig}"


def _bad_cursor(message: str) -> ApiError:
    return ApiError.bad_request("cursor", "invalid_value", message)


def decode_cursor(secret: bytes, path: str, query: list[tuple[str, str]],
                  cursor: str) -> tuple[str, str]:
    if not cursor.isascii():
        # Our cursors are base64url; compare_digest refuses non-ASCII text outright.
        raise _bad_cursor("Cursor is invalid or was tampered with")
    payload, _, sig = cursor.partition(".")
    expected = _b64(hmac.new(secret, payload.encode(), hashlib.sha256).digest()[:16])
    if not sig or not hmac.compare_digest(sig, expected):
        raise _bad_cursor("Cursor is invalid or was tampered with")
    try:
        data = json.loads(_unb64(payload))
        created_at, object_id, digest = data["c"], data["i"], data["q"]
    except (ValueError, KeyError, TypeError):
        raise _bad_cursor("Cursor is invalid or was tampered with") from None
    if digest != _params_digest(path, query):
        raise _bad_cursor("Cursor was issued for different query parameters (filters or limit)")
    return created_at, object_id


def parse_limit(query: list[tuple[str, str]]) -> int:
    raw = one(query, "limit")
    if raw is None:
        return DEFAULT_LIMIT
    value = number("limit", raw)
    if not value.is_integer():
        raise ApiError.bad_request("limit", "invalid_type", f"Expected integer, received '{raw}'")
    if value < 1:
        raise ApiError.bad_request("limit", "too_small", "Number must be greater than or equal to 1")
    if value > MAX_LIMIT:
        raise ApiError.bad_request("limit", "too_big",
                                   f"Number must be less than or equal to {MAX_LIMIT}")
    return int(value)


def list_page(store: Store, kind: str, path: str, query: list[tuple[str, str]],
              fields: dict[str, Field], secret: bytes,
              projection: str = "data") -> tuple[list[str], str | None]:
    """One page of `kind` as JSON texts (`projection` of each row), and the
    next cursor or None."""
    limit = parse_limit(query)
    clauses, params = where(query, fields)
    clauses.insert(0, "kind = ?")
    params.insert(0, kind)
    cursor = one(query, "cursor")
    if cursor:
        created_at, object_id = decode_cursor(secret, path, query, cursor)
        # A row value comparison lets SQLite seek in the page index.
        clauses.append("(created_at, id) < (?, ?)")
        params.extend([created_at, object_id])
    # The cursor takes the row's created_at column, not the object's field:
    # invoices and events carry no created_at and are ordered by issue time.
    sql = (f"SELECT created_at, id, {projection} FROM objects WHERE {' AND '.join(clauses)} "
           "ORDER BY created_at DESC, id DESC LIMIT ?")
    rows = store.connect().execute(sql, [*params, limit + 1]).fetchall()
    texts = [r[2] for r in rows[:limit]]
    if len(rows) <= limit:
        return texts, None
    created_at, object_id = rows[limit - 1][0], rows[limit - 1][1]
    return texts, encode_cursor(secret, path, query, created_at, object_id)
