"""Billing address, SEPA direct debit and metadata from the workspace."""

from __future__ import annotations

import pytest

from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace
from tests.sandbox.builders import add_subscription
from tests.ui.care_helpers import (
    lose_next_answer,
    open_form,
    settled,
    submit,
    wait_idle,
    wait_outcome,
    writes,
)
from tests.ui.test_workspace import make_case, open_workspace, store_of

NEW_IBAN = "DE02 1203 0000 0000 2020 51"


@pytest.fixture
def services(services_factory):
    return services_factory()


def with_metadata(app, sub, metadata):
    stored = store_of(app).get("subscription", sub["id"])
    stored["metadata"] = metadata
    store_of(app).replace(stored)


def fill_address(dialog, street="Lindenstraße", number="7a", zip_code="80331", city="München"):
    for key, value in (("street", street), ("house_number", number), ("zip", zip_code),
                       ("city", city)):
        dialog.address[key].setText(value)


def test_address_mandate_and_metadata_in_one_change(qtbot, qloop, qrun, services, sandbox_app):
    sub = make_case(sandbox_app)
    with_metadata(sandbox_app, sub, {"utm_source": "google", "campaign": "herbst", "user": 42})
    # A second contract of the customer, supplied at the same address row.
    sibling = add_subscription(store_of(sandbox_app))
    sibling.update(customer=sub["customer"], address=sub["address"],
                   billing_address=sub["billing_address"], number="TEST0002")
    store_of(sandbox_app).replace(sibling)
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "billing")
    assert dialog.current_sepa.text() == "DE************3000 (Erika)"
    fill_address(dialog)
    dialog.iban.setText(NEW_IBAN)
    dialog.holder.setText("Max Mustermann")
    rows = dict(dialog.metadata.rows())
    assert rows == {"utm_source": "google", "campaign": "herbst", "user": "42"}
    dialog.metadata.set_value(0, 1, "newsletter")
    dialog.metadata.set_value(1, 1, "")
    dialog.metadata.set_value(dialog.metadata.add_row(), 0, "ref")
    dialog.metadata.set_value(3, 1, "partner-7")
    text = submit(qtbot, dialog)
    assert ("Billing address: Hauptstraße 1, 10115 Berlin → Lindenstraße 7a, 80331 München"
            in text)
    assert "IBAN: DE************3000 → DE************2051" in text  # masked, side by side
    assert "Account holder: Erika → Max Mustermann" in text
    assert "Metadata “utm_source”: google → newsletter" in text
    assert "Metadata “campaign”: herbst → (removed)" in text
    assert "Metadata “ref”: – → partner-7" in text
    assert "2020 51" not in text and "DE02120300000000202051" not in text
    wait_idle(qtbot, ws)
    [patch] = writes(sandbox_app)
    assert patch["body"] == {
        "billing_address": {"street": "Lindenstraße", "house_number": "7a", "zip": "80331",
                            "city": "München"},
        "payment_method": {"type": "sepa_debit", "sepa_debit": {
            "iban": "DE02120300000000202051", "account_holder": "Max Mustermann"}},
        "metadata": {"utm_source": "newsletter", "campaign": None, "ref": "partner-7"}}
    stored = store_of(sandbox_app).get("subscription", sub["id"])
    assert stored["metadata"] == {"utm_source": "newsletter", "user": 42, "ref": "partner-7"}
    contract = ws.sections["contract"].body.facts
    qtbot.waitUntil(lambda: contract.value("iban") == "DE************2051", timeout=5000)
    assert contract.value("billing_address") == "Lindenstraße 7a, 80331 München"
    assert contract.value("account_holder") == "Max Mustermann"
    # Search finds both contracts at the new address, the sibling's tab is not even open.
    hits = qrun(services.index.search("Lindenstraße München"))
    assert {h.subscription_id for h in hits} >= {sub["id"], sibling["id"]}


def test_tabs_of_contracts_sharing_the_address_follow(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)
    sibling = add_subscription(store_of(sandbox_app))
    sibling.update(customer=sub["customer"], billing_address=sub["billing_address"])
    store_of(sandbox_app).replace(sibling)
    ws = open_workspace(qtbot, services, sub["id"])
    other = open_workspace(qtbot, services, sibling["id"])
    dialog = open_form(qtbot, ws, "billing")
    fill_address(dialog)
    submit(qtbot, dialog)
    wait_idle(qtbot, ws)
    qtbot.waitUntil(lambda: settled(other) and other.sections["contract"].body.facts.value(
        "billing_address") == "Lindenstraße 7a, 80331 München", timeout=5000)


