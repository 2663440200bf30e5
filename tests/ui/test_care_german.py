"""The care actions in German: every form, its confirmation, a field error, a refusal,
a lost answer and a receipt, walked as a German agent sees them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from nomos_desk.sandbox.app import SandboxConfig
from tests.ui.care_helpers import (
    lose_next_answer,
    open_form,
    plain,
    submit,
    wait_idle,
    wait_outcome,
)
from tests.ui.i18n_helpers import english_left_over, visible_texts
from tests.ui.session_helpers import answer, wait_for_confirmation
from tests.ui.test_customer_tab import open_customer
from tests.ui.test_workspace import make_case, open_workspace, store_of

NOW = datetime(2026, 10, 21, 8, tzinfo=UTC)


@pytest.fixture
def sandbox_app(make_sandbox_app):
    return make_sandbox_app(SandboxConfig(clock=lambda: NOW))


def nomos_messages(dialog) -> set[str]:
    return {e.message for e in dialog.outcome.error.field_errors}


def confirmed(qtbot, dialog, found: list[str], *, accept: bool = True) -> str:
    """Press the form's button, collect the confirmation's texts, answer it."""
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    box = wait_for_confirmation(qtbot, dialog)
    text = box.text() + "\n" + plain(box.informativeText())
    found += visible_texts(box) + [text]
    answer(qtbot, box, accept=accept)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
    return text


def test_the_care_forms_speak_german(qtbot, qloop, german, services_factory, sandbox_app,
                                     network):
    services = services_factory()
    sub = make_case(sandbox_app, company=True)
    stored = store_of(sandbox_app).get("subscription", sub["id"])
    stored["metadata"] = {"kampagne": "herbst"}
    store_of(sandbox_app).replace(stored)
    ws = open_workspace(qtbot, services, sub["id"])
    ws.care.clock = lambda: NOW
    texts = visible_texts(ws)
    assert ws.care.buttons["terminate"].text() == "Kündigen …"

    # Name: a local problem, then the confirmation, then done.
    dialog = open_form(qtbot, ws, "name")
    dialog.inputs["first_name"].setText("")
    submit(qtbot, dialog, confirm=None)
    assert dialog.errors.message("first_name") == "Pflichtangabe."
    texts += visible_texts(dialog)
    dialog.inputs["first_name"].setText("Jana-Marie")
    text = confirmed(qtbot, dialog, texts)
    assert "Vorname: Jana → Jana-Marie" in text
    wait_idle(qtbot, ws)

    # Billing: Nomos's field error beside the city, the IBANs side by side.
    dialog = open_form(qtbot, ws, "billing")
    dialog.address["city"].setText("Berlin 1")
    dialog.iban.setText("DE02120300000000202051")
    texts += visible_texts(dialog)
    text = confirmed(qtbot, dialog, texts)
    assert "IBAN: DE************3000 → DE************2051" in text
    wait_outcome(qtbot, dialog, "refused")
    assert dialog.errors.message("billing_address.city") == "So geschrieben nimmt Nomos es nicht an."
    said_by_nomos = nomos_messages(dialog)
    texts += visible_texts(dialog)
    dialog.reject()
    wait_idle(qtbot, ws)

    # §14a: each module explained, then the receipt.
    dialog = open_form(qtbot, ws, "reduction")
    texts += visible_texts(dialog)
    dialog.module_buttons["enwg-14a-module-1"].setChecked(True)
    confirmed(qtbot, dialog, texts)
    wait_idle(qtbot, ws)
    assert dialog.note.text().startswith("Beantragt. Status: Beauftragt")
    texts += visible_texts(dialog)
    dialog.accept()

    # Termination: every reason's form, a refusal by the notice rule, a lost answer found.
    dialog = open_form(qtbot, ws, "terminate")
    for reason in ("WITHDRAWAL", "ORDINARY", "MOVE_OUT"):
        dialog.reason_buttons[reason].setChecked(True)
        texts += visible_texts(dialog)
    dialog.set_end_day(date(2026, 10, 23))
    assert "letzter Liefertag ist der Do., 22.10.2026" in dialog.consequence.text()
    confirmed(qtbot, dialog, texts)
    wait_outcome(qtbot, dialog, "refused")
    said_by_nomos |= nomos_messages(dialog)
    texts += visible_texts(dialog)
    dialog.set_end_day(date(2026, 10, 26))
    lose_next_answer(network, sandbox_app, "POST", f"/subscriptions/{sub['id']}/terminate",
                     "after")
    text = confirmed(qtbot, dialog, texts)
    assert "Letzter Liefertag: So., 25.10.2026" in text
    wait_idle(qtbot, ws)
    assert dialog.note.text().startswith("Die Antwort ist verloren gegangen, aber Nomos hat")
    texts += visible_texts(dialog)
    dialog.accept()
    qtbot.waitUntil(lambda: "gekündigt, endet am 26.10.2026" in ws.subtitle.text(),
                    timeout=5000)
    texts += visible_texts(ws)  # the disabled Terminate says why in German
    assert ws.care.buttons["terminate"].toolTip().startswith("Der Vertrag ist bereits gekündigt")

    tab = open_customer(qtbot, services, sub["customer"])
    texts += visible_texts(tab)
    # What Nomos itself said stays as it came, in the tooltip beside our own words.
    leftovers = [t for t in english_left_over(texts) if t not in said_by_nomos]
    assert not leftovers, "English left in the German care forms:\n" + "\n".join(
        sorted(set(leftovers)))


def test_read_only_reasons_in_german(qtbot, qloop, german, services_factory, sandbox_app):
    services = services_factory("sandbox-ro")
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    tips = [b.toolTip() for b in ws.care.buttons.values()]
    assert all(not b.isEnabled() for b in ws.care.buttons.values())
    assert not english_left_over(tips), tips
