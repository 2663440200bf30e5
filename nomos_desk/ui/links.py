"""Records opened from outside: `nomos-desk sub_…`, `nomos-desk://open/sub_…`.

An id arrives on the command line of the first start, from a second start (handed
over by single_instance), or as a URL the operating system passes (macOS sends those
as a FileOpen event). It is resolved the way a pasted id is in the search (an invoice
opens in its own tab or in its subscription) and waits for the sign-in if needed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QWidget

from nomos_desk.ui.errors import ErrorInfo, Severity
from nomos_desk.ui.search.jump import UnknownId, kind_label, parse_id, resolve

if TYPE_CHECKING:
    from nomos_desk.ui.session import AppController

log = logging.getLogger(__name__)

SCHEME = "nomos-desk"
LINK_TASK = "link.open"


def record_of(text: str) -> tuple[str, str] | None:
    """(kind, id) for an id or a nomos-desk: link, None for anything else."""
    text = text.strip()
    if text.lower().startswith(SCHEME + ":"):
        text = text[len(SCHEME) + 1:].strip("/")
        if text.lower().startswith("open/"):
            text = text[len("open/"):]
        text = text.strip("/")
    return parse_id(text)


def bring_to_front(widget: QWidget) -> None:
    if widget.isMinimized():
        widget.setWindowState(widget.windowState() & ~Qt.WindowState.WindowMinimized)
    widget.show()
    widget.raise_()
    widget.activateWindow()


class Links(QObject):
    """Opens handed-over records in the controller's window, now or after sign-in."""

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.pending: tuple[str, str] | None = None
        controller.session_started.connect(self.flush)

    def handle(self, args: list[str]) -> None:
        """Another start's arguments: come to the front, open the record if one is named."""
        visible = self.controller.dialog or self.controller.window
        if visible is not None:
            bring_to_front(visible)
        for arg in args:
            target = record_of(arg)
            if target is None:
                log.info("ignored a handed-over argument that is no record id")
                continue
            self.pending = target
        self.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """macOS delivers nomos-desk:// URLs to the running app as FileOpen events."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.handle([event.url().toString()])
            return True
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        services, window = self.controller.services, self.controller.window
        if self.pending is None or services is None or window is None:
            return
        kind, object_id = self.pending
        self.pending = None
        services.tasks.run(LINK_TASK, self._open(kind, object_id),
                           context=self.tr("Opening %1").replace("%1", object_id))

    async def _open(self, kind: str, object_id: str) -> None:
        services, window = self.controller.services, self.controller.window
        if services is None or window is None:
            return
        try:
            jump = await resolve(services.client, kind, object_id, services.tab_kinds)
        except UnknownId:
            window.error_banner.show_info(ErrorInfo(
                Severity.INFO, self.tr("There is no %1 with the id %2.")
                .replace("%1", kind_label(kind)).replace("%2", object_id)))
            return
        window.open(jump.kind, jump.id)
        bring_to_front(window)
