"""The Nomos error envelope, raised as exceptions and rendered in one place.

Every route raises `ApiError`; the app turns it into the spec's `Err*` shape so
no handler can forget `requestId` or `docs`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse

DOCS = "https://docs.nomos.energy/api-references/errors/"

CODES = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    402: "PAYMENT_REQUIRED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "CONFLICT",
    # Not in the spec either: a body over the size cap is refused the way a gateway in
    # front of Nomos would, in the same envelope.
    413: "PAYLOAD_TOO_LARGE",
    422: "UNPROCESSABLE_ENTITY",
    429: "TOO_MANY_REQUESTS",
    500: "INTERNAL_SERVER_ERROR",
    # Not in the spec: a gateway in front of Nomos answers these; the sandbox
    # injects them as faults with the same envelope so clients parse one shape.
    502: "BAD_GATEWAY",
    503: "SERVICE_UNAVAILABLE",
}

DEFAULT_MESSAGES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Payload Too Large",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


@dataclass
class FieldError:
    code: str
    field: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "field": printable(self.field),
                "message": printable(self.message)}


@dataclass
class ApiError(Exception):
    status: int
    message: str = ""
    errors: list[FieldError] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.message)

    @classmethod
    def rule(cls, status: int, code: str, field_name: str, message: str) -> ApiError:
        """A refusal with its one errors[] entry, in Nomos' message style
        "<code> in '<field>': <message>"."""
        return cls(status, f"{code} in '{field_name}': {message}",
                   [FieldError(code, field_name, message)])

    @classmethod
    def bad_request(cls, field_name: str, code: str, message: str) -> ApiError:
        return cls.rule(400, code, field_name, message)

    @classmethod
    def not_found(cls, what: str, object_id: str) -> ApiError:
        return cls(404, f"{what} '{object_id}' not found")


def printable(text: str) -> str:
    """`text` as UTF-8 can carry it: a client-sent unpaired surrogate (echoed in a
    message) would otherwise make the error answer itself fail."""
    return text.encode("utf-8", "replace").decode("utf-8")


def new_request_id() -> str:
    return str(uuid.uuid4())


def envelope(status: int, message: str = "", errors: list[FieldError] | None = None,
             request_id: str | None = None) -> dict[str, Any]:
    code = CODES.get(status, "INTERNAL_SERVER_ERROR")
    body: dict[str, Any] = {
        "code": code,
        "message": printable(message or DEFAULT_MESSAGES.get(status, code)),
        "requestId": request_id or new_request_id(),
        "docs": DOCS + code,
    }
    if errors:
        body["errors"] = [e.as_dict() for e in errors]
    return body


def request_id_of(request: Request) -> str:
    """The id the middleware assigned, so the log and the body agree."""
    ctx = request.scope.get("state", {}).get("sandbox_ctx")
    return ctx["request_id"] if ctx else new_request_id()


def error_response(request: Request, err: ApiError) -> JSONResponse:
    body = envelope(err.status, err.message, err.errors, request_id_of(request))
    return JSONResponse(body, status_code=err.status, headers=err.headers or None)


async def api_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(request, exc)


async def http_exception_handler(request: Request, exc: Exception) -> JSONResponse:
    """Starlette's own 404/405 (unknown path, wrong method) in the Nomos envelope."""
    assert isinstance(exc, HTTPException)
    message = {404: f"Route {request.method} {request.url.path} not found",
               405: f"Method {request.method} not allowed on {request.url.path}"}.get(
        exc.status_code, "")
    headers = dict(exc.headers or {})
    return error_response(request, ApiError(exc.status_code, message, headers=headers))
