"""Sending one logical request: auth header, the single 401 renewal, retries, errors.

All retry decisions live here. Reads retry 429, 5xx and transport failures with
exponential backoff and jitter, honour Retry-After, and stop at a bounded number of
attempts and a bounded total time: the policy of the call (a user waiting, or
background work with a longer budget). Writes retry only 429, which Nomos sends
before processing anything; a write that timed out, lost its connection or got a 5xx
may have been applied, so it surfaces as OutcomeUnknown and is never resent here.
Sleep, clock and randomness are injected so tests patch time instead of waiting.
"""

from __future__ import annotations

import asyncio
import json as jsonlib
import math
import random
import ssl
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Protocol

import httpx

from . import errors
from .errors import WriteAttempt

Params = Sequence[tuple[str, str]] | None

# Where a redirect's Location waits for urls.redirect_target (see _hold_location).
HELD_LOCATION = "X-Held-Location"
# A Retry-After beyond a day is a broken header, not a plan; it must not overflow a timer.
MAX_RETRY_AFTER = 86400.0


@dataclass(frozen=True, slots=True)
class RetryNotice:
    """A call failed in a way that may heal and will be sent again after ``delay`` s."""

    operation: str
    attempt: int  # the attempt that failed; 1 is the first
    delay: float
    cause: errors.NomosError  # RateLimited, ServerError or a TransportError


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 4  # first try included
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_elapsed: float = 20.0  # waiting included: the user is watching a spinner
    jitter: float = 0.5  # a delay shrinks by up to this fraction, so clients spread out
    # Told before each wait, so whoever shows the work can say it is retrying rather
    # than look stuck; it must not raise.
    on_retry: Callable[[RetryNotice], None] | None = field(default=None, compare=False,
                                                           repr=False)

    def backoff(self, attempt: int, rng: Callable[[], float]) -> float:
        delay = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        return delay * (1.0 - self.jitter * rng())


# What a person waits on: a few attempts within seconds, then the error is shown.
INTERACTIVE_RETRY = RetryPolicy()
# What nobody watches (index sync, board load): outlast an outage of minutes, since
# giving up means starting the whole walk again later.
BACKGROUND_RETRY = RetryPolicy(max_attempts=12, base_delay=1.0, max_delay=30.0,
                               max_elapsed=600.0)


@dataclass(frozen=True, slots=True)
class Timing:
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep
    clock: Callable[[], float] = time.monotonic
    rng: Callable[[], float] = random.random
    now: Callable[[], datetime] = lambda: datetime.now(UTC)


class TokenSource(Protocol):
    async def access_token(self) -> str: ...
    def invalidate(self, token: str) -> None: ...


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait (delay-seconds or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - now).total_seconds()
    if math.isnan(seconds):
        return None
    return min(MAX_RETRY_AFTER, max(0.0, seconds))


