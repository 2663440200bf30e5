"""Driving the Leads page the way a salesperson does, and reading what the sandbox stored."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt

from nomos_desk.domain.leads import INTENT_KEY
from nomos_desk.ui.leads.page import LeadsPage

VALID_IBAN = "DE89370400440532013000"


def open_page(qtbot, services, size=(1080, 700)) -> LeadsPage:
    page = LeadsPage(services)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    form = page.new_lead.form
    qtbot.waitUntil(lambda: form.plan.count() > 1, timeout=5000)
    return page


def choose_plan(form, words: str) -> str:
    for index in range(form.plan.count()):
        if words in form.plan.itemText(index):
            form.plan.setCurrentIndex(index)
            return str(form.plan.itemData(index))
    raise AssertionError(f"no plan {words!r}")


def type_into(qtbot, edit, text: str) -> None:
    """Typed key by key; QTest types ASCII only, so other text arrives as one edit."""
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.setText(text)
        edit.textEdited.emit(text)


def fill(qtbot, page, *, plan="Flux Dynamisch", zip_code="10115", usage=3500,
         **more: Any) -> None:
    """A complete consumption lead; keywords set further inputs by the form's attribute."""
    form = page.new_lead.form
    choose_plan(form, plan)
    type_into(qtbot, form.first_name, "Erika")
    type_into(qtbot, form.last_name, "Mustermann")
    type_into(qtbot, form.email, "erika@example.org")
    type_into(qtbot, form.street, "Torstraße")
    type_into(qtbot, form.house_number, "119")
    type_into(qtbot, form.zip, zip_code)
    type_into(qtbot, form.city, "Berlin")
    form.usage.setValue(usage)
    for name, value in more.items():
        widget = getattr(form, name)
        if isinstance(value, date):
            widget.setDate(QDate(value.year, value.month, value.day))
        elif hasattr(widget, "findData") and widget.findData(value) >= 0:
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(value, bool):
            widget.setChecked(value)
        else:
            type_into(qtbot, widget, str(value))


def click_create(qtbot, page) -> None:
    button = page.new_lead.create_button
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_outcome(qtbot, page, kind=None, timeout=8000):
    new = page.new_lead
    qtbot.waitUntil(lambda: new.outcome is not None and not new.sending
                    and (kind is None or new.outcome.kind == kind), timeout=timeout)
    return new.outcome


def lead_posts(app) -> list[dict[str, Any]]:
    return [r for r in app.state.sandbox.request_log
            if r["method"] == "POST" and r["path"] == "/leads"]


def stored_leads(app) -> list[dict[str, Any]]:
    return app.state.sandbox.store.query("SELECT data FROM objects WHERE kind = 'lead'")


def leads_with_intent(app, intent: str) -> list[dict[str, Any]]:
    return [lead for lead in stored_leads(app)
            if (lead.get("metadata") or {}).get(INTENT_KEY) == intent]


def intents_in_store(app) -> dict[str, int]:
    """How many stored leads carry each intent key (the app's leads only)."""
    counts: dict[str, int] = {}
    for lead in stored_leads(app):
        intent = (lead.get("metadata") or {}).get(INTENT_KEY)
        if intent:
            counts[intent] = counts.get(intent, 0) + 1
    return counts
