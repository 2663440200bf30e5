"""Correcting a customer's name (PATCH /customers/{id}): first, last and company name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QWidget

from nomos_desk.api.models import Customer
from nomos_desk.domain.validation import required
from nomos_desk.ui import fmt
from nomos_desk.ui.care.dialog import CareDialog, Fact, Question, facts_table
from nomos_desk.ui.care.wording import problem_text
from nomos_desk.ui.widgets import named
from nomos_desk.ui.writes import WriteOutcome

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

MAX_NAME = 100  # UpdateCustomer's maxLength


class CustomerDialog(CareDialog):
    def __init__(self, parent: QWidget, services: Services, customer: Customer) -> None:
        super().__init__(parent, services, self.tr("Correct the customer's name"),
                         self.tr("Save…"))
        self.customer = customer
        self.inputs: dict[str, QLineEdit] = {}
        self.labels: dict[str, str] = {}
        fields = [("first_name", self.tr("First name"), customer.first_name),
                  ("last_name", self.tr("Last name"), customer.last_name)]
        if customer.type == "company":  # Nomos refuses a company name for a person
            fields.insert(0, ("company_name", self.tr("Company name"), customer.company_name))
        self.add_hint(self.tr("Customer %1 (%2). The name changes for all of the customer's "
                              "contracts.").replace("%1", customer.display_name or fmt.DASH)
                      .replace("%2", customer.id or fmt.DASH))
        for key, label, value in fields:
            edit = named(QLineEdit(value or ""), key)
            edit.setMaxLength(MAX_NAME)
            self.inputs[key] = edit
            self.labels[key] = label
            self.add_field(key, label, edit)

    def problems(self) -> list[tuple[str, str]]:
        found = []
        for key, edit in self.inputs.items():
            problem = required(edit.text())
            if problem is not None:
                found.append((key, problem_text(problem)))
        return found

    def payload(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.inputs.items()
                if edit.text().strip() != (getattr(self.customer, key) or "")}

    def confirmation(self, payload: dict[str, str]) -> Question:
        rows: list[Fact] = [(self.labels[key], getattr(self.customer, key) or fmt.DASH, value)
                            for key, value in payload.items()]
        rows.append((self.tr("Customer id"), self.customer.id or fmt.DASH, None))
        return Question(self.tr("Correct the customer's name"),
                        self.tr("Correct the name of customer %1?").replace(
                            "%1", self.customer.display_name or self.customer.id or ""),
                        self.tr("Save name"),
                        facts_table(rows, [self.tr("The name changes for all of the "
                                                   "customer's contracts.")]))

    async def write(self, payload: dict[str, str]) -> Customer:
        return await self.services.client.update_customer(self.customer.id or "", **payload)

    async def look(self, payload: dict[str, str]) -> Customer | None:
        now = await self.services.client.get_customer(self.customer.id or "")
        return now if all(getattr(now, k) == v for k, v in payload.items()) else None

    def done_text(self, outcome: WriteOutcome[Any]) -> str:
        return self.tr("The name is corrected.")
