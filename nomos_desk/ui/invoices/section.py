"""The Invoices section of a subscription workspace: the subscription's invoices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout

from nomos_desk.ui.invoices.listing import InvoiceList
from nomos_desk.ui.record.section import SectionBody

if TYPE_CHECKING:
    from nomos_desk.ui.record.tab import RecordTab

TABLE_HEIGHT = 300  # the workspace scrolls as a whole; the list scrolls (and loads) inside


class SubscriptionInvoices(SectionBody):
    def __init__(self, tab: RecordTab) -> None:
        super().__init__(tab)
        self.list = InvoiceList(self.services, tab.task_prefix + "invoices.",
                                subscription=tab.record_id)
        self.list.table.setMinimumHeight(TABLE_HEIGHT)
        self.list.table.setMaximumHeight(TABLE_HEIGHT)
        self.list.open_requested.connect(tab.open_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)

    async def load(self) -> bool:
        await self.list.first_page()
        return self.list.model.rowCount() > 0 or self.list.filters.active()
