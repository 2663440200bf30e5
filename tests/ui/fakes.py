"""Small stand-in views for frame tests: they use Services exactly as real views must
(tasks through TaskRunner, writes registered with the gate, errors to report_error)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

from nomos_desk.ui.registry import SEARCH, Registry
from nomos_desk.ui.services import Services
from nomos_desk.ui.views import View


class FakeSearchView(View):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.query = QLineEdit(self)
        self.order_button = QPushButton("Order smart meter", self)
        self.order_button.setToolTip("Order a smart meter")
        services.gate.register(self.order_button, "Ordering a smart meter")
        self.refreshes = 0
        self.loaded: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.order_button)

    def activate(self) -> None:
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


class FakeRecordTab(View):
    def __init__(self, services: Services, record_id: str) -> None:
        super().__init__()
        self.services = services
        self.record_id = record_id
        self.set_title(f"{self.kind.capitalize()} {record_id}")
        self.refreshes = 0
        self.closed = False

    kind = "subscription"

    def refresh(self) -> None:
        self.refreshes += 1

    def shutdown(self) -> None:
        self.closed = True
        self.services.tasks.cancel(f"{self.kind}:{self.record_id}:")


class FakeCustomerTab(FakeRecordTab):
    kind = "customer"


def fake_registry() -> Registry:
    registry = Registry()
    registry.page(SEARCH, "Search", "search", FakeSearchView)
    registry.tab("subscription", "subscription", FakeRecordTab)
    registry.tab("customer", "customer", FakeCustomerTab)
    return registry
