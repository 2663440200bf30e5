"""Plain-language wording shared by the search view and the workspaces."""

from __future__ import annotations

from typing import Any

from nomos_desk.api import Timestamp, errors
from nomos_desk.index.sync import SyncProgress
from nomos_desk.ui.workspace.format import number, when, word

IDENTIFIER_LABELS = {"meter": "Meter", "malo": "MaLo", "melo": "MeLo"}


def count(n: int, singular: str, plural: str | None = None) -> str:
    """'1 customer', '2.178 customers': German digit grouping like every other figure in
    the app (the English '2,178' reads as two point one in Germany)."""
    return f"{number(n)} {singular if n == 1 else plural or singular + 's'}"


def contract_status(status: str | None, terminated_at: Any, end_at: Any) -> str:
    """'Active · terminated, ends 01.02.2027': notice given, supply still running.

    The dates may be client Timestamps (a workspace) or the server's text (a search hit).
    """
    label = word(status)
    if status == "ended" or not _known(terminated_at):
        return label
    end = _as_timestamp(end_at)
    return f"{label} · terminated, ends {when(end)}" if _known(end) else f"{label} · terminated"


def _as_timestamp(value: Any) -> Any:
    return Timestamp.parse(value) if isinstance(value, str) else value


def _known(value: Any) -> bool:
    value = _as_timestamp(value)
    return value is not None and getattr(value, "raw", None) not in (None, "")


def matched_text(field: str, value: str) -> str:
    """The identifier a query hit, as agents call it: 'MaLo 51238696780'."""
    return f"{IDENTIFIER_LABELS.get(field, field)} {value}" if field else ""


def results_text(*, shown: int, typo: int, folded: int, capped: bool) -> str:
    """The line above the results: how many, how many by typo correction, what is folded."""
    what = f"{number(shown)}+ results, showing the best {number(shown)}" if capped \
        else count(shown, "result")
    if folded:
        what += (f"; {count(folded, 'similar name')} folded into the last row "
                 "(Enter shows them)")
    elif typo:
        what += f" ({number(typo)} after correcting a likely typo, in italics)"
    return f"{what}. Enter opens the selected row."


def progress_text(p: SyncProgress) -> str:
    counts = f"{count(p.customers, 'customer')}, {count(p.subscriptions, 'subscription')}"
    if p.phase == "done":
        if not p.full and not (p.customers or p.subscriptions):
            return "Index up to date: nothing changed."
        what = "Index built" if p.full else "Index up to date"
        return f"{what}: {counts} {'indexed' if p.full else 'changed'}."
    if p.phase == "plans":
        return "Fetching plans…"
    if p.phase == "details":
        return (f"Fetching addresses and meters: {number(p.details_done)} of "
                f"{count(p.details_total, 'subscription')}. Searching works meanwhile.")
    verb = "Building the search index" if p.full else "Fetching changes"
    return f"{verb}… {counts} so far. Searching works meanwhile."


def describe_error(exc: BaseException) -> str:
    """One line a person can act on, with the Nomos code and request id when there is one."""
    if isinstance(exc, errors.Timeout):
        return "Nomos did not answer in time. Check the connection and try again."
    if isinstance(exc, errors.TransportError):
        return "No connection to Nomos. Check the network and try again."
    if isinstance(exc, errors.Forbidden):
        return f"This sign-in may not see this ({exc.code}, request id {exc.request_id or '–'})."
    if isinstance(exc, errors.ApiError):
        rid = f", request id {exc.request_id}" if exc.request_id else ""
        return f"{exc.message} ({exc.code}{rid})"
    if isinstance(exc, errors.NomosError):
        return str(exc)
    return f"Unexpected problem: {exc.__class__.__name__}: {exc}"
