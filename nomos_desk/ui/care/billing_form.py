"""Billing address, SEPA direct debit and metadata of a contract (PATCH /subscriptions/{id}).

Only what changed is sent. Nomos changes the billing address row in place (every
contract of the customer using it changes too) and replaces the mandate with a new
one; it shows an IBAN only masked, so changing the account holder means typing the
IBAN again. Metadata is merged key by key (a cleared value removes its key).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from nomos_desk.api.models import Address, Customer, Subscription
from nomos_desk.domain import validation
from nomos_desk.domain.identifiers import mask_iban, normalize_iban
from nomos_desk.domain.metadata import patch_applied, shown
from nomos_desk.ui import fmt
from nomos_desk.ui.care.dialog import CareDialog, Fact, Question, WrappedLabel, facts_table
from nomos_desk.ui.care.metadata_editor import MetadataEditor
from nomos_desk.ui.care.wording import problem_text
from nomos_desk.ui.widgets import named
from nomos_desk.ui.writes import WriteOutcome

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

ADDRESS_FIELDS = ("street", "house_number", "zip", "city")
MAX_LENGTHS = {"street": 100, "house_number": 10, "zip": 5, "city": 100}  # InsertAddress
ADDRESS_KEY, PAYMENT_KEY, METADATA_KEY = "billing_address", "payment_method", "metadata"
IBAN_FIELD = "payment_method.sepa_debit.iban"
HOLDER_FIELD = "payment_method.sepa_debit.account_holder"


def address_text(values: dict[str, str]) -> str:
    return fmt.address(Address(street=values.get("street"),
                               house_number=values.get("house_number"),
                               zip=values.get("zip"), city=values.get("city")))


class BillingDialog(CareDialog):
    def __init__(self, parent: QWidget, services: Services, sub: Subscription,
                 customer: Customer | None) -> None:
        super().__init__(parent, services, self.tr("Billing address and payment"),
                         self.tr("Save…"))
        self.subscription = sub
        self.customer = customer
        current = sub.billing_address
        self.old_address = {k: (getattr(current, k, None) or "") for k in ADDRESS_FIELDS}
        pm = sub.payment_method
        self.old_sepa = pm.sepa_debit if pm is not None else None
        self.old_pm_id = pm.id if pm is not None else sub.payment_method_id

        self.add_hint(self.tr("Contract %1 of %2.").replace("%1", sub.number or sub.id or "")
                      .replace("%2", customer.display_name if customer else fmt.DASH))
        address_box = named(QGroupBox(self.tr("Billing address")), "billingAddress")
        address_form = QFormLayout(address_box)
        labels = {"street": self.tr("Street"), "house_number": self.tr("House number"),
                  "zip": self.tr("Zip code"), "city": self.tr("City")}
        self.address: dict[str, QLineEdit] = {}
        for key in ADDRESS_FIELDS:
            edit = named(QLineEdit(self.old_address[key]), key)
            edit.setMaxLength(MAX_LENGTHS[key])
            self.address[key] = edit
            self.add_field(f"{ADDRESS_KEY}.{key}", labels[key], edit, address_form)
        self.add_hint(self.tr("The address is changed where it is stored: the customer's other "
                              "contracts using it change too."), address_form)
        self.form.addRow(address_box)

        sepa_box = named(QGroupBox(self.tr("SEPA direct debit")), "sepa")
        sepa_form = QFormLayout(sepa_box)
        self.current_sepa = named(QLabel(self._sepa_text(
            self.old_sepa.iban if self.old_sepa else None,
            self.old_sepa.account_holder if self.old_sepa else None)), "currentSepa")
        sepa_form.addRow(self.tr("Current mandate"), self.current_sepa)
        self.iban = named(QLineEdit(), "iban")
        self.iban.setPlaceholderText(self.tr("Leave empty to keep the current mandate"))
        self.iban.setMaxLength(42)  # 34 characters with a space after every four
        self.add_field(IBAN_FIELD, self.tr("New IBAN"), self.iban, sepa_form)
        self.holder = named(QLineEdit(self.old_sepa.account_holder or "" if self.old_sepa
                                      else ""), "account_holder")
        self.add_field(HOLDER_FIELD, self.tr("Account holder"), self.holder, sepa_form)
        self.form.addRow(sepa_box)

        meta_box = named(QGroupBox(self.tr("Metadata")), "metadataBox")
        meta_form = QFormLayout(meta_box)
        self.metadata = MetadataEditor(sub.metadata)
        line = WrappedLabel()
        self.errors.bind(METADATA_KEY, self.metadata.table, line)
        self.metadata.table.cellChanged.connect(lambda *_: self.errors.clear(METADATA_KEY))
        meta_form.addRow(self.metadata)
        meta_form.addRow(line)
        self.form.addRow(meta_box)

    def _sepa_text(self, iban: str | None, holder: str | None) -> str:
        if not iban:
            return self.tr("none")
        return self.tr("%1 (%2)").replace("%1", fmt.iban(iban)).replace(
            "%2", holder or fmt.DASH)

    # -- the write ------------------------------------------------------------------------------
    def _new_address(self) -> dict[str, str]:
        return {k: edit.text().strip() for k, edit in self.address.items()}

    def problems(self) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        address = self._new_address()
        if address != self.old_address:
            for key, value in address.items():
                problem = (validation.german_zip(value) if key == "zip"
                           else validation.required(value))
                if problem is not None:
                    found.append((f"{ADDRESS_KEY}.{key}", problem_text(problem)))
        holder = self.holder.text().strip()
        if self.iban.text().strip():
            problem = validation.iban(self.iban.text())
            if problem is not None:
                found.append((IBAN_FIELD, problem_text(problem)))
            if not holder:
                found.append((HOLDER_FIELD, problem_text(validation.Problem("required"))))
        elif holder != ((self.old_sepa.account_holder or "") if self.old_sepa else ""):
            found.append((IBAN_FIELD, self.tr(
                "To change the account holder, enter the IBAN again: Nomos shows the current "
                "one only masked.")))
        edit = self.metadata.edit()
        for row, problem in edit.problems:
            found.append((METADATA_KEY, self.tr("Row %1: %2").replace("%1", str(row + 1))
                          .replace("%2", problem_text(problem))))
        return found

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {}
        address = self._new_address()
        if address != self.old_address:
            body[ADDRESS_KEY] = address
        if self.iban.text().strip():
            body[PAYMENT_KEY] = {"type": "sepa_debit", "sepa_debit": {
                "iban": normalize_iban(self.iban.text()),
                "account_holder": self.holder.text().strip()}}
        patch = self.metadata.edit().patch
        if patch:
            body[METADATA_KEY] = patch
        return body

    def confirmation(self, payload: dict[str, Any]) -> Question:
        sub = self.subscription
        rows: list[Fact] = []
        notes: list[str] = []
        if ADDRESS_KEY in payload:
            rows.append((self.tr("Billing address"), address_text(self.old_address),
                         address_text(payload[ADDRESS_KEY])))
            notes.append(self.tr("The customer's other contracts using this address change "
                                 "too."))
        if PAYMENT_KEY in payload:
            sepa = payload[PAYMENT_KEY]["sepa_debit"]
            old = self.old_sepa
            rows += [(self.tr("IBAN"), fmt.iban(old.iban if old else None),
                      fmt.iban(sepa["iban"])),
                     (self.tr("Account holder"), (old.account_holder if old else None)
                      or fmt.DASH, sepa["account_holder"])]
            notes.append(self.tr("The new SEPA mandate replaces the current one."))
        for key, value in (payload.get(METADATA_KEY) or {}).items():
            before = self.metadata.stored.get(key)
            rows.append((self.tr("Metadata “%1”").replace("%1", key),
                         shown(before) if key in self.metadata.stored else fmt.DASH,
                         self.tr("(removed)") if value is None else value))
        question = (self.tr("Change contract %1 of %2?")
                    .replace("%1", sub.number or sub.id or "")
                    .replace("%2", self.customer.display_name if self.customer else fmt.DASH))
        return Question(self.tr("Billing address and payment"), question,
                        self.tr("Save changes"), facts_table(rows, notes))

    async def write(self, payload: dict[str, Any]) -> Subscription:
        return await self.services.client.update_subscription(
            self.subscription.id or "", **payload)

    async def look(self, payload: dict[str, Any]) -> Subscription | None:
        now = await self.services.client.get_subscription(self.subscription.id or "")
        return now if landed(now, payload, self.old_pm_id) else None

    def done_text(self, outcome: WriteOutcome[Any]) -> str:
        return self.tr("Billing and payment saved.")


def landed(sub: Subscription, payload: dict[str, Any], old_pm_id: str | None) -> bool:
    """Whether `sub` as read back shows every part of the PATCH `payload`."""
    if ADDRESS_KEY in payload:
        address = sub.billing_address
        if address is None or any(getattr(address, k) != v
                                  for k, v in payload[ADDRESS_KEY].items()):
            return False
    if PAYMENT_KEY in payload:
        wanted = payload[PAYMENT_KEY]["sepa_debit"]
        pm = sub.payment_method
        sepa = pm.sepa_debit if pm is not None else None
        if (pm is None or sepa is None or pm.id == old_pm_id
                or sepa.iban not in (wanted["iban"], mask_iban(wanted["iban"]))
                or sepa.account_holder != wanted["account_holder"]):
            return False
    return METADATA_KEY not in payload or patch_applied(sub.metadata, payload[METADATA_KEY])
