"""Meter readings: the list with consumption, and submitting one (local checks, the 422
hint, field errors, lost answers, never sent twice, the read-only gate)."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from PySide6.QtCore import QDate, Qt

from nomos_desk.ui.usage.readings import ReadingsPanel
from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace

from .lost_answers import lose_the_answer_and_the_line
from .usage_helpers import add_reading, pin_clock, usage_case

SETTLED = ("ready", "empty", "error")


@pytest.fixture
def services(services_factory):
    return pin_clock(services_factory())


def posts(app) -> list[dict]:
    return [r for r in app.state.sandbox.request_log
            if r["method"] == "POST" and r["path"] == "/meter-readings"]


def open_panel(qtbot, services, sub_id) -> tuple[SubscriptionWorkspace, ReadingsPanel]:
    ws = SubscriptionWorkspace(services, sub_id)
    qtbot.addWidget(ws)
    ws.resize(1280, 800)
    ws.show()
    qtbot.waitUntil(lambda: all(s.state in SETTLED for s in ws.sections.values()), timeout=30000)
    return ws, ws.sections["readings"].body


@pytest.fixture
def analog(sandbox_app):
    sub = usage_case(sandbox_app, meter="analog")
    add_reading(sandbox_app, sub, 10812.4, "2026-01-31", "grid_reading")
    add_reading(sandbox_app, sub, 11399.0, "2026-07-31", "grid_estimation")
    add_reading(sandbox_app, sub, 11702.5, "2026-10-14", "customer_report")
    return sub


def fill(panel: ReadingsPanel, qtbot, value: str, day: QDate) -> None:
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    assert panel.form.isVisible()
    panel.value.setText(value)
    panel.day.setDate(day)
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)


def wait_outcome(qtbot, panel, kind):
    qtbot.waitUntil(lambda: panel.outcome is not None and panel.outcome.kind == kind,
                    timeout=5000)
    return panel.outcome


def test_the_list_shows_the_consumption_between_readings(qtbot, qloop, services, sandbox_app,
                                                          analog):
    ws, panel = open_panel(qtbot, services, analog["id"])
    table = panel.table
    assert table.rowCount() == 3
    assert [table.item(r, 0).text() for r in range(3)] == ["10/14/2026", "7/31/2026",
                                                           "1/31/2026"]
    assert table.item(0, 2).text() == "Customer report"
    assert table.item(1, 2).text() == "Grid operator estimate"
    assert table.item(0, 3).text() == "304 kWh"       # 11,702.5 − 11,399.0 over 75 days
    assert table.item(0, 4).text() == "4.0 kWh"
    assert table.item(2, 3).text() == "–"             # nothing before the first
    assert panel.submit_button.isEnabled()


def test_a_new_reading_appears_at_once_and_is_sent_once(qtbot, qloop, services, sandbox_app,
                                                         analog):
    ws, panel = open_panel(qtbot, services, analog["id"])
    fill(panel, qtbot, "11,850.5", QDate(2026, 11, 10))
    wait_outcome(qtbot, panel, "saved")
    assert len(posts(sandbox_app)) == 1
    sent = datetime.fromisoformat(posts(sandbox_app)[0]["body"]["timestamp"])
    assert sent == datetime(2026, 11, 9, 23, tzinfo=UTC)  # Berlin's midnight of the day
    assert panel.table.rowCount() == 4
    assert panel.table.item(0, 1).text() == "11,850.5 kWh"
    assert panel.table.item(0, 3).text() == "148 kWh"
    assert not panel.form.isVisible() and panel.hint.text() == "Reading saved."
    # The chart's marks follow the list.
    usage = ws.sections["usage"].body
    qtbot.waitUntil(lambda: len(usage.readings) == 4, timeout=3000)


def test_local_checks_stop_a_wrong_reading_before_it_is_sent(qtbot, qloop, services,
                                                              sandbox_app, analog):
    ws, panel = open_panel(qtbot, services, analog["id"])
    fill(panel, qtbot, "11,000", QDate(2026, 11, 10))
    assert panel.errors.message("value") == \
        "Below the previous reading (11,702.5 kWh): a meter only counts up."
    fill_again(panel, qtbot, "-3", QDate(2026, 11, 10))
    assert panel.errors.message("value") == "A meter reading is a positive number of kWh."
    fill_again(panel, qtbot, "12,000", QDate(2026, 10, 14))
    assert panel.errors.message("timestamp") == "There is already a reading on this day."
    fill_again(panel, qtbot, "12.000,5", QDate(2026, 11, 10))
    assert panel.errors.message("value").startswith("Not a number")
    fill_again(panel, qtbot, "900", QDate(2023, 12, 1))
    assert panel.errors.message("timestamp") == "Before supply began (1/1/2024)."
    assert posts(sandbox_app) == []
    panel.value.setText("12,000")
    assert panel.errors.message("value") is None  # typing clears the message, not the value


def fill_again(panel, qtbot, value, day):
    panel.value.setText(value)
    panel.day.setDate(day)
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)


def test_an_implausible_reading_is_a_soft_hint_with_the_value_kept(qtbot, qloop, services,
                                                                    sandbox_app):
    sub = usage_case(sandbox_app, meter="analog")
    add_reading(sandbox_app, sub, 10812.4, "2026-01-31", "grid_reading")
    ws, panel = open_panel(qtbot, services, sub["id"])
    # Far more than a household uses in nine months: Nomos answers 422.
    fill(panel, qtbot, "99,999", QDate(2026, 11, 10))
    outcome = wait_outcome(qtbot, panel, "hint")
    assert len(posts(sandbox_app)) == 1 and posts(sandbox_app)[0]["status"] == 422
    assert panel.note.text().startswith("⚠ Nomos finds this reading implausible")
    assert panel.note.styleSheet() == ""  # a hint, not a red error
    assert panel.value.text() == "99,999" and panel.form.isVisible()
    assert panel.errors.message("value") == "Please double-check this number."
    assert outcome.error is not None
    assert services.sink.errors == []  # no banner: the hint is in the form
    panel.value.setText("11,020")
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    wait_outcome(qtbot, panel, "saved")
    assert len(posts(sandbox_app)) == 2 and panel.table.rowCount() == 2


def test_a_refusal_lands_beside_its_field(qtbot, qloop, services, sandbox_app, analog):
    ws, panel = open_panel(qtbot, services, analog["id"])
    # Locally fine (an estimate is not a reading), but Nomos has a reading on that day.
    fill(panel, qtbot, "11,500", QDate(2026, 7, 31))
    wait_outcome(qtbot, panel, "refused")
    assert posts(sandbox_app)[0]["status"] == 409
    assert panel.errors.message("timestamp") == "A reading for this day already exists"
    assert panel.value.text() == "11,500"


@pytest.mark.parametrize("lost", ["after", "before"])
def test_a_lost_answer_is_looked_for_before_sending_again(qtbot, qloop, services, sandbox_app,
                                                          analog, network, lost):
    ws, panel = open_panel(qtbot, services, analog["id"])
    inner = network.handle_async_request
    armed = {"left": 1}

    async def cut(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path == "/meter-readings" and armed["left"]:
            armed["left"] -= 1
            if lost == "after":
                await inner(request)  # Nomos saved it; the answer never came back
            raise httpx.ReadTimeout("no answer", request=request)
        return await inner(request)

    network.handle_async_request = cut
    fill(panel, qtbot, "11,850.5", QDate(2026, 11, 10))
    if lost == "after":
        outcome = wait_outcome(qtbot, panel, "saved")
        assert "answer got lost" in outcome.message and panel.table.rowCount() == 4
        assert len(posts(sandbox_app)) == 1
    else:
        wait_outcome(qtbot, panel, "not_saved")
        assert "You can send it again" in panel.note.text() and panel.send_button.isEnabled()
        assert panel.value.text() == "11,850.5"
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
        wait_outcome(qtbot, panel, "saved")
        assert [r["status"] for r in posts(sandbox_app)] == [200]  # the first never arrived


def test_an_unknown_outcome_blocks_sending_until_checked(qtbot, qloop, services, sandbox_app,
                                                         analog, network):
    ws, panel = open_panel(qtbot, services, analog["id"])
    state = lose_the_answer_and_the_line(network, "POST", "/meter-readings")
    fill(panel, qtbot, "11,850.5", QDate(2026, 11, 10))
    wait_outcome(qtbot, panel, "unknown")
    assert not panel.send_button.isEnabled() and panel.check_button.isVisible()
    state["down"] = False
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    wait_outcome(qtbot, panel, "saved")
    assert len(posts(sandbox_app)) == 1 and panel.table.rowCount() == 4


def test_read_only_sign_in_cannot_submit_and_sends_nothing(qtbot, qloop, services_factory,
                                                           sandbox_app, analog):
    services = pin_clock(services_factory("sandbox-ro"))
    ws, panel = open_panel(qtbot, services, analog["id"])
    button = panel.submit_button
    assert not button.isEnabled()
    assert "read-only" in button.toolTip() and "Submitting a meter reading" in button.toolTip()
    assert "Read-only sign-in" in panel.hint.text() and panel.hint.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    panel._send_clicked()  # even a stray call sends nothing
    assert not panel.form.isVisible()
    assert [r for r in sandbox_app.state.sandbox.request_log if r["method"] != "GET"
            and r["path"] != "/oauth/token"] == []


def test_smart_meters_and_feed_in_take_no_readings_by_hand(qtbot, qloop, services,
                                                           sandbox_app):
    sub = usage_case(sandbox_app)
    add_reading(sandbox_app, sub, 5000.0, "2026-06-01", "grid_reading")
    ws, panel = open_panel(qtbot, services, sub["id"])
    assert not panel.submit_button.isEnabled()
    assert "smart meter sends its own values" in panel.submit_button.toolTip()
    assert panel.hint.text() == panel.submit_button.toolTip()
    feed = usage_case(sandbox_app, kind="feed_in")
    ws2, panel2 = open_panel(qtbot, services, feed["id"])
    assert ws2.state("readings") == "empty"
