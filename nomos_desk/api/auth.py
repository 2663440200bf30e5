"""The OAuth client-credentials token: obtained, cached, renewed once for everyone.

Renewal happens shortly before expiry (refresh-token grant, falling back to a new
client-credentials grant when the refresh token is refused) and after a 401. All
concurrent callers that need a new token await one shared renewal task: the
check-and-start is synchronous, so no lock is ever held across an await, and a
caller being cancelled (the user switched views) does not cancel the renewal the
others are waiting for. A renewal that failed is not cached: the next caller (and
each waiter that retries, see Http.request) starts a fresh one. The secret is
fetched from the provider for each grant and not kept, so it lives in memory only
as long as one request needs it; tokens live in this object only.
"""

from __future__ import annotations

import asyncio
import inspect
import math
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from . import errors
from .errors import SecretUnavailable
from .http import Http, json_object, request_id_of

SecretProvider = Callable[[], "str | Awaitable[str]"]
BodyFormat = Literal["form", "json"]

__all__ = ["SecretProvider", "SecretUnavailable", "Token", "TokenManager"]

# What may travel in an Authorization header or a grant body: visible ASCII (RFC 6750's
# b64token and then some). Anything else (a lone surrogate, a newline) would break the
# request it is sent in, so such a token is refused where it arrives.
_TOKEN_TEXT = re.compile(r"[\x21-\x7e]{1,16384}")


@dataclass(frozen=True, slots=True)
class Token:
    access_token: str = field(repr=False)
    refresh_token: str | None = field(repr=False)
    scopes: frozenset[str]
    obtained_at: float
    expires_in: float

    @property
    def renew_at(self) -> float:
        # A margin of a tenth of the lifetime (at most a minute) keeps a request that
        # starts just before expiry from arriving with a dead token.
        return self.obtained_at + self.expires_in - min(60.0, self.expires_in * 0.1)


def _token_text(value: Any) -> str | None:
    return value if isinstance(value, str) and _TOKEN_TEXT.fullmatch(value) else None