def test_only_metadata(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "billing")
    assert dialog.metadata.rows() == []
    dialog.metadata.set_value(dialog.metadata.add_row(), 0, "crm_id")
    dialog.metadata.set_value(0, 1, "A-17")
    submit(qtbot, dialog)
    wait_idle(qtbot, ws)
    assert [w["body"] for w in writes(sandbox_app)] == [{"metadata": {"crm_id": "A-17"}}]


def test_local_checks_beside_their_fields(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "billing")
    fill_address(dialog, street="", zip_code="8033")
    dialog.iban.setText("DE02 1203 0000 0000 2020 52")  # one digit off
    dialog.metadata.set_value(dialog.metadata.add_row(), 1, "no key")
    submit(qtbot, dialog, confirm=None)
    assert dialog.errors.message("billing_address.street") == "Required."
    assert dialog.errors.message("billing_address.zip") == "A German zip code has five digits."
    assert "check digits do not match" in dialog.errors.message("payment_method.sepa_debit.iban")
    assert dialog.errors.message("metadata") == "Row 1: A value needs a key."
    assert dialog.errors.message("billing_address.city") is None
    assert dialog.iban.text() == "DE02 1203 0000 0000 2020 52"  # kept for correcting
    # A new account holder alone cannot be sent: the IBAN is only known masked.
    dialog.iban.setText("")
    fill_address(dialog)
    dialog.metadata.set_value(0, 1, "")
    dialog.holder.setText("Max Mustermann")
    submit(qtbot, dialog, confirm=None)
    assert "enter the IBAN again" in dialog.errors.message("payment_method.sepa_debit.iban")
    assert writes(sandbox_app) == []


def test_nomos_field_errors_land_beside_their_fields(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "billing")
    fill_address(dialog, number="7½", city="Berlin 1")  # Nomos's patterns, not checked here
    submit(qtbot, dialog)
    wait_outcome(qtbot, dialog, "refused")
    assert writes(sandbox_app)[0]["status"] == 400
    assert dialog.errors.message("billing_address.city").startswith("Nomos does not accept")
    assert dialog.errors.message("billing_address.house_number").startswith(
        "Nomos does not accept")
    assert dialog.errors.message("billing_address.street") is None
    assert "see the marked field" in dialog.note.text()
    assert (dialog.address["city"].text(), dialog.address["house_number"].text()) == (
        "Berlin 1", "7½")
    # Corrected, the same form goes through.
    fill_address(dialog)
    submit(qtbot, dialog)
    wait_idle(qtbot, ws)
    assert [w["status"] for w in writes(sandbox_app)] == [400, 200]


@pytest.mark.parametrize("mode", ["after", "drop", "slow"])
def test_a_lost_answer_is_found_and_the_mandate_replaced_once(qtbot, qloop, services,
                                                              sandbox_app, network, mode):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    lose_next_answer(network, sandbox_app, "PATCH", f"/subscriptions/{sub['id']}", mode)
    dialog = open_form(qtbot, ws, "billing")
    dialog.iban.setText(NEW_IBAN)
    submit(qtbot, dialog)
    wait_idle(qtbot, ws)
    assert ws.care.last.kind == "done" and ws.care.last.late
    assert len(writes(sandbox_app)) == 1
    stored = store_of(sandbox_app).get("subscription", sub["id"])["payment_method"]
    assert stored["sepa_debit"]["iban"] == "DE************2051"
    assert stored["id"] != sub["payment_method"]["id"]


def test_reopening_after_a_lost_answer_keeps_the_form(qtbot, qloop, services, sandbox_app,
                                                      network):
    sub = make_case(sandbox_app)
    ws: SubscriptionWorkspace = open_workspace(qtbot, services, sub["id"])
    lose_next_answer(network, sandbox_app, "PATCH", f"/subscriptions/{sub['id']}", "before")
    dialog = open_form(qtbot, ws, "billing")
    fill_address(dialog)
    submit(qtbot, dialog)
    wait_outcome(qtbot, dialog, "not_applied")
    dialog.reject()
    wait_idle(qtbot, ws)
    again = open_form(qtbot, ws, "billing")
    assert again is dialog and again.address["city"].text() == "München"
    assert again.submit_button.text() == "Send again"
    submit(qtbot, again, confirm=None)
    wait_idle(qtbot, ws)
    assert [w["status"] for w in writes(sandbox_app)][-1] == 200
