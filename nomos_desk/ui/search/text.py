"""Plain-language wording shared by the search view and the workspaces."""

from __future__ import annotations

from nomos_desk.api import errors
from nomos_desk.index.sync import SyncProgress


def progress_text(p: SyncProgress) -> str:
    counts = f"{p.customers:,} customers, {p.subscriptions:,} subscriptions"
    if p.phase == "done":
        what = "Index built" if p.full else "Index up to date"
        return f"{what}: {counts} {'indexed' if p.full else 'changed'}."
    if p.phase == "plans":
        return "Fetching plans…"
    if p.phase == "details":
        return (f"Fetching addresses and meters: {p.details_done:,} of {p.details_total:,} "
                f"subscriptions. Searching works meanwhile.")
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
