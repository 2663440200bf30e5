"""Terminating a contract: the three reasons, end days across both clock changes, the
notice rules the sandbox enforces, lost answers, and the terminated state everywhere."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from PySide6.QtCore import Qt

from nomos_desk.sandbox.app import SandboxConfig
from nomos_desk.sandbox.timeutil import iso
from nomos_desk.ui.search.model import STATUS
from tests.ui.care_helpers import (
    lose_next_answer,
    open_form,
    settled,
    submit,
    wait_idle,
    wait_outcome,
    writes,
)
from tests.ui.lost_answers import lose_the_answer_and_the_line
from tests.ui.test_customer_tab import open_customer
from tests.ui.test_search_view import set_query, synced_view
from tests.ui.test_workspace import make_case, open_workspace, store_of


class Clock:
    """The sandbox's and the form's "now", moved by each test."""

    def __init__(self) -> None:
        self.now = datetime(2026, 6, 10, 9, 30, tzinfo=UTC)  # a Wednesday

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def sandbox_app(make_sandbox_app, clock):
    return make_sandbox_app(SandboxConfig(clock=clock))


@pytest.fixture
def services(services_factory):
    return services_factory()


def workspace(qtbot, services, sub, clock):
    ws = open_workspace(qtbot, services, sub["id"])
    ws.care.clock = clock
    return ws


def terminations(app, sub):
    return writes(app, f"/subscriptions/{sub['id']}/terminate")


def events(app, sub):
    return store_of(app).query(
        "SELECT data FROM objects WHERE kind='event' AND "
        "json_extract(data,'$.topic')='subscription.terminated' AND "
        "json_extract(data,'$.context.subscription')=?", [sub["id"]])


def choose(dialog, reason, day=None, *, period=False):
    dialog.reason_buttons[reason].setChecked(True)
    if reason == "ORDINARY":
        (dialog.period_end if period else dialog.chosen_end).setChecked(True)
    if day is not None:
        dialog.set_end_day(day)


def test_ordinary_in_the_cancellation_period_shows_terminated_everywhere(
        qtbot, qloop, qrun, services, sandbox_app, clock):
    sub = make_case(sandbox_app)
    view = synced_view(qtbot, services)
    set_query(qtbot, view, "Müller-Lüdenscheidt")
    ws = workspace(qtbot, services, sub, clock)
    tab = open_customer(qtbot, services, sub["customer"])
    dialog = open_form(qtbot, ws, "terminate")
    assert dialog.reason_buttons["ORDINARY"].isChecked() and dialog.period_end.isChecked()
    assert not dialog.date.isEnabled()
    text = submit(qtbot, dialog)
    # The confirmation names customer, contract, address and the resulting end.
    for part in ("Customer: Jürgen Müller-Lüdenscheidt", "Contract: TEST0001 (meter 1ESY1234)",
                 "Supply address: Hauptstraße 1, 10115 Berlin", "Reason: Ordinary termination",
                 "Supply ends: at the end of the plan's cancellation period"):
        assert part in text
    wait_idle(qtbot, ws)
    assert [w["body"] for w in terminations(sandbox_app, sub)] == [{"reason": "ORDINARY"}]
    # The sandbox's period is 30 days: the end is 10 July 0:00, the last day 9 July.
    assert dialog.isVisible() and dialog.note.text() == (
        "The contract is terminated. Supply ends on Fri, 7/10/2026 at 0:00 (Berlin time); "
        "the last day of supply is Thu, 7/9/2026.")
    assert not dialog.submit_button.isVisible() and dialog.close_button.text() == "Close"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    ends = "Active · terminated, ends 7/10/2026"
    qtbot.waitUntil(lambda: settled(ws) and ws.sections["contract"].body.facts.value(
        "status") == ends, timeout=5000)
    assert ends in ws.subtitle.text()
    table = tab.sections["subscriptions"].body.table
    qtbot.waitUntil(lambda: settled(tab) and table.item(0, 2).text() == ends, timeout=5000)
    qtbot.waitUntil(lambda: any(view.model.index(r, STATUS).data() == ends
                                for r in range(view.model.rowCount())), timeout=5000)
    assert not ws.care.buttons["terminate"].isEnabled()
    assert "already terminated" in ws.care.buttons["terminate"].toolTip()
    assert len(events(sandbox_app, sub)) == 1


@pytest.mark.parametrize("now,too_soon,day,sent,stored", [
    # Autumn: clocks go back on Sunday 25 October 2026. From Wednesday the 21st the grid
    # operator's three working days allow Monday the 26th, the first winter midnight.
    (datetime(2026, 10, 21, 8, tzinfo=UTC), date(2026, 10, 23), date(2026, 10, 26),
     "2026-10-26T00:00:00+01:00", "2026-10-25T23:00:00.000Z"),
    # Spring: clocks go forward on Sunday 28 March 2027; Monday the 29th is in summer time.
    (datetime(2027, 3, 24, 8, tzinfo=UTC), date(2027, 3, 28), date(2027, 3, 29),
     "2027-03-29T00:00:00+02:00", "2027-03-28T22:00:00.000Z"),
])
def test_move_out_across_a_clock_change_and_the_grid_notice(qtbot, qloop, services,
                                                            sandbox_app, clock, now, too_soon,
                                                            day, sent, stored):
    clock.now = now
    sub = make_case(sandbox_app)
    ws = workspace(qtbot, services, sub, clock)
    dialog = open_form(qtbot, ws, "terminate")
    choose(dialog, "MOVE_OUT")
    assert dialog.end_day == day  # the usual notice is offered first
    choose(dialog, "MOVE_OUT", too_soon)
    last = too_soon - timedelta(days=1)
    assert f"the last day of supply is {last:%a}, {last.month}/{last.day}/{last.year}" in \
        dialog.consequence.text()
    submit(qtbot, dialog)
    wait_outcome(qtbot, dialog, "refused")
    assert terminations(sandbox_app, sub)[0]["status"] == 409
    assert "too soon for the grid operator's notice" in dialog.errors.message("intended_end_at")
    assert dialog.end_day == too_soon and dialog.reason_buttons["MOVE_OUT"].isChecked()
    choose(dialog, "MOVE_OUT", day)
    assert dialog.errors.message("intended_end_at") is None  # a new day clears the message
    text = submit(qtbot, dialog)
    assert f"Supply ends: Mon, {day.month}/{day.day}/{day.year} at 0:00 (Berlin time)" in text
    last = day - timedelta(days=1)
    assert f"Last day of supply: Sun, {last.month}/{last.day}/{last.year}" in text
    wait_idle(qtbot, ws)
    assert terminations(sandbox_app, sub)[-1]["body"] == {"reason": "MOVE_OUT",
                                                          "intended_end_at": sent}
    assert store_of(sandbox_app).get("subscription", sub["id"])["end_at"] == stored
    last = day - timedelta(days=1)
    assert f"the last day of supply is Sun, {last.month}/{last.day}/{last.year}" in \
        dialog.note.text()


def test_an_end_today_or_earlier_is_refused_before_sending(qtbot, qloop, services, sandbox_app,
                                                          clock):
    sub = make_case(sandbox_app)
    ws = workspace(qtbot, services, sub, clock)
    dialog = open_form(qtbot, ws, "terminate")
    choose(dialog, "ORDINARY", date(2026, 6, 10))  # the Berlin "today" of the clock
    submit(qtbot, dialog, confirm=None)
    assert dialog.errors.message("intended_end_at").startswith("Choose a day after today")
    assert terminations(sandbox_app, sub) == []
    choose(dialog, "ORDINARY", date(2026, 9, 1))
    submit(qtbot, dialog)
    wait_idle(qtbot, ws)
    assert terminations(sandbox_app, sub)[0]["body"] == {
        "reason": "ORDINARY", "intended_end_at": "2026-09-01T00:00:00+02:00"}


def test_a_pending_contract_can_only_be_withdrawn(qtbot, qloop, services, sandbox_app, clock):
    sub = make_case(sandbox_app, status="pending")
    stored = store_of(sandbox_app).get("subscription", sub["id"])
    stored.update(created_at=iso(clock.now - timedelta(days=3)),
                  start_at="2026-08-01T00:00:00+02:00")
    store_of(sandbox_app).replace(stored)
    ws = workspace(qtbot, services, sub, clock)
    dialog = open_form(qtbot, ws, "terminate")
    assert dialog.reason_buttons["WITHDRAWAL"].isChecked()
    assert not dialog.reason_buttons["ORDINARY"].isEnabled()
    assert not dialog.reason_buttons["MOVE_OUT"].isEnabled()
    assert "only be withdrawn" in dialog.pending_note.text()
    assert "withdrawal period ends on 6/21/2026" in dialog.withdrawal.text()
    assert not dialog.date.isVisible()
    submit(qtbot, dialog)
    wait_idle(qtbot, ws)
    assert terminations(sandbox_app, sub)[0]["body"] == {"reason": "WITHDRAWAL"}
    assert "Supply ends on Sat, 8/1/2026" in dialog.note.text()  # not before supply starts


def test_a_late_withdrawal_is_refused_in_plain_words(qtbot, qloop, services, sandbox_app, clock):
    sub = make_case(sandbox_app)  # signed in January 2025
    ws = workspace(qtbot, services, sub, clock)
    dialog = open_form(qtbot, ws, "terminate")
    choose(dialog, "WITHDRAWAL")
    assert "That has passed" in dialog.withdrawal.text()  # said before sending
    submit(qtbot, dialog)
    wait_outcome(qtbot, dialog, "refused")
    said = dialog.errors.message("reason")  # beside the reasons: the choice is what fails
    assert "14-day withdrawal period has passed" in said and "ordinary termination" in said
    assert "CONFLICT" in dialog.note.text() and "request id" in dialog.note.text()
    assert store_of(sandbox_app).get("subscription", sub["id"])["terminated_at"] is None
    # The form stays usable: an ordinary termination instead.
    choose(dialog, "ORDINARY", period=True)
    submit(qtbot, dialog)
    wait_idle(qtbot, ws)
    assert [w["status"] for w in terminations(sandbox_app, sub)] == [409, 200]


def test_ended_and_terminated_contracts_cannot_be_terminated(qtbot, qloop, services,
                                                             sandbox_app, clock):
    ended = make_case(sandbox_app, status="ended", end_at="2026-01-01T00:00:00+01:00")
    ws = workspace(qtbot, services, ended, clock)
    assert not ws.care.buttons["terminate"].isEnabled()
    assert ws.care.buttons["terminate"].toolTip() == "The contract has ended."
    running = make_case(sandbox_app, end_at="2026-12-01T00:00:00+01:00")
    other = workspace(qtbot, services, running, clock)
    assert "already terminated: Active · terminated, ends 12/1/2026" in \
        other.care.buttons["terminate"].toolTip()


@pytest.mark.parametrize("mode", ["after", "drop", "slow"])
def test_a_lost_answer_is_found_and_never_sent_twice(qtbot, qloop, services, sandbox_app,
                                                     network, clock, mode):
    sub = make_case(sandbox_app)
    ws = workspace(qtbot, services, sub, clock)
    lose_next_answer(network, sandbox_app, "POST", f"/subscriptions/{sub['id']}/terminate",
                     mode)
    dialog = open_form(qtbot, ws, "terminate")
    choose(dialog, "MOVE_OUT", date(2026, 7, 1))
    submit(qtbot, dialog)
    wait_idle(qtbot, ws)
    assert ws.care.last.kind == "done" and ws.care.last.late
    assert dialog.note.text().startswith("The answer got lost, but Nomos has the change")
    assert "Supply ends on Wed, 7/1/2026" in dialog.note.text()
    assert len(terminations(sandbox_app, sub)) == 1 and len(events(sandbox_app, sub)) == 1


def test_a_termination_lost_before_nomos_stored_it_is_offered_again_after_looking(
        qtbot, qloop, services, sandbox_app, network, clock):
    sub = make_case(sandbox_app)
    ws = workspace(qtbot, services, sub, clock)
    lose_next_answer(network, sandbox_app, "POST", f"/subscriptions/{sub['id']}/terminate",
                     "before")
    dialog = open_form(qtbot, ws, "terminate")
    submit(qtbot, dialog)
    outcome = wait_outcome(qtbot, dialog, "not_applied")
    assert outcome.checks >= 2  # looked for a while (write_patience), not just once
    assert "does not have it" in dialog.note.text()
    assert dialog.submit_button.text() == "Send again"
    submit(qtbot, dialog)  # a POST is confirmed again
    wait_idle(qtbot, ws)
    assert [w["status"] for w in terminations(sandbox_app, sub)][-1] == 200
    assert len(events(sandbox_app, sub)) == 1


def test_while_the_outcome_is_unknown_only_checking_is_offered(qtbot, qloop, services,
                                                               sandbox_app, network, clock):
    sub = make_case(sandbox_app)
    ws = workspace(qtbot, services, sub, clock)
    state = lose_the_answer_and_the_line(network, "POST", "/terminate",
                                         then=httpx.ReadTimeout)
    dialog = open_form(qtbot, ws, "terminate")
    submit(qtbot, dialog)
    wait_outcome(qtbot, dialog, "unknown")
    assert not dialog.submit_button.isEnabled() and dialog.check_button.isVisible()
    assert "unknown whether Nomos applied it" in dialog.note.text()
    state["down"] = False
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ws)
    assert ws.care.last.kind == "done" and len(terminations(sandbox_app, sub)) == 1


def test_terminated_meanwhile_by_someone_else_is_said_so(qtbot, qloop, services, sandbox_app,
                                                         clock):
    sub = make_case(sandbox_app)
    ws = workspace(qtbot, services, sub, clock)
    dialog = open_form(qtbot, ws, "terminate")
    stored = store_of(sandbox_app).get("subscription", sub["id"])
    stored.update(terminated_at=iso(clock.now), end_at="2026-07-31T22:00:00.000Z")
    store_of(sandbox_app).replace(stored)  # a colleague was quicker
    submit(qtbot, dialog)
    wait_outcome(qtbot, dialog, "refused")
    assert terminations(sandbox_app, sub)[0]["status"] == 409
    assert dialog.note.text().startswith("The contract is already terminated; nothing was "
                                         "changed.")
