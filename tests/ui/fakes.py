"""Small stand-in views for frame tests: they use Services exactly as real views must
(tasks through TaskRunner, writes registered with the gate, errors to report_error)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from nomos_desk.ui.services import Services


class FakeSearchView(QWidget):
    open_requested = Signal(str, str)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.query = QLineEdit(self)
        self.order_button = QPushButton("Order smart meter", self)
        self.order_button.setToolTip("Order a smart meter")
        services.gate.register(self.order_button, "order a smart meter")
        self.refreshes = 0
        self.loaded: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.order_button)

    def focus_search(self) -> None:
        self.query.setFocus()

    def refresh(self) -> None:
        self.refreshes += 1
        self.load_plans()

    def load_plans(self):
        async def read():
            page = await self.services.client.list_plans(limit=5).first_page()
            self.loaded.append(f"{len(page.items)} plans")
            return page

        return self.services.tasks.run_read("search:plans", read)


class FakeWorkspace(QWidget):
    def __init__(self, services: Services, subscription_id: str) -> None:
        super().__init__()
        self.services = services
        self.subscription_id = subscription_id
        self.setWindowTitle(f"Subscription {subscription_id}")
        self.refreshes = 0
        self.closed = False

    def refresh(self) -> None:
        self.refreshes += 1

    def closeEvent(self, event) -> None:
        self.closed = True
        self.services.tasks.cancel(f"workspace:{self.subscription_id}:")
        super().closeEvent(event)


VIEWS = (FakeSearchView, FakeWorkspace)
