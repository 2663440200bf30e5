"""The typed error tree every caller of the API layer branches on.

Nomos answers every failure with one envelope (code, message, requestId, docs,
errors[]); the UI shows the code and the request id and never parses messages.
Transport failures (nothing or no complete answer came back) form a second
branch, and two errors are raised locally: a write the token's scope forbids
(nothing sent) and a write whose fate is unknown (never resent blindly).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class FieldError:
    """One entry of the envelope's ``errors[]``: what was wrong with which input."""

    code: str
    field: str | None
    message: str


@dataclass(frozen=True, slots=True)
class WriteAttempt:
    """What a write tried to do, so the UI can check the server before offering a resend."""

    operation: str
    method: str
    path: str
    body: Any = field(repr=False)  # may hold an IBAN: kept for the caller, never printed


class NomosError(Exception):
    """Base of everything this package raises on purpose."""

    request_id: str | None = None

    def __init__(self, message: str, *, request_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request_id = request_id

    def __str__(self) -> str:
        # The request id is what support asks for, so it travels with every rendering.
        return f"{self.message} (request id {self.request_id})" if self.request_id else self.message


class ConfigurationError(NomosError, ValueError):
    """The client was set up in a way that would be unsafe or cannot work."""


class InvalidUrl(ConfigurationError):
    """Not a URL the client can talk to; the message says what to enter instead."""


class InsecureUrl(InvalidUrl):
    """Plain http to a non-loopback host would put the client secret on the wire."""


class UnsupportedVersion(ConfigurationError):
    """The pinned X-API-Version is not one this client knows the routes of."""


class InvalidArgument(NomosError, ValueError):
    """A value the caller passed (or read from an earlier answer) cannot be sent: a date
    that is not one, an id that is not valid text. Nothing was sent."""


class UnsupportedOperation(NomosError):
    """The pinned API version has no route for this call (e.g. PATCH on edison)."""


class SecretUnavailable(NomosError):
    """The secret provider (e.g. the OS keyring) could not hand out the secret."""


class MissingScope(NomosError):
    """A write refused locally because the token lacks ``write:*``; nothing was sent."""

    def __init__(self, operation: str, scopes: frozenset[str]) -> None:
        granted = " ".join(sorted(scopes)) or "none"
        super().__init__(f"{operation} needs write:* but the token grants {granted}")
        self.operation = operation
        self.scopes = scopes


class ApiError(NomosError):
    """An error envelope (or an error status without one) from the server."""

    default_code = "UNKNOWN"

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        request_id: str | None = None,
        docs: str | None = None,
        field_errors: tuple[FieldError, ...] = (),
        raw: Any = None,
    ) -> None:
        super().__init__(message, request_id=request_id)
        self.status = status
        self.code = code
        self.docs = docs
        self.field_errors = field_errors
        self.raw = raw

    def __str__(self) -> str:
        text = f"{self.code} ({self.status}): {self.message}"
        return f"{text} (request id {self.request_id})" if self.request_id else text


class BadRequest(ApiError):
    default_code = "BAD_REQUEST"


class Unauthorized(ApiError):
    default_code = "UNAUTHORIZED"


class PaymentRequired(ApiError):
    default_code = "PAYMENT_REQUIRED"


class Forbidden(ApiError):
    default_code = "FORBIDDEN"


class NotFound(ApiError):
    default_code = "NOT_FOUND"


class MethodNotAllowed(ApiError):
    default_code = "METHOD_NOT_ALLOWED"


class Conflict(ApiError):
    default_code = "CONFLICT"


class Unprocessable(ApiError):
    """A business rule said no (e.g. an implausible meter reading): a soft hint, not a crash."""

    default_code = "UNPROCESSABLE_ENTITY"


