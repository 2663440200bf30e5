"""Turn an exception into something a person can act on: the one place that does it.

The banner, a section's error, a sync line and a form's message all read an
`ErrorInfo`: a sentence, the Nomos error code and the request id (which support
asks for). How loud it is depends on what happened: an implausible meter reading
is a hint to look again, a lost network is a state the app recovers from by
itself. Errors are told apart by their type and codes, never by their wording.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from nomos_desk.api import errors as E
from nomos_desk.domain.redaction import redact
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP

HINT_CODES = frozenset({"implausible_meter_reading"})


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

    def meta(self) -> str:
        """"CODE, request id req_…" (empty when there is neither)."""
        parts = [p for p in (self.code, f"request id {self.request_id}" if self.request_id
                             else None) if p]
        return ", ".join(parts)

    def line(self) -> str:
        """One line for inline places (a section, the sync status): message (code, id)."""
        meta = self.meta()
        return f"{self.message} ({meta})" if meta else self.message

    def copy_text(self) -> str:
        """What the copy button puts on the clipboard: everything support needs (in English
        field names as well, for Nomos support), and no e-mail address, IBAN or credential
        an error message may have echoed: it travels on in tickets and chats."""
        parts = [redact(self.message)]
        if self.code:
            parts.append(f"Code: {self.code}")
        if self.request_id:
            parts.append(f"Request id: {self.request_id}")
        return "\n".join(parts)


def codes(exc: E.ApiError) -> set[str]:
    """The envelope's code and every field error's code."""
    return {c for c in (exc.code, *(fe.code for fe in exc.field_errors)) if c}


# "Loading plans: Nomos had an internal problem": what was done, then what went wrong.
PAIR = QT_TRANSLATE_NOOP("Errors", "%1: %2")


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe(exc: BaseException, context: str = "") -> ErrorInfo:
    """`context` says in the user's language what was being done ("Loading plans"); what
    Nomos itself said (its message) is shown as it came, next to the code."""
    def where(text: str) -> str:
        return _t(PAIR).replace("%1", context).replace("%2", text) if context else text

    if isinstance(exc, E.Timeout):
        return ErrorInfo(Severity.ERROR, where(QCoreApplication.translate(
            "Errors", "Nomos is slow to answer: no reply within the time limit. The connection "
            "itself works; try again in a moment.")))
    if isinstance(exc, E.TransportError):
        return ErrorInfo(Severity.OFFLINE, QCoreApplication.translate(
            "Errors", "No connection to Nomos. Reads resume by themselves when it is back; "
            "nothing you typed is lost."))
    if isinstance(exc, E.OutcomeUnknown):
        return ErrorInfo(Severity.ERROR, where(QCoreApplication.translate(
            "Errors", "the connection broke while saving, so it is unknown whether Nomos "
            "applied the change. Refresh and check before trying again.")),
            request_id=exc.request_id)
    if isinstance(exc, E.MissingScope):
        return ErrorInfo(Severity.ERROR, where(QCoreApplication.translate(
            "Errors", "this connection may not change data (its token lacks %1). Nothing was "
            "sent.").replace("%1", "write:*")))
    if isinstance(exc, E.ApiError):
        if isinstance(exc, E.Unprocessable) and codes(exc) & HINT_CODES:
            return ErrorInfo(
                Severity.HINT,
                QCoreApplication.translate("Errors", "Please check the reading: %1")
                .replace("%1", exc.message),
                code=exc.code, request_id=exc.request_id, docs=exc.docs,
            )
        text = _API_TEXT.get(type(exc))
        said = (_t(PAIR).replace("%1", _t(text)).replace("%2", exc.message) if text
                else exc.message)
        return ErrorInfo(
            Severity.ERROR, where(said), code=exc.code, request_id=exc.request_id, docs=exc.docs
        )
    if isinstance(exc, E.NomosError):
        return ErrorInfo(Severity.ERROR, where(exc.message), request_id=exc.request_id)
    return ErrorInfo(Severity.ERROR, where(QCoreApplication.translate(
        "Errors", "unexpected problem (%1)").replace("%1", f"{type(exc).__name__}: {exc}")))


def retrying_text(cause: BaseException, seconds: float) -> str:
    """What a call that will be sent again is waiting for: "Nomos is busy, trying again
    in 2 seconds…" (the status bar, the sync line)."""
    n = max(1, math.ceil(seconds))
    if isinstance(cause, E.RateLimited):
        return QCoreApplication.translate("Errors", "Nomos is busy, trying again in %n "
                                          "second(s)…", "", n)
    if isinstance(cause, E.ServerError):
        return QCoreApplication.translate("Errors", "Nomos had a problem, trying again in %n "
                                          "second(s)…", "", n)
    return QCoreApplication.translate("Errors", "The connection to Nomos broke off, trying "
                                      "again in %n second(s)…", "", n)


_API_TEXT: dict[type, str] = {
    E.Unauthorized: QT_TRANSLATE_NOOP("Errors", "Nomos did not accept the credentials"),
    E.Forbidden: QT_TRANSLATE_NOOP("Errors", "This connection may not do that"),
    E.NotFound: QT_TRANSLATE_NOOP("Errors", "Nomos does not know this record"),
    E.Conflict: QT_TRANSLATE_NOOP("Errors", "Nomos refused because of the current state"),
    E.RateLimited: QT_TRANSLATE_NOOP("Errors", "Too many requests right now, try again shortly"),
    E.ServerError: QT_TRANSLATE_NOOP("Errors", "Nomos had an internal problem"),
}
