"""What changed in Nomos by this session's own writes, so every view showing it follows.

A write (a corrected name, a termination) changes records other views may show: the
subscription's workspace, the customer's tab, the sibling contracts sharing an address,
the search results. The view that wrote announces the ids it changed once the index
holds the new state; each record tab refreshes when an id it shows is among them, and
the search runs its query again. Views never reach into each other for this.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class RecordChanges(QObject):
    changed = Signal(list)  # the ids (cus_…, sub_…) whose records a write changed

    def announce(self, ids: Iterable[str | None]) -> None:
        known = sorted({i for i in ids if i})
        if known:
            self.changed.emit(known)