def _seconds(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        seconds = float(value)
    except OverflowError:  # an integer beyond float range
        return None
    return seconds if math.isfinite(seconds) and seconds > 0 else None


def _refuses_body(exc: errors.ApiError) -> bool:
    """Whether a token error may mean "not this body format" rather than "not you"."""
    return exc.status in (400, 415, 422)


class TokenManager:
    DEFAULT_LIFETIME = 3600.0

    def __init__(
        self,
        http: Http,
        *,
        token_path: str,
        client_id: str,
        secret_provider: SecretProvider,
    ) -> None:
        self._http = http
        self._token_path = token_path
        self._client_id = client_id
        self._secret_provider = secret_provider
        self._token: Token | None = None
        self._stale: str | None = None  # access token a 401 proved dead
        self._renewal: asyncio.Task[Token] | None = None
        # The grant body format the server accepted; None until a grant succeeded.
        self._body_format: BodyFormat | None = None

    @property
    def token(self) -> Token | None:
        return self._token

    @property
    def scopes(self) -> frozenset[str]:
        return self._token.scopes if self._token else frozenset()

    def _usable(self) -> Token | None:
        token = self._token
        if token is None or token.access_token == self._stale:
            return None
        if self._http.timing.clock() >= token.renew_at:
            return None
        return token

    async def access_token(self) -> str:
        token = self._usable()
        if token is not None:
            return token.access_token
        if self._renewal is None or self._renewal.done():
            self._renewal = asyncio.ensure_future(self._renew())
            # If every waiter was cancelled, nobody reads a failure; mark it read so asyncio
            # does not log "exception was never retrieved" for a sign-in the user abandoned.
            self._renewal.add_done_callback(_consume)
        renewal = self._renewal
        # shield: one waiter being cancelled must not abort the renewal the rest await.
        return (await asyncio.shield(renewal)).access_token

    def invalidate(self, token: str) -> None:
        """A request with ``token`` got 401; only that token is condemned, so a late 401
        for an already replaced token does not trigger a second renewal."""
        if self._token is not None and self._token.access_token == token:
            self._stale = token

    async def authenticate(self) -> Token:
        """Fetch a token now (sign-in), even if a cached one is still valid."""
        self._stale = self._token.access_token if self._token else None
        await self.access_token()
        assert self._token is not None
        return self._token

    async def _renew(self) -> Token:
        old = self._token
        if old is not None and old.refresh_token:
            try:
                token = await self._grant(
                    {"grant_type": "refresh_token", "refresh_token": old.refresh_token}, old
                )
            except errors.ApiError as exc:
                if not 400 <= exc.status < 500 or isinstance(exc, errors.RateLimited):
                    raise
                token = await self._grant({"grant_type": "client_credentials"}, None)
        else:
            token = await self._grant({"grant_type": "client_credentials"}, None)
        self._token = token
        self._stale = None
        return token

    async def _secret(self) -> str:
        try:
            secret = self._secret_provider()
            if inspect.isawaitable(secret):
                secret = await secret
        except errors.NomosError:
            raise
        except Exception as exc:  # keyring backends raise their own families
            raise SecretUnavailable(f"client secret unavailable: {type(exc).__name__}") from exc
        if not isinstance(secret, str) or not secret:
            raise SecretUnavailable("client secret unavailable: the provider returned nothing")
        return secret

    async def _grant(self, grant: dict[str, str], previous: Token | None) -> Token:
        auth = httpx.BasicAuth(self._client_id, await self._secret())
        # The lifetime counts from before the request, so latency only makes us renew early.
        started = self._http.timing.clock()
        response = await self._post(grant, auth)
        return self._read(response, started, previous)

    async def _post(self, grant: dict[str, str], auth: httpx.BasicAuth) -> httpx.Response:
        """Nomos's guides send the grant form-encoded (as OAuth 2.0 does), the spec types it
        as JSON, and a server may take only one. Until a grant succeeded, a refusal that may
        be about the format is answered by trying the other one; the format that worked is
        kept for every later grant (refreshes included), so renewals pay no failed trip."""
        if self._body_format is not None:
            return await self._send(self._body_format, grant, auth)
        try:
            response = await self._send("form", grant, auth)
        except errors.ApiError as refused:
            if not _refuses_body(refused):
                raise
            try:
                response = await self._send("json", grant, auth)
            except errors.ApiError as exc:
                # Both refused for the same kind of reason: the first answer explains more.
                if _refuses_body(exc):
                    raise refused from None
                raise
            self._body_format = "json"
            return response
        self._body_format = "form"
        return response

    async def _send(self, body_format: BodyFormat, grant: dict[str, str],
                    auth: httpx.BasicAuth) -> httpx.Response:
        return await self._http.request(
            "POST", self._token_path, operation="token", authenticated=False, auth=auth,
            data=grant if body_format == "form" else None,
            json=grant if body_format == "json" else None,
        )

    def _read(self, response: httpx.Response, started: float, previous: Token | None) -> Token:
        body = json_object(response, "token")
        access = _token_text(body.get("access_token"))
        if access is None:
            raise errors.UnexpectedResponse(
                response.status_code, "UNEXPECTED_RESPONSE",
                "the token answer carries no usable access_token",
                request_id=request_id_of(response),
            )
        scope = body.get("scope")
        if isinstance(scope, str):
            scopes = frozenset(scope.split())
        else:
            # A refresh answer without scope keeps what the grant gave; a first grant
            # without scope grants nothing we can rely on, so writes stay refused.
            scopes = previous.scopes if previous else frozenset()
        lifetime = _seconds(body.get("expires_in")) or self.DEFAULT_LIFETIME
        refresh = _token_text(body.get("refresh_token"))
        return Token(
            access_token=access,
            refresh_token=refresh or (previous.refresh_token if previous else None),
            scopes=scopes,
            obtained_at=started,
            expires_in=lifetime,
        )


def _consume(task: asyncio.Task[Token]) -> None:
    if not task.cancelled():
        task.exception()
