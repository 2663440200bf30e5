"""The subscription workspace's read-only sections: contract, customer, §14a, readings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from nomos_desk.api.filters import F
from nomos_desk.api.models import Customer, GridFeeReduction, MeterReading, Subscription
from nomos_desk.ui.record.section import SectionBody
from nomos_desk.ui.record.widgets import FormCard, SmallTable
from nomos_desk.ui.widgets import named
from nomos_desk.ui.workspace import format as fmt

if TYPE_CHECKING:
    from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace

READINGS_SHOWN = 24
MAX_READINGS = 200


def contract_rows(sub: Subscription, plan_name: str | None) -> list[tuple[str, str]]:
    meter = sub.meter
    pm = sub.payment_method
    sepa = pm.sepa_debit if pm else None
    supplier = sub.supplier
    return [
        ("Plan", plan_name or sub.plan or fmt.DASH),
        ("Status", fmt.subscription_status(sub)),
        ("Type", fmt.word(sub.type)),
        ("Start", fmt.when(sub.start_at)),
        ("End", fmt.when(sub.end_at)),
        ("Terminated", fmt.when(sub.terminated_at)),
        ("Estimated feed-in" if sub.type == "feed_in" else "Estimated usage",
         f"{fmt.kwh(sub.estimated_usage)} per year"
         if sub.estimated_usage is not None else fmt.DASH),
        ("Supply address", fmt.address(sub.address)),
        ("Billing address", fmt.address(sub.billing_address)),
        ("Meter", fmt.word(meter.type) if meter else fmt.DASH),
        ("Meter number", (meter.number if meter else None) or fmt.DASH),
        ("MaLo", (meter.malo if meter else None) or fmt.DASH),
        ("MeLo", (meter.melo if meter else None) or fmt.DASH),
        ("Payment", "SEPA direct debit" if pm and pm.type == "sepa_debit"
         else fmt.word(pm.type if pm else None)),
        ("IBAN", fmt.iban(sepa.iban if sepa else None)),
        ("Account holder", (sepa.account_holder if sepa else None) or fmt.DASH),
        ("Previous supplier", supplier.name if supplier and supplier.name else "none given"),
        ("Subscription id", sub.id or fmt.DASH),
    ]


def customer_rows(customer: Customer | None) -> list[tuple[str, str]]:
    if customer is None:
        return [("Customer", "not included in the answer")]
    rows: list[tuple[str, str]] = []
    if customer.type == "company":
        rows += [("Kind", "Company"), ("Company", customer.company_name or fmt.DASH),
                 ("Contact", fmt.contact_name(customer))]
    else:
        rows += [("Kind", "Person"), ("Name", fmt.contact_name(customer))]
    rows += [("Email", customer.email or fmt.DASH), ("VAT id", customer.vat_id or "none"),
             ("Customer since", fmt.when(customer.created_at)),
             ("Customer id", customer.id or fmt.DASH)]
    return rows


class ContractCard(SectionBody):
    def __init__(self, tab: SubscriptionWorkspace) -> None:
        super().__init__(tab)
        self.facts = FormCard()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.facts)

    async def load(self) -> bool:
        sub = (await self.tab.record()).subscription
        self.facts.set_rows(contract_rows(sub, await self.services.plans.name(sub.plan)))
        return True


class CustomerCard(SectionBody):
    """The customer's facts, a link to the customer tab and their other subscriptions."""

    def __init__(self, tab: SubscriptionWorkspace) -> None:
        super().__init__(tab)
        self.customer_id: str | None = None
        self.facts = FormCard()
        self.open_button = named(QPushButton("Open customer"), "openCustomer")
        self.open_button.setToolTip("The customer with all their subscriptions, in a tab")
        self.open_button.clicked.connect(self._open_customer)
        self.switcher = named(QComboBox(), "subscriptionSwitcher")
        self.switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.others_label = QLabel("Other subscriptions:")
        self.switcher.activated.connect(self._activated)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.facts)
        layout.addLayout(row)
        layout.addWidget(self.others_label)
        layout.addWidget(self.switcher)
        layout.addStretch(1)

    async def load(self) -> bool:
        loaded = await self.tab.record()
        customer = loaded.customer
        self.customer_id = customer.id if customer is not None else None
        self.open_button.setVisible(self.customer_id is not None)
        self.facts.set_rows(customer_rows(customer))
        siblings: list[Subscription] = []
        if self.customer_id:
            siblings = await self.services.client.list_subscriptions(
                F("customer").eq(self.customer_id)).collect()
        self.set_subscriptions(loaded.subscription.id or "", siblings,
                               await self.services.plans.names_or_empty())
        return True

    def set_subscriptions(self, current_id: str, subs: list[Subscription],
                          plan_names: dict[str, str]) -> None:
        self.switcher.clear()
        others = [s for s in subs if s.id != current_id]
        if not others:
            self.others_label.setText("Other subscriptions: none")
            self.switcher.hide()
            return
        self.others_label.setText(f"Other subscriptions ({len(others)}):")
        self.switcher.addItem("Open another subscription…", None)
        for s in others:
            text = " · ".join(p for p in (s.number or s.id, fmt.subscription_status(s),
                                          plan_names.get(s.plan or "", s.plan or "")) if p)
            self.switcher.addItem(text, s.id)
        self.switcher.show()

    def _open_customer(self) -> None:
        if self.customer_id:
            self.tab.open_requested.emit("customer", self.customer_id)

    def _activated(self, index: int) -> None:
        sub_id = self.switcher.itemData(index)
        if sub_id:
            self.switcher.setCurrentIndex(0)
            self.tab.open_requested.emit("subscription", sub_id)


def reduction_rows(items: list[GridFeeReduction]) -> list[list[str]]:
    return [[fmt.word(g.type, fmt.GFR_TYPES), fmt.word(g.status), fmt.when(g.valid_from),
             fmt.when(g.valid_until)] for g in items]


def reading_rows(items: list[MeterReading]) -> list[list[str]]:
    ordered = sorted(items, key=lambda m: (m.timestamp.value is None, m.timestamp.value),
                     reverse=True)
    out = []
    for m in ordered[:READINGS_SHOWN]:
        value = f"{fmt.number(m.value, 1)} kWh" if m.value is not None else fmt.DASH
        out.append([fmt.when(m.timestamp), value, fmt.word(m.type, fmt.READING_TYPES)])
    return out


class ReductionsTable(SectionBody):
    def __init__(self, tab: SubscriptionWorkspace) -> None:
        super().__init__(tab)
        self.table = SmallTable(["Module", "Status", "Valid from", "Valid until"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addStretch(1)

    async def load(self) -> bool:
        items = await self.services.client.list_grid_fee_reductions(
            subscription=self.tab.record_id).collect()
        self.table.set_rows(reduction_rows(items))
        return bool(items)


class ReadingsTable(SectionBody):
    def __init__(self, tab: SubscriptionWorkspace) -> None:
        super().__init__(tab)
        self.table = SmallTable(["Date", "Reading", "Source"], stretch=2, numeric=(1,))
        self.note = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addStretch(1)

    async def load(self) -> bool:
        items = await self.services.client.list_meter_readings(
            subscription=self.tab.record_id).collect(max_items=MAX_READINGS)
        rows = reading_rows(items)
        self.table.set_rows(rows)
        more = len(items) > len(rows)
        self.note.setText(f"Showing the latest {len(rows)} of {len(items)}." if more else "")
        self.note.setVisible(more)
        return bool(items)
