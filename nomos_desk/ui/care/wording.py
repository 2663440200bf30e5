"""What the care forms say: local problems, Nomos's field errors and business rules.

Everything is chosen by code (validation's Problem codes, the error envelope's
`errors[].code`), never by the wording of a message; what Nomos itself said stays
available in the field's tooltip for whoever needs the detail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nomos_desk.api import errors
from nomos_desk.api.errors import FieldError
from nomos_desk.domain.validation import Problem
from nomos_desk.ui.errors import codes, describe
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP

PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("Care", "Required."),
    "zip_format": QT_TRANSLATE_NOOP("Care", "A German zip code has five digits."),
    "iban_format": QT_TRANSLATE_NOOP(
        "Care", "Not an IBAN: two letters, two check digits, then the account (a German "
        "IBAN has 22 characters)."),
    "iban_checksum": QT_TRANSLATE_NOOP(
        "Care", "The check digits do not match: a character of this IBAN is mistyped."),
    "date_not_in_future": QT_TRANSLATE_NOOP(
        "Care", "Choose a day after today: an end at midnight today has already passed."),
    "key_required": QT_TRANSLATE_NOOP("Care", "A value needs a key."),
    "duplicate_key": QT_TRANSLATE_NOOP("Care", "The key “%1” appears twice."),
}

# Nomos's business rules, by the code it names them with.
RULES = {
    "invalid_termination_date": QT_TRANSLATE_NOOP(
        "Care", "Nomos does not accept this end date: it is too soon for the grid operator's "
        "notice (an ordinary termination also has to keep the plan's cancellation period). "
        "Choose a later day."),
    "withdrawal_not_allowed": QT_TRANSLATE_NOOP(
        "Care", "The 14-day withdrawal period has passed (it counts from the contract "
        "confirmation), so Nomos refuses a withdrawal. An ordinary termination is still "
        "possible."),
    "subscription_not_started": QT_TRANSLATE_NOOP(
        "Care", "Supply has not started yet: a pending contract can only be withdrawn."),
    "ended_subscription": QT_TRANSLATE_NOOP("Care", "The contract has already ended."),
    "duplicate_grid_reduction": QT_TRANSLATE_NOOP(
        "Care", "A reduction of this module is already in place, or one of modules 1 and 2, "
        "which exclude each other."),
    "missing_module_1": QT_TRANSLATE_NOOP(
        "Care", "Module 3 only comes on top of module 1: request module 1 first."),
    "missing_smart_meter": QT_TRANSLATE_NOOP(
        "Care", "Module 3 needs a smart meter, installed or ordered: order one first."),
    "unsupported_product": QT_TRANSLATE_NOOP(
        "Care", "§14a reductions do not apply to this contract (feed-in contracts pay no "
        "grid fees)."),
    "invalid_iban": QT_TRANSLATE_NOOP("Care", "Nomos does not accept this IBAN."),
    "unserviceable_zip": QT_TRANSLATE_NOOP("Care", "Nomos does not know this zip code."),
}

# A code that means something else on another field.
FIELD_RULES = {
    ("invalid_termination_date", "id"): QT_TRANSLATE_NOOP(
        "Care", "The contract is already terminated; nothing was changed. Refresh to see its "
        "end."),
}

# Nomos's input checks (zod codes), said beside the field.
FIELD_CHECKS = {
    "invalid_type": QT_TRANSLATE_NOOP("Care", "Nomos needs a value here."),
    "too_small": QT_TRANSLATE_NOOP("Care", "Too short for Nomos."),
    "too_big": QT_TRANSLATE_NOOP("Care", "Too long for Nomos."),
    "invalid_format": QT_TRANSLATE_NOOP("Care", "Nomos does not accept it written like this."),
    "invalid_value": QT_TRANSLATE_NOOP("Care", "Not one of the values Nomos accepts."),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Care", text)


def problem_text(problem: Problem) -> str:
    text = PROBLEMS.get(problem.code)
    if text is None:
        return problem.code
    return _t(text).replace("%1", problem.limit or "")


def field_text(entry: FieldError) -> str:
    """One of Nomos's field errors in the user's language; Nomos's own text when the code
    is one this app does not know."""
    text = (FIELD_RULES.get((entry.code, entry.field or "")) or RULES.get(entry.code)
            or FIELD_CHECKS.get(entry.code))
    return _t(text) if text is not None else (entry.message or entry.code)


def rule_text(exc: BaseException) -> str | None:
    """The business rule a refusal names, in plain words (None when it names none)."""
    if not isinstance(exc, errors.ApiError):
        return None
    for entry in exc.field_errors:
        special = FIELD_RULES.get((entry.code, entry.field or ""))
        if special is not None:
            return _t(special)
    for code in sorted(codes(exc)):
        if code in RULES:
            return _t(RULES[code])
    return None


def refusal_text(exc: BaseException) -> str:
    """Why nothing was applied: the rule, or what the error says; with code and request id."""
    if isinstance(exc, errors.MissingScope):
        return QCoreApplication.translate(
            "Care", "This connection is read-only; nothing was sent.")
    said = rule_text(exc) or describe(exc).message
    return said + support_line(exc)


def support_line(exc: BaseException | None) -> str:
    """"(Nomos code CONFLICT, request id req_…)": what Nomos support asks for."""
    if not isinstance(exc, errors.NomosError):
        return ""
    code = exc.code if isinstance(exc, errors.ApiError) else None
    request = exc.request_id
    if code and request:
        return " " + QCoreApplication.translate(
            "Care", "(Nomos code %1, request id %2)").replace("%1", code).replace("%2", request)
    if request:
        return " " + QCoreApplication.translate("Care", "(request id %1)").replace(
            "%1", request)
    return ""


def lost_text(kind: str, checks: int, idempotent: bool) -> str:
    """What the form says after an answer was lost and the record was read back."""
    if kind == "not_sent":
        return QCoreApplication.translate(
            "Care", "No connection to Nomos: nothing was sent. Send again when the connection "
            "is back; what you typed is kept.")
    if kind == "not_applied":
        if idempotent:
            return QCoreApplication.translate(
                "Care", "The answer got lost, and Nomos does not show the change. Sending the "
                "same change again is safe.")
        return QCoreApplication.translate(
            "Care", "The answer got lost. Nomos was asked %n time(s) and does not have it: it "
            "was not applied, so you can send it again.", "", checks)
    return QCoreApplication.translate(
        "Care", "The answer got lost and checking failed too: it is unknown whether Nomos "
        "applied it. Check again before sending anything.")


def late_text() -> str:
    return QCoreApplication.translate(
        "Care", "The answer got lost, but Nomos has the change: it went through.")


def end_text(end_day: str, last_day: str) -> str:
    """The one sentence every termination date is said in (dialog, confirmation, result)."""
    return (QCoreApplication.translate(
        "Care", "Supply ends on %1 at 0:00 (Berlin time); the last day of supply is %2.")
        .replace("%1", end_day).replace("%2", last_day))