def _caused_by_tls(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(current):
            return True
        current = current.__cause__ or current.__context__
    return False


def transport_error(exc: httpx.RequestError) -> errors.TransportError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.Timeout(f"no answer in time ({type(exc).__name__})")
    if isinstance(exc, httpx.ConnectError) and _caused_by_tls(exc):
        return errors.TlsError(f"secure connection failed: {exc}")
    if isinstance(exc, httpx.TransportError):
        return errors.ConnectionLost(f"connection failed: {type(exc).__name__}: {exc}".rstrip(": "))
    # A body that could not be decoded (bad compression, say): the exchange broke mid-way.
    return errors.TransportError(f"the answer could not be read: {type(exc).__name__}: {exc}")


def _never_sent(exc: httpx.RequestError) -> bool:
    # Failures while opening a connection or waiting for a pooled one happen before a
    # single byte of the request left; everything later may have reached the server.
    return isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


def transient(exc: errors.NomosError) -> bool:
    """A failure that may heal by waiting (a TLS failure or a refusal will not)."""
    if isinstance(exc, errors.TransportError):
        return not isinstance(exc, errors.TlsError)
    return isinstance(exc, (errors.RateLimited, errors.ServerError))


def _int(text: str) -> int | str:
    # Python refuses to read integers of more than 4300 digits (a DoS guard). Such a
    # number stays its digits: a text field shows them, a number field drops the value
    # (as it drops one beyond float range), and the rest of the answer is read as usual.
    return int(text) if len(text) <= 4000 else text


def decode_body(response: httpx.Response) -> Any:
    """The JSON value of the body, or its text when it is not JSON (an HTML error page,
    say). Never raises: nesting too deep to parse reads as text, invalid UTF-8 inside
    strings is replaced, numbers beyond float range read as infinity."""
    content = response.content
    if not content.strip():
        return ""
    try:
        return jsonlib.loads(content, parse_int=_int)
    except UnicodeDecodeError:
        try:
            return jsonlib.loads(content.decode("utf-8", "replace"), parse_int=_int)
        except (ValueError, RecursionError):
            return _text(response)
    except (ValueError, RecursionError):
        return _text(response)


def _text(response: httpx.Response) -> str:
    try:
        return response.text
    except (UnicodeError, LookupError):  # a charset the body does not follow (UTF-16, no BOM)
        return response.content.decode("utf-8", "replace")


def request_id_of(response: httpx.Response) -> str | None:
    return errors.clean_request_id(response.headers.get("X-Request-Id"))


def json_object(response: httpx.Response, what: str) -> dict[str, Any]:
    """The body as a JSON object, or UnexpectedResponse carrying the request id."""
    body = decode_body(response)
    if not isinstance(body, dict):
        kind = "empty" if body == "" else "not a JSON object"
        raise errors.UnexpectedResponse(
            response.status_code, "UNEXPECTED_RESPONSE", f"{what}: the answer is {kind}",
            request_id=request_id_of(response),
        )
    return body


async def _hold_location(response: httpx.Response) -> None:
    """httpx parses a redirect's Location even when it is not to follow it, and a broken
    one raises right there: InvalidURL (a crash), or a RemoteProtocolError that would
    pass for a network failure. Moved aside, it is checked by redirect_target, which
    knows the request id."""
    if "Location" in response.headers:
        response.headers[HELD_LOCATION] = response.headers["Location"]
        del response.headers["Location"]


class Http:
    """One httpx.AsyncClient plus the rules above; shared by every resource call."""

    def __init__(
        self,
        *,
        base_url: str,
        api_version: str,
        timeout: httpx.Timeout,
        transport: httpx.AsyncBaseTransport | None,
        retry: RetryPolicy,
        timing: Timing,
        user_agent: str,
    ) -> None:
        self.retry = retry
        self.timing = timing
        self.tokens: TokenSource | None = None
        # TLS verification is httpx's default and nothing here ever turns it off.
        self.client = httpx.AsyncClient(
            base_url=base_url,
            transport=transport,
            timeout=timeout,
            follow_redirects=False,  # redirects are followed by hand: see get_invoice_pdf
            event_hooks={"response": [_hold_location]},
            headers={
                "X-API-Version": api_version,
                "Accept": "application/json",
                "User-Agent": user_agent,
            },
        )

    async def aclose(self) -> None:
        await self.client.aclose()

    def _delay(self, policy: RetryPolicy, attempt: int, started: float,
               retry_after: float | None) -> float | None:
        """Seconds to wait before the next attempt, or None when the budget is spent."""
        if attempt >= policy.max_attempts:
            return None
        delay = retry_after if retry_after is not None else policy.backoff(attempt, self.timing.rng)
        if self.timing.clock() - started + delay > policy.max_elapsed:
            return None
        return delay

    async def _wait(self, policy: RetryPolicy, notice: RetryNotice) -> None:
        if policy.on_retry is not None:
            policy.on_retry(notice)
        await self.timing.sleep(notice.delay)

    async def access_token(self, retry: RetryPolicy | None = None) -> str:
        """The token to send, renewed if due. A failed renewal fails everyone who waited on
        it; each waiter tries a fresh one on its own budget (nothing was sent yet, so writes
        may too). A refused secret is not transient and fails at once."""
        assert self.tokens is not None, "Http.tokens must be set before authenticated calls"
        policy = retry or self.retry
        started = self.timing.clock()
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self.tokens.access_token()
            except errors.NomosError as exc:
                if not transient(exc):
                    raise
                delay = self._delay(policy, attempt, started, getattr(exc, "retry_after", None))
                if delay is None:
                    raise
                await self._wait(policy, RetryNotice("token", attempt, delay, exc))

    def _build(self, operation: str, method: str, url: str, params: Params, json: Any,
               data: dict[str, str] | None, headers: dict[str, str]) -> httpx.Request:
        try:
            return self.client.build_request(
                method, url, params=httpx.QueryParams(list(params)) if params else None,
                json=json, data=data, headers=headers,
            )
        except (httpx.InvalidURL, ValueError, TypeError) as exc:
            # A value that cannot be put on the wire (a lone surrogate read from an earlier
            # answer, a NaN in a body): refused here, before anything is sent.
            raise errors.InvalidArgument(
                f"{operation}: the request cannot be sent ({type(exc).__name__})"
            ) from exc

    async def request(
        self,
        method: str,
        url: str,
        *,
        operation: str,
        params: Params = None,
        json: Any = None,
        data: dict[str, str] | None = None,
        auth: httpx.Auth | None = None,
        authenticated: bool = True,
        write: bool = False,
        headers: dict[str, str] | None = None,
        retry: RetryPolicy | None = None,
        stream: bool = False,
    ) -> httpx.Response:
        """Send until a final answer; return a <400 response or raise a NomosError.
        With `stream` a <400 response comes with its body unread: the caller reads it
        (to report progress) and closes it."""
        policy = retry or self.retry
        started = self.timing.clock()
        attempt = 0
        renewed = False
        attempted = WriteAttempt(operation, method, url, json if json is not None else data)
        while True:
            attempt += 1
            sent_headers = dict(headers or {})
            token = None
            tokens = self.tokens
            if authenticated:
                token = await self.access_token(policy)
                sent_headers["Authorization"] = f"Bearer {token}"
            request = self._build(operation, method, url, params, json, data, sent_headers)
            try:
                response = await self.client.send(
                    request, auth=auth if auth is not None else httpx.USE_CLIENT_DEFAULT,
                    stream=stream,
                )
            except httpx.RequestError as exc:
                failure = transport_error(exc)
                if write and not _never_sent(exc):
                    raise errors.OutcomeUnknown(attempted, failure) from exc
                delay = None if write or not transient(failure) else self._delay(
                    policy, attempt, started, None
                )
                if delay is None:
                    raise failure from exc
                await self._wait(policy, RetryNotice(operation, attempt, delay, failure))
                continue

            status = response.status_code
            if status < 400:
                return response
            if stream:  # an error's body is short: read it like any other answer's
                try:
                    await response.aread()
                except httpx.RequestError as exc:
                    raise transport_error(exc) from exc
            if status == 401 and tokens is not None and token is not None and not renewed:
                # One renewal and one resend: 401 is answered before anything is processed.
                renewed = True
                attempt -= 1
                tokens.invalidate(token)
                continue

            retry_after = parse_retry_after(response.headers.get("Retry-After"), self.timing.now())
            refusal = errors.from_response(
                status, decode_body(response),
                header_request_id=request_id_of(response),
                retry_after=retry_after,
            )
            if status >= 500 and write:
                raise errors.OutcomeUnknown(attempted, refusal, request_id=refusal.request_id)
            if status == 429 or status >= 500:
                delay = self._delay(policy, attempt, started, retry_after)
                if delay is not None:
                    await self._wait(policy, RetryNotice(operation, attempt, delay, refusal))
                    continue
            raise refusal
