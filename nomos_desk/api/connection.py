"""What every Nomos call goes through: one connection (base URL, client id, secret,
pinned version), its token, the URL safety check, scope checks before writes, the
retry policy of the caller and the small request helpers. ``NomosClient``
(client.py) adds one method per call.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Self, TypeVar
from urllib.parse import quote

import httpx

from . import errors
from .auth import SecretProvider, Token, TokenManager
from .filters import FilterLike, as_filter
from .http import (
    BACKGROUND_RETRY,
    INTERACTIVE_RETRY,
    Http,
    RetryNotice,
    RetryPolicy,
    Timing,
    json_object,
    request_id_of,
)
from .pagination import Pager
from .urls import check_url
from .versions import DEFAULT_VERSION, ApiVersion, get_version

T = TypeVar("T")

DEFAULT_BASE_URL = "https://api.nomos.energy"
# A GUI waits seconds, not minutes: connecting should be quick, a page should arrive
# within a few seconds; the retry budget in RetryPolicy bounds the total.
DEFAULT_TIMEOUT = httpx.Timeout(8.0, connect=4.0, pool=4.0)
USER_AGENT = "nomos-desk/0.1 (+httpx)"


class Connection:
    """One connection and its token; NomosClient adds the calls.

    ``retry`` is the policy of calls someone waits on, ``background_retry`` the longer
    one ``background()`` hands to work nobody watches.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        client_id: str = "",
        secret_provider: SecretProvider | None = None,
        api_version: str = DEFAULT_VERSION,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        *,
        retry: RetryPolicy | None = None,
        background_retry: RetryPolicy | None = None,
        sleep: Callable[[float], Any] | None = None,
        clock: Callable[[], float] | None = None,
        rng: Callable[[], float] | None = None,
    ) -> None:
        if not client_id:
            raise errors.ConfigurationError("a client id is required")
        if secret_provider is None or not callable(secret_provider):
            raise errors.ConfigurationError("secret_provider must be a callable returning the secret")
        self.base_url = check_url(base_url.rstrip("/"))
        self.client_id = client_id
        self.version: ApiVersion = get_version(api_version)
        self._retry = retry or INTERACTIVE_RETRY
        self._background_retry = background_retry or BACKGROUND_RETRY
        self._owns_connection = True
        defaults = Timing()
        self._http = Http(
            base_url=str(self.base_url),
            api_version=self.version.name,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            transport=transport,
            retry=self._retry,
            timing=Timing(
                sleep=sleep or defaults.sleep,
                clock=clock or defaults.clock,
                rng=rng or defaults.rng,
            ),
            user_agent=USER_AGENT,
        )
        self._tokens = TokenManager(
            self._http,
            token_path=self.version.route("token").path,
            client_id=client_id,
            secret_provider=secret_provider,
        )
        self._http.tokens = self._tokens

    def __repr__(self) -> str:
        # Never the secret provider, the token or anything of the server's answers.
        return (f"{type(self).__name__}({str(self.base_url)!r}, client_id={self.client_id!r}, "
                f"api_version={self.version.name!r})")

    # -- connection ----------------------------------------------------------------

    @property
    def api_version(self) -> str:
        return self.version.name

    async def authenticate(self) -> Token:
        """Obtain a fresh token now; raises Unauthorized for a wrong id or secret."""
        return await self._tokens.authenticate()

    @property
    def token(self) -> Token | None:
        return self._tokens.token

    @property
    def scopes(self) -> frozenset[str]:
        return self._tokens.scopes

    @property
    def can_read(self) -> bool:
        return any(s == "read:*" or s.startswith("read:") for s in self.scopes)

    @property
    def can_write(self) -> bool:
        return "write:*" in self.scopes

    @property
    def retry(self) -> RetryPolicy:
        return self._retry

    def with_retry(self, policy: RetryPolicy) -> Self:
        """The same connection (token, pool) whose calls and pagers retry by ``policy``.
        Closing the view leaves the connection open; closing the original closes both."""
        view = copy.copy(self)
        view._retry = policy
        view._owns_connection = False
        return view

    def background(self, on_retry: Callable[[RetryNotice], None] | None = None) -> Self:
        """For work nobody waits on (index sync, board load): the longer retry budget.
        ``on_retry`` hears of each wait instead of the connection's background listener."""
        policy = self._background_retry
        if on_retry is not None:
            policy = dataclasses.replace(policy, on_retry=on_retry)
        return self.with_retry(policy)

    async def aclose(self) -> None:
        if self._owns_connection:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- helpers the resource calls use ----------------------------------------------

    def _path(self, operation: str, **values: str) -> tuple[str, str]:
        route = self.version.route(operation)
        missing = [p for p in route.placeholders() if not values.get(p)]
        if missing:
            raise errors.UnsupportedOperation(
                f"{operation} on {self.version.name} needs {', '.join(missing)}"
            )
        # Ids go into the path verbatim but escaped, so an odd id cannot change the route.
        try:
            quoted = {k: quote(str(v), safe="") for k, v in values.items()}
        except UnicodeEncodeError:  # a lone surrogate, as an earlier answer may have sent
            raise errors.InvalidArgument(f"{operation}: an id is not valid text") from None
        return route.method, route.path.format(**quoted)

    async def _get(
        self, operation: str, params: Sequence[tuple[str, str]] | None = None, **path: str
    ) -> dict[str, Any]:
        method, url = self._path(operation, **path)
        response = await self._http.request(method, url, params=params, operation=operation,
                                             retry=self._retry)
        return json_object(response, operation)

    async def _get_object(self, operation: str, object_id: str) -> dict[str, Any]:
        """One object by its id. An answer that is not that object (another id, none, an
        id of the wrong type) is refused: shown as the record asked for, its fields read
        tolerantly as blanks, it would pass for a record whose facts are all missing."""
        method, url = self._path(operation, id=object_id)
        response = await self._http.request(method, url, operation=operation,
                                             retry=self._retry)
        body = json_object(response, operation)
        if body.get("id") != object_id:
            raise errors.UnexpectedResponse(
                response.status_code, "UNEXPECTED_RESPONSE",
                f"{operation}: the answer is not the object asked for",
                request_id=request_id_of(response))
        return body

    async def _write(
        self, operation: str, body: Mapping[str, Any] | None, **path: str
    ) -> dict[str, Any]:
        method, url = self._path(operation, **path)
        # The scope is known from the token response: a read-only token never sends a write.
        await self._http.access_token(self._retry)
        if not self.can_write:
            raise errors.MissingScope(operation, self.scopes)
        sent = dict(body) if body is not None else {}
        response = await self._http.request(method, url, json=sent, operation=operation,
                                            write=True, retry=self._retry)
        try:
            return json_object(response, operation)
        except errors.UnexpectedResponse as exc:
            # A 2xx that is not the object Nomos promises may be a proxy's page (nothing
            # applied) or a garbled success: the caller has to look before sending again.
            attempt = errors.WriteAttempt(operation, method, url, sent)
            raise errors.OutcomeUnknown(attempt, exc, request_id=exc.request_id) from exc

    def _pager(
        self,
        operation: str,
        parse: Callable[[Any], T],
        filters: FilterLike,
        limit: int,
        **path: str,
    ) -> Pager[T]:
        params = as_filter(filters).params()
        method, url = self._path(operation, **path)
        http, policy = self._http, self._retry

        async def fetch(page_params: list[tuple[str, str]]) -> httpx.Response:
            return await http.request(method, url, params=page_params, operation=operation,
                                      retry=policy)

        return Pager(fetch, parse, params=params, limit=limit)
