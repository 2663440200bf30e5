"""Contract and customer cards: the facts an agent reads out on the phone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from nomos_desk.ui.workspace import format as fmt


class FormCard(QWidget):
    """Label/value rows whose values can be selected and copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values = {}
        for label, value in rows:
            field = QLabel(value or fmt.DASH)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[label] = field
            self.form.addRow(f"{label}:", field)

    def value(self, label: str) -> str:
        return self.values[label].text()


def contract_rows(sub: Any, plan_name: str | None) -> list[tuple[str, str]]:
    meter = sub.meter
    pm = sub.payment_method
    sepa = pm.sepa_debit if pm else None
    supplier = sub.supplier
    return [
        ("Plan", plan_name or sub.plan or fmt.DASH),
        ("Status", fmt.word(sub.status)),
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
        ("IBAN", fmt.mask_iban(sepa.iban if sepa else None)),
        ("Account holder", (sepa.account_holder if sepa else None) or fmt.DASH),
        ("Previous supplier", supplier.name if supplier and supplier.name else "none given"),
        ("Subscription id", sub.id or fmt.DASH),
    ]


def customer_rows(customer: Any) -> list[tuple[str, str]]:
    if customer is None:
        return [("Customer", "not included in the answer")]
    rows: list[tuple[str, str]] = []
    if customer.type == "company":
        rows += [("Kind", "Company"), ("Company", customer.company_name or fmt.DASH),
                 ("Contact", fmt.person_name(customer))]
    else:
        rows += [("Kind", "Person"), ("Name", fmt.person_name(customer))]
    rows += [("Email", customer.email or fmt.DASH), ("VAT id", customer.vat_id or "none"),
             ("Customer since", fmt.when(customer.created_at)),
             ("Customer id", customer.id or fmt.DASH)]
    return rows


class CustomerCard(QWidget):
    """The customer's facts plus a switcher to their other subscriptions."""

    open_subscription = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = FormCard()
        self.switcher = QComboBox(objectName="subscriptionSwitcher")
        self.switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.others_label = QLabel("Other subscriptions:")
        self.switcher.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.facts)
        layout.addWidget(self.others_label)
        layout.addWidget(self.switcher)
        layout.addStretch(1)

    def set_customer(self, customer: Any) -> None:
        self.facts.set_rows(customer_rows(customer))

    def set_subscriptions(self, current_id: str, subs: list[Any], plan_names: dict[str, str]
                          ) -> None:
        self.switcher.clear()
        others = [s for s in subs if s.id != current_id]
        if not others:
            self.others_label.setText("Other subscriptions: none")
            self.switcher.hide()
            return
        self.others_label.setText(f"Other subscriptions ({len(others)}):")
        self.switcher.addItem("Open another subscription…", None)
        for s in others:
            city = s.address.city if s.address and s.address.city else ""
            text = " · ".join(p for p in (s.number or s.id, fmt.word(s.status),
                                          plan_names.get(s.plan or "", s.plan or ""), city) if p)
            self.switcher.addItem(text, s.id)
        self.switcher.show()

    def _activated(self, index: int) -> None:
        sub_id = self.switcher.itemData(index)
        if sub_id:
            self.switcher.setCurrentIndex(0)
            self.open_subscription.emit(sub_id)