class RateLimited(ApiError):
    default_code = "TOO_MANY_REQUESTS"

    def __init__(self, *args: Any, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after = retry_after


class ServerError(ApiError):
    default_code = "INTERNAL_SERVER_ERROR"


class UnexpectedResponse(ApiError):
    """A success status whose body is not what the endpoint promises (e.g. not JSON)."""

    default_code = "UNEXPECTED_RESPONSE"


class PaginationError(NomosError):
    """The server's pages would make the walk loop forever (a cursor already followed, or
    page after page with nothing new); the walk stops instead."""


class TransportError(NomosError):
    """No complete HTTP answer arrived."""


class Timeout(TransportError):
    pass


class ConnectionLost(TransportError):
    pass


class TlsError(TransportError):
    """Certificate or handshake failure: never retried, it will not heal by waiting."""


class OutcomeUnknown(NomosError):
    """A write may or may not have been applied (timeout, dropped connection or 5xx after
    sending). It is never resent automatically; ``attempt`` says what to look for."""

    def __init__(self, attempt: WriteAttempt, cause: BaseException, *, request_id: str | None = None):
        super().__init__(
            f"{attempt.operation}: the server may or may not have applied it ({cause})",
            request_id=request_id,
        )
        self.attempt = attempt
        self.cause = cause


# Codes first, statuses second: Nomos says to branch on the code; the status is the
# fallback for bodies without an envelope (a proxy's 502 page, say).
_BY_CODE: dict[str, type[ApiError]] = {
    cls.default_code: cls
    for cls in (
        BadRequest, Unauthorized, PaymentRequired, Forbidden, NotFound, MethodNotAllowed,
        Conflict, Unprocessable, RateLimited, ServerError,
    )
}
_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequest, 401: Unauthorized, 402: PaymentRequired, 403: Forbidden, 404: NotFound,
    405: MethodNotAllowed, 409: Conflict, 422: Unprocessable, 429: RateLimited,
}


def error_class(status: int, code: str | None) -> type[ApiError]:
    if code and code in _BY_CODE:
        return _BY_CODE[code]
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return ServerError
    return ApiError


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]+")
_MESSAGE_MAX = 300


def _text(value: Any, limit: int = _MESSAGE_MAX) -> str | None:
    """A string from an answer made fit to show: control characters and lone surrogates
    become spaces, and it is cut at ``limit`` characters."""
    if not isinstance(value, str):
        return None
    text = " ".join(_CONTROL.sub(" ", value).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text or None


def clean_request_id(value: Any) -> str | None:
    return _text(value, 128)


def _field_errors(value: Any) -> tuple[FieldError, ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for entry in value[:50]:
        if isinstance(entry, dict):
            out.append(FieldError(
                code=_text(entry.get("code"), 64) or "unknown",
                field=_text(entry.get("field"), 128),
                message=_text(entry.get("message")) or "",
            ))
    return tuple(out)


def _body_message(status: int, body: Any) -> str:
    """What to say for an error answer without an envelope: a short plain-text body as
    it is; an HTML page (a proxy's, a load balancer's) or anything else by its status."""
    text = body.strip() if isinstance(body, str) else ""
    if text and not text.startswith("<") and len(text) <= _MESSAGE_MAX:
        cleaned = _text(text)
        if cleaned:
            return cleaned
    if text.startswith("<"):
        return f"HTTP {status}: the server answered with an HTML page"
    return f"HTTP {status}"


def from_response(
    status: int,
    body: Any,
    *,
    header_request_id: str | None = None,
    retry_after: float | None = None,
) -> ApiError:
    """Build the typed error for an error status; tolerant of bodies that are not envelopes."""
    envelope = body if isinstance(body, dict) else {}
    code = _text(envelope.get("code"), 64)
    cls = error_class(status, code)
    message = _text(envelope.get("message")) or _body_message(status, body)
    kwargs: dict[str, Any] = dict(
        request_id=clean_request_id(envelope.get("requestId")) or header_request_id,
        docs=_text(envelope.get("docs")),
        field_errors=_field_errors(envelope.get("errors")),
        raw=body,
    )
    if cls is RateLimited:
        kwargs["retry_after"] = retry_after
    return cls(status, code or cls.default_code, message, **kwargs)
