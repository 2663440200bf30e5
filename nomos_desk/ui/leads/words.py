"""The lead screens' words: API values, quote groups and local problems in sentences."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from nomos_desk.domain.validation import Problem
from nomos_desk.ui import fmt
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP

CHANGE_REASONS = {
    "supplier_change": QT_TRANSLATE_NOOP("Labels", "Supplier change"),
    "move_in": QT_TRANSLATE_NOOP("Labels", "Move-in"),
}
QUOTE_GROUPS = {
    "base": QT_TRANSLATE_NOOP("Labels", "Monthly fees"),
    "variable": QT_TRANSLATE_NOOP("Labels", "Usage"),
}
QUOTE_SUBGROUPS = {
    "fee": QT_TRANSLATE_NOOP("Labels", "Base fee"),
    "grid": QT_TRANSLATE_NOOP("Labels", "Grid"),
    "metering": QT_TRANSLATE_NOOP("Labels", "Metering"),
    "energy": QT_TRANSLATE_NOOP("Labels", "Energy"),
    "levies": QT_TRANSLATE_NOOP("Labels", "Levies and taxes"),
}

_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("LeadProblems", "Required."),
    "zip_format": QT_TRANSLATE_NOOP("LeadProblems", "A German zip code has five digits."),
    "email_format": QT_TRANSLATE_NOOP("LeadProblems",
                                      "This is not an email address (name@example.org)."),
    "iban_format": QT_TRANSLATE_NOOP(
        "LeadProblems", "This is not an IBAN: two letters, two check digits, then the account "
        "(a German IBAN has 22 characters)."),
    "iban_checksum": QT_TRANSLATE_NOOP(
        "LeadProblems", "The IBAN's check digits do not match: a character is mistyped."),
    "usage_too_low": QT_TRANSLATE_NOOP("LeadProblems", "At least %1 kWh a year."),
    "date_not_in_future": QT_TRANSLATE_NOOP("LeadProblems", "The start must lie after today."),
    "not_first_of_month": QT_TRANSLATE_NOOP(
        "LeadProblems", "Feed-in starts on the first day of a month (the earliest is %1)."),
    "start_too_soon": QT_TRANSLATE_NOOP(
        "LeadProblems", "Feed-in starts at least one month ahead: the earliest is %1."),
    "feed_in_needs_smart": QT_TRANSLATE_NOOP(
        "LeadProblems", "A feed-in plan needs a smart meter (iMSys)."),
    "pick_from_list": QT_TRANSLATE_NOOP(
        "LeadProblems", "Pick the previous supplier from the list that opens while you type, "
        "or leave the field empty."),
    "metadata_key_missing": QT_TRANSLATE_NOOP("LeadProblems", "A value needs a key."),
    "metadata_key_twice": QT_TRANSLATE_NOOP("LeadProblems", "The key %1 is there twice."),
    "metadata_key_reserved": QT_TRANSLATE_NOOP(
        "LeadProblems", "The key %1 is the app's own; choose another."),
}


def problem_text(problem: Problem) -> str:
    """A local problem in the user's language; a code no table knows shows as it is."""
    text = _PROBLEMS.get(problem.code)
    if text is None:
        return problem.code
    limit = problem.limit or ""
    if problem.code in ("not_first_of_month", "start_too_soon") and limit:
        limit = fmt.day(date.fromisoformat(limit))
    elif problem.code == "usage_too_low" and limit:
        limit = fmt.integer(int(limit))
    return QCoreApplication.translate("LeadProblems", text).replace("%1", limit)
