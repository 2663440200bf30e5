"""Correcting a customer's name from the workspace and the customer tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.care_helpers import (
    answer_with,
    lose_next_answer,
    open_form,
    settled,
    submit,
    wait_idle,
    wait_outcome,
    writes,
)
from tests.ui.test_customer_tab import open_customer
from tests.ui.test_workspace import make_case, open_workspace, store_of


@pytest.fixture
def services(services_factory):
    return services_factory()


def customer_path(sub):
    return f"/customers/{sub['customer']}"


def test_a_corrected_name_shows_at_once_everywhere_and_is_found(qtbot, qloop, qrun, services,
                                                                 sandbox_app):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    tab = open_customer(qtbot, services, sub["customer"])
    dialog = open_form(qtbot, ws, "name")
    assert "company_name" not in dialog.inputs  # a person has no company name
    dialog.inputs["last_name"].setText("Müller-Lüdenscheid")
    text = submit(qtbot, dialog)
    assert "Müller-Lüdenscheidt → Müller-Lüdenscheid" in text
    wait_idle(qtbot, ws)
    assert ws.care.dialog is None and ws.care.last.kind == "done"
    [patch] = writes(sandbox_app, customer_path(sub))
    assert patch["body"] == {"last_name": "Müller-Lüdenscheid"}  # only what changed
    assert store_of(sandbox_app).get("customer", sub["customer"])["last_name"] == \
        "Müller-Lüdenscheid"
    qtbot.waitUntil(lambda: ws.title_label.text() == "Jürgen Müller-Lüdenscheid · TEST0001",
                    timeout=5000)
    qtbot.waitUntil(lambda: tab.title() == "Jürgen Müller-Lüdenscheid", timeout=5000)
    qtbot.waitUntil(lambda: settled(ws) and settled(tab), timeout=5000)
    assert ws.sections["customer"].body.facts.value("name") == "Jürgen Müller-Lüdenscheid"
    hits = qrun(services.index.search("Lüdenscheid"))
    assert {h.name for h in hits if h.subscription_id == sub["id"]} == {
        "Jürgen Müller-Lüdenscheid"}
    assert any("Name corrected" in m for m in services.sink.messages)


def test_a_company_name_is_corrected_from_the_customer_tab(qtbot, qloop, qrun, services,
                                                           sandbox_app):
    sub = make_case(sandbox_app, company=True)
    tab = open_customer(qtbot, services, sub["customer"])
    dialog = open_form(qtbot, tab, "name")
    assert dialog.inputs["company_name"].text() == "Bäckerei Sonnenschein GmbH"
    dialog.inputs["company_name"].setText("Bäckerei Mondschein GmbH")
    submit(qtbot, dialog)
    wait_idle(qtbot, tab)
    assert [w["body"] for w in writes(sandbox_app)] == [
        {"company_name": "Bäckerei Mondschein GmbH"}]
    qtbot.waitUntil(lambda: tab.title() == "Bäckerei Mondschein GmbH (Jana Körner)",
                    timeout=5000)
    hits = qrun(services.index.search("Mondschein"))
    assert hits and hits[0].customer_id == sub["customer"]
    assert not qrun(services.index.search("Sonnenschein"))


def test_local_checks_keep_the_form_and_send_nothing(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "name")
    submit(qtbot, dialog, confirm=None)
    assert "Nothing changed" in dialog.note.text()
    dialog.inputs["first_name"].setText("   ")
    dialog.inputs["last_name"].setText("Meier")
    submit(qtbot, dialog, confirm=None)
    assert dialog.errors.message("first_name") == "Required."
    assert dialog.errors.message("last_name") is None
    assert dialog.inputs["last_name"].text() == "Meier" and dialog.isVisible()
    qtbot.keyClicks(dialog.inputs["first_name"], "J")  # typing clears the message
    assert dialog.errors.message("first_name") is None
    assert writes(sandbox_app) == []


def test_cancelling_the_confirmation_sends_nothing(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "name")
    dialog.inputs["last_name"].setText("Meier")
    submit(qtbot, dialog, confirm=False)
    assert dialog.isVisible() and writes(sandbox_app) == []
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ws)
    assert ws.care.dialog is None and writes(sandbox_app) == []


def test_nomos_field_errors_land_beside_their_fields(qtbot, qloop, services, sandbox_app,
                                                     network):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    answer_with(network, "PATCH", customer_path(sub), 400, {
        "code": "BAD_REQUEST", "message": "too_small in 'last_name'", "requestId": "req_f1",
        "errors": [{"code": "too_small", "field": "last_name",
                    "message": "Too small: expected string to have >=2 characters"}]})
    dialog = open_form(qtbot, ws, "name")
    dialog.inputs["last_name"].setText("M")
    submit(qtbot, dialog)
    wait_outcome(qtbot, dialog, "refused")
    assert dialog.errors.message("last_name") == "Too short for Nomos."
    assert "see the marked field" in dialog.note.text() and "req_f1" in dialog.note.text()
    assert dialog.inputs["last_name"].text() == "M"  # what was typed stays
    # Closing and opening again shows the same form with the same input.
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ws)
    again = open_form(qtbot, ws, "name")
    assert again is dialog and again.inputs["last_name"].text() == "M"


def test_a_business_refusal_is_said_in_plain_words(qtbot, qloop, services, sandbox_app,
                                                   network):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    answer_with(network, "PATCH", customer_path(sub), 422, {
        "code": "UNPROCESSABLE_ENTITY", "message": "The customer is locked for changes",
        "requestId": "req_422"})
    dialog = open_form(qtbot, ws, "name")
    dialog.inputs["first_name"].setText("Jörg")
    submit(qtbot, dialog)
    wait_outcome(qtbot, dialog, "refused")
    note = dialog.note.text()
    assert "locked for changes" in note and "UNPROCESSABLE_ENTITY" in note and "req_422" in note
    assert dialog.submit_button.isEnabled() and dialog.inputs["first_name"].text() == "Jörg"


@pytest.mark.parametrize("mode", ["after", "drop", "slow"])
def test_a_lost_answer_is_found_by_reading_back_and_not_sent_twice(qtbot, qloop, services,
                                                                    sandbox_app, network, mode):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    lose_next_answer(network, sandbox_app, "PATCH", customer_path(sub), mode)
    dialog = open_form(qtbot, ws, "name")
    dialog.inputs["last_name"].setText("Meier")
    submit(qtbot, dialog)
    wait_idle(qtbot, ws)
    assert ws.care.last.kind == "done" and ws.care.last.late
    assert len(writes(sandbox_app)) == 1
    assert store_of(sandbox_app).get("customer", sub["customer"])["last_name"] == "Meier"
    qtbot.waitUntil(lambda: ws.title_label.text() == "Jürgen Meier · TEST0001", timeout=5000)


def test_a_patch_lost_before_nomos_stored_it_is_offered_again_at_once(qtbot, qloop, services,
                                                                       sandbox_app, network):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    lose_next_answer(network, sandbox_app, "PATCH", customer_path(sub), "before")
    dialog = open_form(qtbot, ws, "name")
    dialog.inputs["last_name"].setText("Meier")
    submit(qtbot, dialog)
    wait_outcome(qtbot, dialog, "not_applied")
    assert dialog.submit_button.text() == "Send again" and dialog.submit_button.isEnabled()
    assert "safe" in dialog.note.text()
    # The same content again: no second confirmation, the PATCH simply goes out again.
    submit(qtbot, dialog, confirm=None)
    wait_idle(qtbot, ws)
    assert [w["status"] for w in writes(sandbox_app)][-1] == 200 and len(writes(sandbox_app)) == 2
    assert store_of(sandbox_app).get("customer", sub["customer"])["last_name"] == "Meier"


def test_read_only_sign_in_disables_the_action_and_writes_nothing(qtbot, qloop, services_factory,
                                                                  sandbox_app):
    services = services_factory("sandbox-ro")
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    tab = open_customer(qtbot, services, sub["customer"])
    for button in (*ws.care.buttons.values(), *tab.care.buttons.values()):
        assert not button.isEnabled()
        assert "read-only" in button.toolTip() and "write:*" in button.toolTip()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert ws.care.dialog is None and tab.care.dialog is None
    assert writes(sandbox_app) == []


def test_nothing_can_be_pressed_while_the_write_is_in_flight(qtbot, qloop, services,
                                                             sandbox_app, network):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "name")
    assert not any(b.isEnabled() for b in ws.care.buttons.values())  # one write at a time
    dialog.inputs["last_name"].setText("Meier")
    network.stalled = True  # Nomos takes its time
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.state == "busy", timeout=3000)
    assert not dialog.submit_button.isEnabled() and not dialog.close_button.isEnabled()
    assert not dialog.body.isEnabled()
    dialog.reject()  # Escape or the window's close button: the outcome must be seen
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    network.stalled = False
    wait_idle(qtbot, ws)
    assert len(writes(sandbox_app)) == 1
    qtbot.waitUntil(lambda: all(b.isEnabled() for b in ws.care.buttons.values()), timeout=5000)
