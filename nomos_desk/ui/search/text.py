"""What the search view says: result counts, sync progress, which identifier matched.

Counts use Qt's plural forms with the locale's digit grouping (%Ln): "1 Kunde",
"2.178 Kunden"; "1 customer", "2,178 customers".
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from nomos_desk.index.sync import SyncProgress
from nomos_desk.ui.errors import retrying_text
from nomos_desk.ui.fmt import clock_time, integer
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.search.sync import SyncWait

CTX = "SearchText"
IDENTIFIER_LABELS = {
    "meter": QT_TRANSLATE_NOOP("SearchText", "Meter number %1"),
    "malo": QT_TRANSLATE_NOOP("SearchText", "MaLo %1"),
    "melo": QT_TRANSLATE_NOOP("SearchText", "MeLo %1"),
}


def customers(n: int) -> str:
    return QCoreApplication.translate("SearchText", "%Ln customer(s)", "", n)


def subscriptions(n: int) -> str:
    return QCoreApplication.translate("SearchText", "%Ln subscription(s)", "", n)


def matched_text(field: str, value: str) -> str:
    """The identifier a query hit, as agents call it: 'MaLo 51238696780'."""
    if not field:
        return ""
    label = IDENTIFIER_LABELS.get(field)
    if label is None:
        return f"{field} {value}"
    return QCoreApplication.translate(CTX, label).replace("%1", value)


def results_text(*, shown: int, typo: int, folded: int, capped: bool) -> str:
    """The line above the results: how many, how many by typo correction, what is folded."""
    if capped:
        what = QCoreApplication.translate("SearchText", "More than %Ln results, showing the "
                                          "best %Ln", "", shown)
    else:
        what = QCoreApplication.translate("SearchText", "%Ln result(s)", "", shown)
    if folded:
        what += QCoreApplication.translate("SearchText", "; %Ln similar name(s) folded into the "
                                           "last row (Enter shows them)", "", folded)
    elif typo:
        what += QCoreApplication.translate("SearchText", " (%Ln after correcting a likely typo, "
                                           "in italics)", "", typo)
    return QCoreApplication.translate("SearchText", "%1. Enter opens the selected row.").replace("%1", what)


def progress_text(p: SyncProgress) -> str:
    counts = f"{customers(p.customers)}, {subscriptions(p.subscriptions)}"
    if p.phase == "done":
        if not p.full and not (p.customers or p.subscriptions):
            return QCoreApplication.translate("SearchText", "Index up to date: nothing changed.")
        if p.full:
            return QCoreApplication.translate("SearchText", "Index built: %1 indexed.").replace("%1", counts)
        return QCoreApplication.translate("SearchText", "Index up to date: %1 changed.").replace(
            "%1", counts)
    if p.phase == "plans":
        return QCoreApplication.translate("SearchText", "Fetching plans…")
    if p.phase == "details":
        total = p.details_total  # lupdate reads a plural's count only from a plain name
        return QCoreApplication.translate(
            "SearchText", "Fetching addresses and meters: %1 of %Ln subscription(s). Searching "
            "works meanwhile.", "", total).replace("%1", integer(p.details_done))
    if p.full:
        return QCoreApplication.translate("SearchText", "Building the search index… %1 so far. Searching "
                                          "works meanwhile.").replace("%1", counts)
    return QCoreApplication.translate("SearchText", "Fetching changes… %1 so far. Searching works "
                                      "meanwhile.").replace("%1", counts)


def waiting_text(wait: SyncWait) -> str:
    """Why the sync stands still for now, and that it goes on by itself."""
    if wait.offline:
        return QCoreApplication.translate("SearchText", "No connection to Nomos. The sync goes "
                                          "on where it stopped as soon as it is back.")
    if wait.stalled:
        at = clock_time(datetime.now() + timedelta(seconds=wait.seconds))
        return QCoreApplication.translate("SearchText", "Nomos has not answered for a while. "
                                          "The sync goes on where it stopped at %1.").replace(
            "%1", at)
    return retrying_text(wait.cause, wait.seconds)
