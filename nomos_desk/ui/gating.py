"""The one place that enables or disables write actions by the token's scope.

Write actions stay visible when the token cannot write (people should see what the
tool can do and why they cannot), but are disabled with a tooltip that names the
missing scope. Widgets never look at scopes themselves: they register here, and the
gate re-evaluates every registered target whenever the scopes change (sign-in,
profile switch, reconnect as the read-only sandbox client).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

WRITE_ALL = "write:*"


def scope_grants(granted: Iterable[str], needed: str) -> bool:
    """True when `granted` covers `needed`; `write:*` covers `write:meter_orders` too."""
    granted = set(granted)
    if needed in granted:
        return True
    family, _, _ = needed.partition(":")
    return f"{family}:*" in granted


class GateEntry:
    """One registered target; `set_available` adds a reason unrelated to scope (e.g. an
    order already exists) so the target has exactly one owner of its enabled state."""

    def __init__(self, gate: ScopeGate, target: QWidget | QAction, reason: str | None, scope: str):
        self._gate = gate
        self.target = target
        self.reason = reason
        self.scope = scope
        self.own_tooltip = target.toolTip()
        self.available = True
        self.unavailable_why: str | None = None

    def set_available(self, available: bool, why: str | None = None) -> None:
        self.available = available
        self.unavailable_why = None if available else why
        self._gate._apply(self)

    @property
    def allowed(self) -> bool:
        return scope_grants(self._gate.scopes, self.scope)


class ScopeGate(QObject):
    """Holds the current token's scopes and keeps every registered write action in step."""

    changed = Signal()

    def __init__(self, scopes: Iterable[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scopes: frozenset[str] = frozenset(scopes)
        self._entries: dict[int, GateEntry] = {}

    @property
    def scopes(self) -> frozenset[str]:
        return self._scopes

    @property
    def can_write(self) -> bool:
        return scope_grants(self._scopes, WRITE_ALL)

    def set_scopes(self, scopes: Iterable[str]) -> None:
        new = frozenset(scopes)
        if new == self._scopes:
            return
        self._scopes = new
        for entry in list(self._entries.values()):
            self._apply(entry)
        self.changed.emit()

    def register(
        self, target: QWidget | QAction, reason: str | None = None, *, scope: str = WRITE_ALL
    ) -> GateEntry:
        """Put `target` under the gate. `reason` names the action in the user's language
        ("Ordering a smart meter"); the target's current tooltip is kept for when it is
        allowed."""
        key = id(target)
        entry = GateEntry(self, target, reason, scope)
        self._entries[key] = entry
        # A destroyed widget must not be touched later; drop it when Qt deletes it.
        target.destroyed.connect(lambda *_: self._entries.pop(key, None))
        self._apply(entry)
        return entry

    def entry(self, target: QWidget | QAction) -> GateEntry | None:
        return self._entries.get(id(target))

    def __len__(self) -> int:
        return len(self._entries)

    def _apply(self, entry: GateEntry) -> None:
        if not entry.allowed:
            entry.target.setEnabled(False)
            entry.target.setToolTip(self._denied_text(entry))
        elif not entry.available:
            entry.target.setEnabled(False)
            entry.target.setToolTip(entry.unavailable_why or entry.own_tooltip)
        else:
            entry.target.setEnabled(True)
            entry.target.setToolTip(entry.own_tooltip)

    def _denied_text(self, entry: GateEntry) -> str:
        granted = " ".join(sorted(self._scopes)) or self.tr("no scopes")
        text = self.tr("This connection is read-only. Its token grants %1; changing data needs "
                       "%2. Sign in with a profile that may write.")
        text = text.replace("%1", granted).replace("%2", entry.scope)
        if entry.reason:
            text = self.tr("%1 needs write access.").replace("%1", entry.reason) + " " + text
        return text
