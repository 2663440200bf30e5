"""The subscription workspace's read-only sections: contract, customer, §14a."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout

from nomos_desk.api.filters import F
from nomos_desk.api.models import Customer, GridFeeReduction, Subscription
from nomos_desk.ui import fmt
from nomos_desk.ui.record.section import FactsBody, SectionBody
from nomos_desk.ui.record.widgets import FormCard, SmallTable
from nomos_desk.ui.widgets import left_row, named

if TYPE_CHECKING:
    from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace

Rows = list[tuple[str, str, str]]


def customer_rows(customer: Customer | None) -> Rows:
    """The customer's facts, shared by the workspace and the customer tab."""
    if customer is None:
        return [("customer", QCoreApplication.translate("CustomerFacts", "Customer"),
                 QCoreApplication.translate("CustomerFacts", "not included in the answer"))]
    rows: Rows = [("kind", QCoreApplication.translate("CustomerFacts", "Kind"),
                   fmt.word(customer.type or "person"))]
    if customer.type == "company":
        rows += [("company", QCoreApplication.translate("CustomerFacts", "Company"),
                  customer.company_name or fmt.DASH),
                 ("contact", QCoreApplication.translate("CustomerFacts", "Contact person"),
                  fmt.contact_name(customer))]
    else:
        rows.append(("name", QCoreApplication.translate("CustomerFacts", "Name"),
                     fmt.contact_name(customer)))
    rows += [
        ("email", QCoreApplication.translate("CustomerFacts", "Email"),
         customer.email or fmt.DASH),
        ("vat_id", QCoreApplication.translate("CustomerFacts", "VAT id"),
         customer.vat_id or QCoreApplication.translate("CustomerFacts", "none")),
        ("customer_since", QCoreApplication.translate("CustomerFacts", "Customer since"),
         fmt.when(customer.created_at)),
        ("customer_id", QCoreApplication.translate("CustomerFacts", "Customer id"),
         customer.id or fmt.DASH),
    ]
    return rows


class ContractCard(FactsBody):
    async def load(self) -> bool:
        sub = (await self.tab.record()).subscription
        self.facts.set_rows(self.rows(sub, await self.services.plans.name(sub.plan)))
        return True

    def rows(self, sub: Subscription, plan_name: str | None) -> Rows:
        meter, pm, supplier = sub.meter, sub.payment_method, sub.supplier
        sepa = pm.sepa_debit if pm else None
        feed_in = sub.type == "feed_in"
        usage = (self.tr("%1 per year").replace("%1", fmt.kwh(sub.estimated_usage))
                 if sub.estimated_usage is not None else fmt.DASH)
        return [
            ("plan", self.tr("Plan"), plan_name or sub.plan or fmt.DASH),
            ("status", self.tr("Status"), fmt.subscription_status(sub)),
            ("type", self.tr("Type"), fmt.word(sub.type)),
            ("start", self.tr("Supply start"), fmt.when(sub.start_at)),
            ("end", self.tr("Contract end"), fmt.when(sub.end_at)),
            ("terminated", self.tr("Terminated on"), fmt.when(sub.terminated_at)),
            ("usage", self.tr("Estimated feed-in") if feed_in else self.tr("Estimated usage"),
             usage),
            ("supply_address", self.tr("Supply address"), fmt.address(sub.address)),
            ("billing_address", self.tr("Billing address"), fmt.address(sub.billing_address)),
            ("meter", self.tr("Meter"), fmt.word(meter.type) if meter else fmt.DASH),
            ("meter_number", self.tr("Meter number"), (meter.number if meter else None)
             or fmt.DASH),
            ("malo", self.tr("Market location (MaLo)"), (meter.malo if meter else None)
             or fmt.DASH),
            ("melo", self.tr("Metering location (MeLo)"), (meter.melo if meter else None)
             or fmt.DASH),
            ("payment", self.tr("Payment"), fmt.word(pm.type if pm else None)),
            ("iban", self.tr("IBAN"), fmt.iban(sepa.iban if sepa else None)),
            ("account_holder", self.tr("Account holder"),
             (sepa.account_holder if sepa else None) or fmt.DASH),
            ("previous_supplier", self.tr("Previous supplier"),
             supplier.name if supplier and supplier.name else self.tr("none given")),
            ("subscription_id", self.tr("Subscription id"), sub.id or fmt.DASH),
        ]


class CustomerCard(SectionBody):
    """The customer's facts, a link to the customer tab and their other subscriptions."""

    def __init__(self, tab: SubscriptionWorkspace) -> None:
        super().__init__(tab)
        self.customer_id: str | None = None
        self.facts = FormCard()
        self.open_button = named(QPushButton(self.tr("Open customer")), "openCustomer")
        self.open_button.setToolTip(self.tr("The customer with all their subscriptions, in a tab"))
        self.open_button.clicked.connect(self._open_customer)
        self.switcher = named(QComboBox(), "subscriptionSwitcher")
        self.switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.others_label = QLabel()
        self.switcher.activated.connect(self._activated)
        row = left_row(self.open_button)
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
            self.others_label.setText(self.tr("Other subscriptions: none"))
            self.switcher.hide()
            return
        count = len(others)  # lupdate reads a plural's count only from a plain name
        self.others_label.setText(QCoreApplication.translate(
            "CustomerCard", "%n other subscription(s):", "", count))
        self.switcher.addItem(self.tr("Open another subscription…"), None)
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


class ReductionsTable(SectionBody):
    def __init__(self, tab: SubscriptionWorkspace) -> None:
        super().__init__(tab)
        self.table = SmallTable([self.tr("Module"), self.tr("Status"), self.tr("Valid from"),
                                 self.tr("Valid until")])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addStretch(1)

    async def load(self) -> bool:
        items = await self.services.client.list_grid_fee_reductions(
            subscription=self.tab.record_id).collect()
        self.table.set_rows(reduction_rows(items))
        return bool(items)


def reduction_rows(items: list[GridFeeReduction]) -> list[list[str]]:
    return [[fmt.word(g.type, fmt.GFR_TYPES), fmt.word(g.status, fmt.GFR_STATUS),
             fmt.when(g.valid_from), fmt.when(g.valid_until)] for g in items]
