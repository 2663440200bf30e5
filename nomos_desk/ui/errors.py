"""Turn an exception into something a person can act on.

The banner shows a sentence, the Nomos error code and the request id (which support
asks for); how loud it is depends on what happened: an implausible meter reading is
a hint to look again, a lost network is a state the app recovers from by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from nomos_desk.api import errors as E


class Severity(StrEnum):
    ERROR = "error"
    HINT = "hint"
    OFFLINE = "offline"
    INFO = "info"


@dataclass(frozen=True)
class ErrorInfo:
    severity: Severity
    message: str
    code: str | None = None
    request_id: str | None = None
    docs: str | None = None

    def copy_text(self) -> str:
        """What the copy button puts on the clipboard: everything support needs."""
        parts = [self.message]
        if self.code:
            parts.append(f"Code: {self.code}")
        if self.request_id:
            parts.append(f"Request id: {self.request_id}")
        return "\n".join(parts)


def _is_meter_reading(exc: E.ApiError, context: str) -> bool:
    lowered = context.lower().replace("_", " ").replace("-", " ")
    if "meter reading" in lowered:
        return True
    return any(fe.code.endswith("_meter_reading") for fe in exc.field_errors)


def describe(exc: BaseException, context: str = "") -> ErrorInfo:
    where = f"{context}: " if context else ""
    if isinstance(exc, E.TransportError):
        return ErrorInfo(
            Severity.OFFLINE,
            "No connection to Nomos. Reads resume by themselves when it is back; "
            "nothing you typed is lost.",
        )
    if isinstance(exc, E.OutcomeUnknown):
        return ErrorInfo(
            Severity.ERROR,
            f"{where}the connection broke while saving, so it is unknown whether Nomos "
            "applied the change. Refresh and check before trying again.",
            request_id=exc.request_id,
        )
    if isinstance(exc, E.MissingScope):
        return ErrorInfo(Severity.ERROR, f"{where}{exc.message}. Nothing was sent.")
    if isinstance(exc, E.ApiError):
        if isinstance(exc, E.Unprocessable) and _is_meter_reading(exc, context):
            return ErrorInfo(
                Severity.HINT,
                f"Please check the reading: {exc.message}",
                code=exc.code, request_id=exc.request_id, docs=exc.docs,
            )
        text = _API_TEXT.get(type(exc))
        message = f"{where}{text}: {exc.message}" if text else f"{where}{exc.message}"
        return ErrorInfo(
            Severity.ERROR, message, code=exc.code, request_id=exc.request_id, docs=exc.docs
        )
    if isinstance(exc, E.NomosError):
        return ErrorInfo(Severity.ERROR, f"{where}{exc.message}", request_id=exc.request_id)
    return ErrorInfo(Severity.ERROR, f"{where}unexpected problem ({type(exc).__name__}: {exc})")


_API_TEXT: dict[type, str] = {
    E.Unauthorized: "Nomos did not accept the credentials",
    E.Forbidden: "This connection may not do that",
    E.Conflict: "Nomos refused because of the current state",
    E.RateLimited: "Too many requests right now, try again shortly",
    E.ServerError: "Nomos had an internal problem",
}
