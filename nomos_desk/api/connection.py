"""What every Nomos call goes through: one connection (base URL, client id, secret,
pinned version), its token, the URL safety check, scope checks before writes and
the small request helpers. ``NomosClient`` (client.py) adds one method per call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Self, TypeVar
from urllib.parse import quote

import httpx

from . import errors
from .auth import SecretProvider, Token, TokenManager
from .filters import FilterLike, as_filter
from .http import Http, RetryPolicy, Timing, decode_body
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
    """One connection and its token; NomosClient adds the calls."""

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
        defaults = Timing()
        self._http = Http(
            base_url=str(self.base_url),
            api_version=self.version.name,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            transport=transport,
            retry=retry or RetryPolicy(),
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

    async def aclose(self) -> None:
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
        quoted = {k: quote(str(v), safe="") for k, v in values.items()}
        return route.method, route.path.format(**quoted)

    async def _get(
        self, operation: str, params: Sequence[tuple[str, str]] | None = None, **path: str
    ) -> dict[str, Any]:
        method, url = self._path(operation, **path)
        response = await self._http.request(method, url, params=params, operation=operation)
        body = decode_body(response)
        if not isinstance(body, dict):
            raise errors.UnexpectedResponse(
                response.status_code, "UNEXPECTED_RESPONSE",
                f"{operation}: the answer is not a JSON object",
                request_id=response.headers.get("X-Request-Id"),
            )
        return body

    async def _write(
        self, operation: str, body: Mapping[str, Any] | None, **path: str
    ) -> dict[str, Any]:
        method, url = self._path(operation, **path)
        # The scope is known from the token response: a read-only token never sends a write.
        await self._tokens.access_token()
        if not self.can_write:
            raise errors.MissingScope(operation, self.scopes)
        response = await self._http.request(
            method, url, json=dict(body) if body is not None else {}, operation=operation, write=True
        )
        parsed = decode_body(response)
        return parsed if isinstance(parsed, dict) else {}

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

        async def fetch(page_params: list[tuple[str, str]]) -> Any:
            response = await self._http.request(method, url, params=page_params, operation=operation)
            return decode_body(response)

        return Pager(fetch, parse, params=params, limit=limit)

