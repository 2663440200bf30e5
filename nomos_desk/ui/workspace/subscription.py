"""A subscription workspace: one tab with the contract, customer, meter order and lists.

Every section fetches on its own task (named after the tab, so closing the tab
cancels exactly its work) and shows its own placeholder and its own error.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api.errors import TransportError
from nomos_desk.api.filters import F
from nomos_desk.index.sync import store_fetched
from nomos_desk.ui.search.shared import index_for
from nomos_desk.ui.workspace import format as fmt
from nomos_desk.ui.workspace.cards import CustomerCard, FormCard, contract_rows
from nomos_desk.ui.workspace.lists import SmallTable, reading_rows, reduction_rows
from nomos_desk.ui.workspace.meter_order import MeterOrderPanel
from nomos_desk.ui.workspace.ordering import find_order
from nomos_desk.ui.workspace.plans import plan_names
from nomos_desk.ui.workspace.section import Section

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

MAX_READINGS = 200


class SubscriptionWorkspace(QWidget):
    open_requested = Signal(str, str)  # the customer switcher opens a sibling subscription
    title_changed = Signal(str)
    loaded = Signal(str)               # a section finished (its name), for tests and status

    def __init__(self, services: Services, subscription_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subscriptionWorkspace")
        self.services = services
        self.subscription_id = subscription_id
        self.task_prefix = f"ws.{subscription_id}."
        self.subscription: Any = None
        self._loaded_text = ""

        self.title = QLabel(subscription_id, objectName="workspaceTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(objectName="workspaceSubtitle")
        self.updated = QLabel(objectName="workspaceUpdated")
        self.refresh_button = QPushButton("Refresh", objectName="workspaceRefresh")
        self.refresh_button.setToolTip("Load this subscription again from Nomos")
        self.refresh_button.clicked.connect(self.refresh)

        self.contract = FormCard()
        self.customer = CustomerCard()
        self.order_panel = MeterOrderPanel(services, subscription_id)
        self.reductions = SmallTable(["Module", "Status", "Valid from", "Valid until"],
                                     "No §14a grid fee reductions for this subscription.",
                                     stretch=0)
        self.readings = SmallTable(["Date", "Reading", "Source"],
                                   "No meter readings recorded yet.", stretch=2, numeric=(1,))
        self.sections = {
            "contract": Section("Contract", self.contract),
            "customer": Section("Customer", self.customer),
            "meter_order": Section("Smart-meter order", self.order_panel),
            "reductions": Section("Grid fee reductions", self.reductions),
            "readings": Section("Meter readings", self.readings),
        }
        for name, section in self.sections.items():
            section.setObjectName(f"section_{name}")
            section.retry_requested.connect(lambda n=name: self._start(n))
        self.customer.open_subscription.connect(
            lambda sid: self.open_requested.emit("subscription", sid))

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.updated)
        header.addWidget(self.refresh_button)

        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self.sections["contract"], 0, 0, 3, 1)
        grid.addWidget(self.sections["customer"], 0, 1)
        grid.addWidget(self.sections["meter_order"], 1, 1)
        grid.addWidget(self.sections["reductions"], 3, 0)
        grid.addWidget(self.sections["readings"], 3, 1)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

        self._loaders: dict[str, Callable[[], Awaitable[None]]] = {
            "detail": self._load_detail, "meter_order": self._load_order,
            "reductions": self._load_reductions, "readings": self._load_readings,
        }
        self.refresh()

    # -- lifecycle -----------------------------------------------------------------------
    def refresh(self) -> None:
        for name in self._loaders:
            self._start(name)

    def shutdown(self) -> None:
        """Closing the tab: stop its requests; nothing may land on a deleted widget."""
        self.services.tasks.cancel(self.task_prefix)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.shutdown()
        super().closeEvent(event)

    def state(self, section: str) -> str:
        return self.sections[section].state

    def _start(self, name: str) -> None:
        loader = "detail" if name in ("contract", "customer") else name
        targets = ("contract", "customer") if loader == "detail" else (loader,)
        for t in targets:
            self.sections[t].show_refreshing()
        if loader == "detail" and self.subscription is not None:
            self._loaded_text = self.updated.text()
            self.updated.setText("Refreshing…")  # the old facts stay on screen meanwhile
        self.services.tasks.run(self.task_prefix + loader, self._guarded(loader, targets),
                                context="Loading a subscription")

    async def _guarded(self, loader: str, targets: tuple[str, ...]) -> None:
        try:
            await self._read_when_online(self._loaders[loader])
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # each section reports its own failure in place
            what = {"detail": "the subscription", "meter_order": "the meter order",
                    "reductions": "the grid fee reductions",
                    "readings": "the meter readings"}[loader]
            for t in targets:
                if self.sections[t].state != "ready":
                    self.sections[t].show_error(exc, what)
            if loader == "detail" and self.updated.text() == "Refreshing…":
                self.updated.setText(self._loaded_text)
            self.loaded.emit(loader)
            return
        self.loaded.emit(loader)

    async def _read_when_online(self, load: Callable[[], Awaitable[None]]) -> None:
        """While the network is down a section waits and loads once it is back (the frame
        shows the offline banner); any other failure is the section's own error."""
        connection = self.services.tasks.connection
        while True:
            try:
                await load()
            except TransportError as exc:
                if connection is None:
                    raise
                connection.report_offline(exc)
                await connection.wait_online()
                continue
            if connection is not None:
                connection.report_online()
            return

    # -- loaders -------------------------------------------------------------------------
    async def _load_detail(self) -> None:
        client = self.services.client
        sub = await client.get_subscription(self.subscription_id)
        customer = sub.customer
        if customer is None and sub.customer_id:
            customer = await client.get_customer(sub.customer_id)
        self.subscription = sub
        try:
            names = await plan_names(client)
        except asyncio.CancelledError:
            raise
        except Exception:
            names = {}  # the plan id stands in; the contract itself is still worth showing
        self._show_header(sub, customer, names.get(sub.plan or ""))
        self.contract.set_rows(contract_rows(sub, names.get(sub.plan or "")))
        self.sections["contract"].show_content()
        self.customer.set_customer(customer)
        self.order_panel.set_subscription(sub)
        await self._write_back(customer, [sub])
        if customer is not None and customer.id:
            siblings = await client.list_subscriptions(F("customer").eq(customer.id)).collect()
            self.customer.set_subscriptions(sub.id, siblings, names)
        else:
            self.customer.set_subscriptions(sub.id, [], names)
        self.sections["customer"].show_content()
        self.services.refreshed()

    async def _write_back(self, customer: Any, subs: list[Any]) -> None:
        """Opening a record refreshes its index row, so search shows what Nomos has now."""
        try:
            await store_fetched(index_for(self.services), customer, subs)
        except Exception:  # the index is a cache: a failed write must not hide the workspace
            return

    async def _load_order(self) -> None:
        order = await find_order(self.services.client, self.subscription_id)
        self.order_panel.show_listed(order)
        self.sections["meter_order"].show_content()

    async def _load_reductions(self) -> None:
        items = await self.services.client.list_grid_fee_reductions(
            subscription=self.subscription_id).collect()
        self.reductions.set_rows(reduction_rows(items))
        self.sections["reductions"].show_content()

    async def _load_readings(self) -> None:
        items = await self.services.client.list_meter_readings(
            subscription=self.subscription_id).collect(max_items=MAX_READINGS)
        rows = reading_rows(items)
        note = f"Showing the latest {len(rows)} of {len(items)}." if len(items) > len(rows) else ""
        self.readings.set_rows(rows, note)
        self.sections["readings"].show_content()

    def _show_header(self, sub: Any, customer: Any, plan_name: str | None) -> None:
        if customer is not None and customer.type == "company" and customer.company_name:
            who = customer.company_name
        else:
            who = fmt.person_name(customer)
        title = f"{who} · {sub.number or sub.id}"
        self.title.setText(title)
        self.subtitle.setText(" · ".join(p for p in (
            fmt.word(sub.status), fmt.word(sub.type), plan_name or sub.plan,
            fmt.word(sub.meter.type) if sub.meter else None) if p))
        self.updated.setText(f"Loaded {datetime.now().strftime('%H:%M:%S')}")
        self.setWindowTitle(title)
        self.title_changed.emit(title)
