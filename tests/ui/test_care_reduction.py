"""§14a EnWG grid fee reductions requested from the workspace."""

from __future__ import annotations

import pytest

from tests.ui.care_helpers import (
    lose_next_answer,
    open_form,
    settled,
    submit,
    wait_idle,
    wait_outcome,
    writes,
)
from tests.ui.test_workspace import add_order, add_reduction, make_case, open_workspace, store_of

M1, M2, M3 = "enwg-14a-module-1", "enwg-14a-module-2", "enwg-14a-module-3"


@pytest.fixture
def services(services_factory):
    return services_factory()


def reductions(app, sub):
    return store_of(app).query("SELECT data FROM objects WHERE kind='grid_fee_reduction' AND "
                               "json_extract(data,'$.subscription')=?", [sub["id"]])


def posts(app):
    return writes(app, "/grid-fee-reductions")


def test_module_1_for_an_active_contract_is_ordered(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "reduction")
    buttons = dialog.module_buttons
    assert buttons[M1].isEnabled() and buttons[M2].isEnabled()
    assert not buttons[M3].isEnabled()  # an analog meter and no order
    assert dialog.explanations[M3].text().endswith(
        "This contract has no smart meter, installed or ordered.")
    submit(qtbot, dialog, confirm=None)
    assert dialog.errors.message("type") == "Choose a module."
    buttons[M1].setChecked(True)
    assert dialog.errors.message("type") is None  # choosing clears the message
    text = submit(qtbot, dialog)
    assert "§14a EnWG Module 1 (flat reduction)" in text and "TEST0001" in text
    assert "no extra meter needed" in text and "Ordered: Nomos has submitted it" in text
    wait_idle(qtbot, ws)
    assert [p["body"] for p in posts(sandbox_app)] == [{"subscription": sub["id"], "type": M1}]
    assert dialog.note.text() == ("Requested. Status: Ordered: Nomos has submitted it to the "
                                  "grid operator.")
    table = ws.sections["reductions"].body.table
    qtbot.waitUntil(lambda: settled(ws) and table.rowCount() == 1, timeout=5000)
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == (
        "§14a EnWG Module 1 (flat reduction)", "Ordered")


def test_a_pending_contract_gets_an_intended_reduction(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app, status="pending")
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "reduction")
    dialog.module_buttons[M2].setChecked(True)
    assert "Intended: Nomos keeps the request" in submit(qtbot, dialog)
    wait_idle(qtbot, ws)
    assert dialog.note.text().startswith("Requested. Status: Intended: Nomos keeps the request")
    assert [r["status"] for r in reductions(sandbox_app, sub)] == ["intended"]


def test_what_is_in_place_rules_modules_out(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app, meter="smart")
    add_reduction(sandbox_app, sub, M1, "activated")
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "reduction")
    enabled = {m: b.isEnabled() for m, b in dialog.module_buttons.items()}
    assert enabled == {M1: False, M2: False, M3: True}
    dialog.module_buttons[M3].setChecked(True)
    submit(qtbot, dialog)
    wait_idle(qtbot, ws)
    assert sorted(r["type"] for r in reductions(sandbox_app, sub)) == [M1, M3]


def test_nothing_to_request_says_so(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)  # no smart meter: module 3 is out
    add_reduction(sandbox_app, sub, M1, "activated")  # module 1 in place rules out 1 and 2
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "reduction")
    assert not any(b.isEnabled() for b in dialog.module_buttons.values())
    assert not dialog.submit_button.isEnabled()
    assert any(label.text() == "No module can be requested for this contract now."
               for label in dialog.findChildren(type(dialog.note)))


def test_a_meter_order_makes_module_3_possible(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)
    add_order(sandbox_app, sub)
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "reduction")
    assert dialog.module_buttons[M3].isEnabled()


def test_module_3_without_module_1_is_refused_in_plain_words(qtbot, qloop, services,
                                                             sandbox_app):
    sub = make_case(sandbox_app, meter="smart")
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "reduction")
    dialog.module_buttons[M3].setChecked(True)
    submit(qtbot, dialog)
    wait_outcome(qtbot, dialog, "refused")
    assert posts(sandbox_app)[0]["status"] == 400
    assert dialog.errors.message("type") == (
        "Module 3 only comes on top of module 1: request module 1 first.")
    assert dialog.module_buttons[M3].isChecked() and dialog.submit_button.isEnabled()
    assert reductions(sandbox_app, sub) == []


def test_a_reduction_placed_meanwhile_is_refused_in_plain_words(qtbot, qloop, services,
                                                                sandbox_app):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    dialog = open_form(qtbot, ws, "reduction")
    add_reduction(sandbox_app, sub, M1, "ordered")  # a colleague was quicker
    dialog.module_buttons[M2].setChecked(True)
    submit(qtbot, dialog)
    wait_outcome(qtbot, dialog, "refused")
    assert posts(sandbox_app)[0]["status"] == 409
    assert "modules 1 and 2, which exclude each other" in dialog.errors.message("type")


def test_feed_in_and_ended_contracts_get_no_reduction(qtbot, qloop, services, sandbox_app):
    feed_in = make_case(sandbox_app, kind="feed_in", meter="smart")
    ws = open_workspace(qtbot, services, feed_in["id"])
    button = ws.care.buttons["reduction"]
    assert not button.isEnabled() and "pay no grid fees" in button.toolTip()
    ended = make_case(sandbox_app, status="ended", end_at="2026-01-01T00:00:00+01:00")
    other = open_workspace(qtbot, services, ended["id"])
    assert other.care.buttons["reduction"].toolTip() == "The contract has ended."
    assert posts(sandbox_app) == []


@pytest.mark.parametrize("mode", ["after", "drop", "slow"])
def test_a_lost_answer_is_found_and_never_sent_twice(qtbot, qloop, services, sandbox_app,
                                                     network, mode):
    sub = make_case(sandbox_app)
    add_reduction(sandbox_app, sub, M2, "rejected")  # an old one must not count as found
    ws = open_workspace(qtbot, services, sub["id"])
    lose_next_answer(network, sandbox_app, "POST", "/grid-fee-reductions", mode)
    dialog = open_form(qtbot, ws, "reduction")
    dialog.module_buttons[M2].setChecked(True)
    submit(qtbot, dialog)
    wait_idle(qtbot, ws)
    assert ws.care.last.kind == "done" and ws.care.last.late
    assert "Status: Ordered" in dialog.note.text()
    assert len(posts(sandbox_app)) == 1
    assert sorted(r["status"] for r in reductions(sandbox_app, sub)) == ["ordered", "rejected"]


def test_a_request_lost_before_nomos_stored_it_is_offered_again_after_looking(
        qtbot, qloop, services, sandbox_app, network):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    lose_next_answer(network, sandbox_app, "POST", "/grid-fee-reductions", "before")
    dialog = open_form(qtbot, ws, "reduction")
    dialog.module_buttons[M1].setChecked(True)
    submit(qtbot, dialog)
    wait_outcome(qtbot, dialog, "not_applied")
    log = sandbox_app.state.sandbox.request_log
    last_post = max(i for i, r in enumerate(log) if r["method"] == "POST")
    assert any(r["method"] == "GET" and r["path"] == "/grid-fee-reductions"
               for r in log[last_post:])  # looked before offering
    submit(qtbot, dialog)
    wait_idle(qtbot, ws)
    assert len(reductions(sandbox_app, sub)) == 1
