"""The lead form's inputs: what a salesperson types while the prospect talks.

Each input is bound (FieldErrors) to the InsertLead field it feeds, so a local problem
and a field error from Nomos land beside the same input. `value()` reads everything
into a `LeadInput`, `set_value()` puts a draft back. Rows that do not apply (a company
name for a person, a previous supplier for a feed-in plan or a move-in) are hidden, and
the plan's note says what a feed-in plan needs.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api.models import Plan
from nomos_desk.domain import leads as L
from nomos_desk.domain.berlin import months_later
from nomos_desk.domain.validation import Problem
from nomos_desk.ui import fmt
from nomos_desk.ui.forms import FieldErrors
from nomos_desk.ui.key_values import KeyValueTable
from nomos_desk.ui.leads.supplier import SupplierPicker
from nomos_desk.ui.leads.words import CHANGE_REASONS, problem_text
from nomos_desk.ui.theme import mark_secondary
from nomos_desk.ui.widgets import named, pydate, qdate

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

MAX_USAGE = 1_000_000


class LeadForm(QWidget):
    changed = Signal()

    def __init__(self, services: Services, task_prefix: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.services = services
        self.errors = FieldErrors()
        self.plans: dict[str, Plan] = {}
        self._wanted_plan = ""
        self.rows: dict[str, tuple[QFormLayout, QWidget]] = {}  # rows that may hide

        self.plan = named(QComboBox(), "leadPlan")
        self.plan_note = named(QLabel(wordWrap=True), "planNote")
        mark_secondary(self.plan_note)

        self.customer_type = named(QComboBox(), "customerType")
        for value in (L.PERSON, L.COMPANY):
            self.customer_type.addItem(fmt.word(value), value)
        self.company_name = named(QLineEdit(), "companyName")
        self.first_name = named(QLineEdit(), "firstName")
        self.last_name = named(QLineEdit(), "lastName")
        self.email = named(QLineEdit(), "customerEmail")
        self.email.setPlaceholderText(self.tr("name@example.org"))

        self.zip = named(QLineEdit(), "zip")
        self.zip.setMaxLength(5)
        self.zip.setPlaceholderText("10115")
        self.city = named(QLineEdit(), "city")
        self.street = named(QLineEdit(), "street")
        self.house_number = named(QLineEdit(), "houseNumber")
        self.house_number.setMaximumWidth(90)
        self.zip.setMaximumWidth(90)

        self.usage = named(QSpinBox(), "usage")
        self.usage.setRange(0, MAX_USAGE)
        self.usage.setSingleStep(100)
        self.usage.setGroupSeparatorShown(True)
        self.usage.setSuffix(" kWh")
        self.usage.setSpecialValueText(" ")  # 0 shows empty: nothing entered yet
        self.meter_type = named(QComboBox(), "meterType")
        for value in (L.ANALOG, L.SMART):
            self.meter_type.addItem(fmt.word(value), value)
        self.meter_number = named(QLineEdit(), "meterNumber")

        self.change_reason = named(QComboBox(), "changeReason")
        for value in (L.SUPPLIER_CHANGE, L.MOVE_IN):
            self.change_reason.addItem(fmt.word(value, CHANGE_REASONS), value)
        self.supplier = SupplierPicker(services, task_prefix + "suppliers")
        self.start = named(QComboBox(), "startChoice")
        self.start.addItem(self.tr("Next possible date"), L.NEXT_POSSIBLE)
        self.start.addItem(self.tr("On a date"), L.ON_DATE)
        self.start_date = named(QDateEdit(), "startDate")
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat(fmt.day_format())

        self.sepa = named(QGroupBox(self.tr("SEPA direct debit (optional)")), "sepaBox")
        self.sepa.setCheckable(True)
        self.sepa.setChecked(False)
        self.iban = named(QLineEdit(), "iban")
        self.iban.setPlaceholderText("DE89 3704 0044 0532 0130 00")
        self.iban_note = named(QLabel(wordWrap=True), "ibanNote")
        mark_secondary(self.iban_note)
        self.iban_note.hide()
        self.account_holder = named(QLineEdit(), "accountHolder")

        self.metadata = KeyValueTable(visible_rows=(1, 3))
        self.created_by = named(QLineEdit(), "createdBy")
        self.created_by.setPlaceholderText(self.tr("your email address"))
        self.created_by.setToolTip(self.tr("Who made the lead (Nomos keeps it with the lead)"))

        # A long plan name must not make the form scroll sideways: the closed box elides,
        # its list shows every name in full.
        self.plan.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan.setMinimumContentsLength(16)
        layout = QVBoxLayout(self)
        layout.addWidget(self._plan_box())
        layout.addWidget(self._customer_box())
        layout.addWidget(self._address_box())
        layout.addWidget(self._meter_box())
        layout.addWidget(self._start_box())
        layout.addWidget(self._sepa_box())
        layout.addWidget(self._more_box())
        layout.addStretch(1)
        self._align_labels()
        self._wire()
        self.update_rules()

    # -- layout ------------------------------------------------------------------------------
    def _field(self, api_field: str, widget: QWidget, *extra: QWidget) -> QWidget:
        """The input with its error label beneath (and optional notes), as one row cell."""
        return self._fields([(api_field, widget, 1)], *extra)

    def _fields(self, inputs: list[tuple[str, QWidget, int]], *extra: QWidget) -> QWidget:
        """Inputs side by side (with their stretch), notes and error labels beneath at full
        width: an error under a narrow input (the zip) would wrap into a column of words."""
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        column.addLayout(row)
        for api_field, widget, stretch in inputs:
            row.addWidget(widget, stretch)
            label = QLabel(cell)
            target = widget.edit if isinstance(widget, SupplierPicker) else widget
            self.errors.bind(api_field, target, label)
            column.addWidget(label)
        for place, w in enumerate(extra, start=1):
            column.insertWidget(place, w)
        return cell

    def _align_labels(self) -> None:
        """One label column for all the boxes, so the inputs line up from box to box."""
        forms = [box.layout() for box in self.findChildren(QGroupBox)]
        labels = [item.widget() for form in forms if isinstance(form, QFormLayout)
                  for row in range(form.rowCount())
                  if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
                  and isinstance(item.widget(), QLabel)]
        width = max((label.sizeHint().width() for label in labels if label), default=0)
        for label in labels:
            if label is not None:
                label.setMinimumWidth(width)

    def _box(self, title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
        box = named(QGroupBox(title), name)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        return box, form

    def _row(self, form: QFormLayout, key: str, label: str, cell: QWidget) -> None:
        form.addRow(label, cell)
        self.rows[key] = (form, cell)

    def _show_row(self, key: str, visible: bool) -> None:
        form, cell = self.rows[key]
        form.setRowVisible(cell, visible)  # the label with it

    def _plan_box(self) -> QGroupBox:
        box, form = self._box(self.tr("Plan"), "planBox")
        self._row(form, "plan", self.tr("Plan:"), self._field("plan", self.plan, self.plan_note))
        return box

    def _customer_box(self) -> QGroupBox:
        box, form = self._box(self.tr("Customer"), "customerBox")
        form.addRow(self.tr("Customer type:"), self.customer_type)
        self._row(form, "company", self.tr("Company name:"),
                  self._field("customer.company_name", self.company_name))
        self._row(form, "first", self.tr("First name:"),
                  self._field("customer.first_name", self.first_name))
        self._row(form, "last", self.tr("Last name:"),
                  self._field("customer.last_name", self.last_name))
        self._row(form, "email", self.tr("Email:"), self._field("customer.email", self.email))
        return box

    def _address_box(self) -> QGroupBox:
        box, form = self._box(self.tr("Supply address"), "addressBox")
        self._row(form, "street", self.tr("Street and number:"), self._fields(
            [("address.street", self.street, 1), ("address.house_number", self.house_number, 0)]))
        self._row(form, "zip", self.tr("Zip code and city:"), self._fields(
            [("address.zip", self.zip, 0), ("address.city", self.city, 1)]))
        return box

    def _meter_box(self) -> QGroupBox:
        box, form = self._box(self.tr("Meter"), "meterBox")
        self._row(form, "usage", self.tr("Yearly usage:"),
                  self._field("meter.estimated_usage", self.usage))
        self._row(form, "meter_type", self.tr("Meter type:"),
                  self._field("meter.type", self.meter_type))
        self._row(form, "meter_number", self.tr("Meter number:"),
                  self._field("meter.number", self.meter_number))
        return box

    def _start_box(self) -> QGroupBox:
        box, form = self._box(self.tr("Switch and start"), "startBox")
        self._row(form, "reason", self.tr("Reason:"), self._field("change_reason",
                                                                 self.change_reason))
        self._row(form, "supplier", self.tr("Previous supplier:"),
                  self._field("previous_supplier", self.supplier))
        self._row(form, "start", self.tr("Supply starts:"), self._fields(
            [("next_possible_start", self.start, 0), ("intended_start_date", self.start_date, 1)]))
        return box

    def _sepa_box(self) -> QGroupBox:
        form = QFormLayout(self.sepa)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._row(form, "iban", self.tr("IBAN:"), self._field(
            "payment_method.sepa_debit.iban", self.iban, self.iban_note))
        self._row(form, "holder", self.tr("Account holder:"), self._field(
            "payment_method.sepa_debit.account_holder", self.account_holder))
        return self.sepa

    def _more_box(self) -> QGroupBox:
        box, form = self._box(self.tr("Internal"), "moreBox")
        self._row(form, "metadata", self.tr("Metadata:"), self._field("metadata", self.metadata))
        self._row(form, "created_by", self.tr("Created by:"),
                  self._field("created_by", self.created_by))
        return box

    def _wire(self) -> None:
        for edit in (self.company_name, self.first_name, self.last_name, self.email, self.zip,
                     self.city, self.street, self.house_number, self.meter_number, self.iban,
                     self.account_holder, self.created_by):
            edit.textChanged.connect(self._edited)
        for combo in (self.plan, self.customer_type, self.meter_type, self.change_reason,
                      self.start):
            combo.currentIndexChanged.connect(self._edited)
        self.usage.valueChanged.connect(self._edited)
        self.start_date.dateChanged.connect(self._edited)
        self.sepa.toggled.connect(self._edited)
        self.supplier.changed.connect(self._edited)
        self.metadata.changed.connect(lambda: self.errors.clear("metadata"))
        self.metadata.changed.connect(self._edited)
        self.iban.textEdited.connect(lambda *_: self.iban_note.hide())
        # Checked locally as soon as the agent leaves the field, not only on submit.
        for edit, name in ((self.zip, "address.zip"), (self.email, "customer.email"),
                           (self.iban, "payment_method.sepa_debit.iban"),
                           (self.created_by, "created_by")):
            edit.editingFinished.connect(lambda n=name: self.check_now(n))
        self.iban.editingFinished.connect(self._group_iban)

    def _edited(self, *_: object) -> None:
        self.update_rules()
        self.changed.emit()

    # -- plans -------------------------------------------------------------------------------
    def set_plans(self, plans: list[Plan]) -> None:
        wanted = self.plan_id() or self._wanted_plan
        self.plans = {p.id: p for p in plans if p.id}
        self.plan.blockSignals(True)
        self.plan.clear()
        self.plan.addItem(self.tr("Choose a plan…"), "")
        for plan in sorted(self.plans.values(), key=lambda p: (p.type == L.FEED_IN, p.name or "")):
            text = self.tr("%1 (%2)").replace("%1", plan.name or plan.id or "").replace(
                "%2", fmt.word(plan.type))
            self.plan.addItem(text, plan.id)
        self.plan.setCurrentIndex(max(self.plan.findData(wanted), 0))
        self.plan.blockSignals(False)
        self.update_rules()
        self.changed.emit()

    def plan_id(self) -> str:
        return str(self.plan.currentData() or "")

    def plan_type(self) -> str | None:
        plan = self.plans.get(self.plan_id())
        return plan.type if plan is not None else None

    # -- rules that change what is shown -------------------------------------------------------
    def update_rules(self) -> None:
        lead = self.value()
        plan_type = self.plan_type()
        feed_in = plan_type == L.FEED_IN
        self._show_row("company", lead.customer_type == L.COMPANY)
        self._show_row("supplier", L.takes_previous_supplier(lead, plan_type))
        self.start_date.setEnabled(lead.start == L.ON_DATE)
        if lead.start != L.ON_DATE:  # off, it shows the earliest date this plan allows
            self.start_date.blockSignals(True)
            self.start_date.setDate(qdate(self.default_start()))
            self.start_date.blockSignals(False)
        self.plan_note.setText(self._plan_note(plan_type))
        self.plan_note.setVisible(bool(self.plan_note.text()))
        # A feed-in plan with an analog meter cannot become a lead: said at once, not on send.
        if feed_in and lead.meter_type != L.SMART:
            self.errors.show("meter.type", problem_text(Problem("feed_in_needs_smart")))
        elif self.errors.message("meter.type") == problem_text(Problem("feed_in_needs_smart")):
            self.errors.clear("meter.type")

    def _plan_note(self, plan_type: str | None) -> str:
        plan = self.plans.get(self.plan_id())
        if plan is None:
            return ""
        if plan_type == L.FEED_IN:
            return self.tr(
                "Feed-in plan: needs a smart meter (iMSys) and API version 2026-05-27.curie; "
                "the supply starts on the first of a month at least one month ahead (the "
                "earliest is %1); no previous supplier; §14a modules do not apply.").replace(
                    "%1", fmt.day(L.earliest_feed_in_start(today())))
        price = self.tr("Base fee %1 a month.").replace("%1", fmt.money(plan.price))
        return "\n".join(p for p in (plan.description, price) if p)

    def default_start(self) -> date:
        if self.plan_type() == L.FEED_IN:
            return L.earliest_feed_in_start(today())
        return months_later(today(), 1)

    # -- value ---------------------------------------------------------------------------------
    def value(self) -> L.LeadInput:
        on_date = self.start.currentData() == L.ON_DATE
        picked = self.start_date.date()
        return L.LeadInput(
            plan_id=self.plan_id(), customer_type=str(self.customer_type.currentData()),
            company_name=self.company_name.text(), first_name=self.first_name.text(),
            last_name=self.last_name.text(), email=self.email.text(), zip=self.zip.text(),
            street=self.street.text(), house_number=self.house_number.text(),
            city=self.city.text(), usage_kwh=self.usage.value() or None,
            meter_type=str(self.meter_type.currentData()),
            meter_number=self.meter_number.text(),
            change_reason=str(self.change_reason.currentData()),
            supplier_id=self.supplier.supplier_id, supplier_name=self.supplier.name(),
            start=L.ON_DATE if on_date else L.NEXT_POSSIBLE,
            start_date=pydate(picked) if on_date else None,
            sepa=self.sepa.isChecked(), iban=self.iban.text(),
            account_holder=self.account_holder.text(), metadata=self.metadata.pairs(),
            created_by=self.created_by.text())

    def set_value(self, lead: L.LeadInput) -> None:
        self.blockSignals(True)
        try:
            self._wanted_plan = lead.plan_id
            self.plan.setCurrentIndex(max(self.plan.findData(lead.plan_id), 0))
            for combo, data in ((self.customer_type, lead.customer_type),
                                (self.meter_type, lead.meter_type),
                                (self.change_reason, lead.change_reason),
                                (self.start, lead.start)):
                combo.setCurrentIndex(max(combo.findData(data), 0))
            for edit, text in ((self.company_name, lead.company_name),
                               (self.first_name, lead.first_name),
                               (self.last_name, lead.last_name), (self.email, lead.email),
                               (self.zip, lead.zip), (self.street, lead.street),
                               (self.house_number, lead.house_number), (self.city, lead.city),
                               (self.meter_number, lead.meter_number), (self.iban, lead.iban),
                               (self.account_holder, lead.account_holder),
                               (self.created_by, lead.created_by)):
                edit.setText(text)
            self.usage.setValue(lead.usage_kwh or 0)
            self.supplier.set_value(lead.supplier_id, lead.supplier_name)
            self.start_date.setDate(qdate(lead.start_date or self.default_start()))
            self.sepa.setChecked(lead.sepa)
            self.metadata.set_pairs(lead.metadata)
        finally:
            self.blockSignals(False)
        self.errors.clear()
        self.update_rules()

    # -- checks ----------------------------------------------------------------------------------
    def show_problems(self, problems: dict[str, Problem]) -> None:
        self.errors.clear()
        for name, problem in problems.items():
            self.errors.show(name, problem_text(problem))

    def check_now(self, name: str) -> None:
        """One input checked the moment the agent leaves it."""
        problem = L.problems(self.value(), self.plan_type(), today()).get(name)
        if problem is not None and problem.code != "required":
            self.errors.show(name, problem_text(problem))
        else:
            self.errors.clear(name)

    def first_invalid(self, names: list[str]) -> QWidget | None:
        for key, widget in (("plan", self.plan), ("customer.company_name", self.company_name),
                            ("customer.email", self.email), ("address.zip", self.zip),
                            ("meter.estimated_usage", self.usage), ("meter.type", self.meter_type),
                            ("previous_supplier", self.supplier.edit),
                            ("intended_start_date", self.start_date),
                            ("payment_method.sepa_debit.iban", self.iban),
                            ("payment_method.sepa_debit.account_holder", self.account_holder),
                            ("metadata", self.metadata.table), ("created_by", self.created_by)):
            if key in names:
                return widget
        return None

    def _group_iban(self) -> None:
        """Show the IBAN in blocks of four, as printed on bank cards and statements."""
        compact = "".join(self.iban.text().split()).upper()
        grouped = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
        if grouped != self.iban.text():
            self.iban.setText(grouped)


def today() -> date:
    """Today in Berlin, where the supply starts."""
    return datetime.now(fmt.BERLIN).date()
