"""The Invoices page: every invoice of every subscription, filtered, sorted and totalled."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nomos_desk.ui.invoices.listing import InvoiceList
from nomos_desk.ui.services import Services
from nomos_desk.ui.theme import mark_secondary
from nomos_desk.ui.views import View
from nomos_desk.ui.widgets import named

TASKS = "invoices.page."


class InvoicesPage(View):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesPage")
        self.services = services
        self.set_title(self.tr("Invoices"))
        self.intro = named(QLabel(self.tr("Invoices of all subscriptions, newest first. Filter "
                                          "by status, type and billing period; click a column "
                                          "to sort what is loaded.")), "invoicesIntro")
        self.intro.setWordWrap(True)
        mark_secondary(self.intro)
        self.list = InvoiceList(services, TASKS)
        self.list.open_requested.connect(self.open_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Nomos is asked when the page is first looked at, not at every sign-in; after the
        # event, because a signing-out window shows the next page as it removes the first,
        # and then this page is shut down before the load would start.
        if not self._loaded:
            self._loaded = True
            QTimer.singleShot(0, self, self._first_load)

    def _first_load(self) -> None:
        if not self._shut_down:
            self.list.reload()

    def refresh(self) -> None:
        self._loaded = True
        self.list.reload()

    def activate(self) -> None:
        self.list.table.setFocus()

    def shutdown(self) -> None:
        self.list.shutdown()
