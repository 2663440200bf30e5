"""The one protocol every page and tab speaks with the frame.

The frame (MainWindow) only ever calls what `View` declares: it asks for the title,
forwards F5 to `refresh()`, Ctrl+K to `activate()`, and calls `shutdown()` when the
tab closes or the session ends. A view asks the frame to show another record by
emitting `open_requested(kind, id)`; it never reaches into the frame or another view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget


class View(QWidget):
    """Base of every page (Search, Invoices, …) and every record tab (subscription, …)."""

    open_requested = Signal(str, str)  # kind, id: "show me that record"
    title_changed = Signal(str)        # the tab's text, once the record is known

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._shut_down = False

    def title(self) -> str:
        return self._title

    def set_title(self, title: str) -> None:
        if title and title != self._title:
            self._title = title
            self.title_changed.emit(title)

    def refresh(self) -> None:
        """F5: load again what is on screen (keep showing it until the answer is there)."""

    def activate(self) -> None:
        """The view came to the front by keyboard: put the cursor where work starts."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def shutdown(self) -> None:
        """Stop this view's work (its tasks, timers). Called once, before it goes away."""

    def close_view(self) -> None:
        if not self._shut_down:
            self._shut_down = True
            self.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_view()
        super().closeEvent(event)
