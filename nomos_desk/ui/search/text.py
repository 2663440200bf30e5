"""Plain-language wording shared by the search view and the workspaces."""

from __future__ import annotations

from nomos_desk.index.sync import SyncProgress
from nomos_desk.ui.fmt import number


def count(n: int, singular: str, plural: str | None = None) -> str:
    """'1 customer', '2.178 customers': German digit grouping like every other figure in
    the app (the English '2,178' reads as two point one in Germany)."""
    return f"{number(n)} {singular if n == 1 else plural or singular + 's'}"


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
