"""Ordering a smart meter: success, 409, 400, lost answers, and the read-only gate."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt

from nomos_desk.ui.dialogs import Confirmation
from tests.ui.lost_answers import lose_the_answer_and_the_line
from tests.ui.session_helpers import answer, wait_for_confirmation
from tests.ui.test_workspace import add_order, make_case, open_workspace, store_of


def open_confirmations(widget):
    return [b for b in widget.findChildren(Confirmation) if b.isVisible()]


def posts(app):
    return [r for r in app.state.sandbox.request_log
            if r["method"] == "POST" and r["path"] == "/meter-orders"]


def orders_in_sandbox(app, sub_id):
    return store_of(app).query(
        "SELECT data FROM objects WHERE kind = 'meter_order' "
        "AND json_extract(data, '$.subscription') = ?", (sub_id,))


def click_order(qtbot, ws, *, confirm=True):
    panel = ws.order_panel
    assert panel.order_button.isEnabled(), panel.order_button.toolTip()
    qtbot.mouseClick(panel.order_button, Qt.MouseButton.LeftButton)
    box = wait_for_confirmation(qtbot, panel)
    assert "only one order" in box.text()
    answer(qtbot, box, accept=confirm)


def wait_outcome(qtbot, ws, kind=None):
    panel = ws.order_panel
    qtbot.waitUntil(lambda: panel.outcome is not None and
                    (kind is None or panel.outcome.kind == kind), timeout=5000)
    return panel.outcome


@pytest.fixture
def services(services_factory):
    return services_factory()


def test_cancel_in_the_confirmation_sends_nothing(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    click_order(qtbot, ws, confirm=False)
    qtbot.waitUntil(lambda: not open_confirmations(ws), timeout=3000)
    assert posts(sandbox_app) == [] and ws.order_panel.outcome is None


def test_confirmation_names_the_subscription_it_orders_for(qtbot, qloop, services,
                                                           sandbox_app):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    panel = ws.order_panel
    qtbot.mouseClick(panel.order_button, Qt.MouseButton.LeftButton)
    box = wait_for_confirmation(qtbot, panel)
    text = box.text()
    assert "TEST0001" in text and "1ESY1234" in text and "Hauptstraße 1, 10115 Berlin" in text
    answer(qtbot, box, accept=False)
    qtbot.waitUntil(lambda: not open_confirmations(ws), timeout=3000)


def test_order_succeeds_and_shows_at_once(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    assert not ws.order_panel.hint.isVisible()
    click_order(qtbot, ws)
    outcome = wait_outcome(qtbot, ws, "created")
    panel = ws.order_panel
    assert panel.facts.isVisible() and panel.facts.value("status") == "Created"
    assert panel.facts.value("order_id") == outcome.order.id
    assert not panel.order_button.isVisible()
    assert len(posts(sandbox_app)) == 1 and len(orders_in_sandbox(sandbox_app, sub["id"])) == 1


def test_a_smart_meter_on_record_is_pointed_out_before_ordering(qtbot, qloop, services,
                                                                 sandbox_app):
    sub = make_case(sandbox_app, meter="smart")
    ws = open_workspace(qtbot, services, sub["id"])
    panel = ws.order_panel
    qtbot.waitUntil(lambda: panel.hint.isVisible(), timeout=3000)
    assert "already a smart meter" in panel.hint.text()
    assert panel.order_button.isEnabled()  # a hint, not a block: Nomos settles it


def test_conflict_shows_the_existing_order(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    existing = add_order(sandbox_app, sub, status="placed")  # a colleague was quicker
    click_order(qtbot, ws)
    outcome = wait_outcome(qtbot, ws, "existing")
    panel = ws.order_panel
    assert posts(sandbox_app)[-1]["status"] == 409
    assert panel.facts.value("order_id") == existing["id"]
    assert panel.facts.value("status") == "Placed with the metering operator"
    assert "already has" in panel.note.text()
    assert services.sink.errors == []  # shown as the order, not as an error banner
    assert outcome.order.id == existing["id"]


def test_plan_without_smart_meter_product_says_so(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app, smart_plan=False)
    ws = open_workspace(qtbot, services, sub["id"])
    click_order(qtbot, ws)
    wait_outcome(qtbot, ws, "unsupported")
    panel = ws.order_panel
    assert "plan has no smart-meter product" in panel.note.text()
    assert posts(sandbox_app)[-1]["status"] == 400
    # A resend would meet the same 400: the button says why it is off.
    assert not panel.order_button.isEnabled()
    assert "no smart-meter product" in panel.order_button.toolTip()
    assert orders_in_sandbox(sandbox_app, sub["id"]) == []


def test_a_plan_known_to_lack_the_product_says_so_before_the_confirmation(
        qtbot, qloop, services, sandbox_app):
    from tests.sandbox.builders import add_subscription
    first = make_case(sandbox_app, smart_plan=False)
    ws = open_workspace(qtbot, services, first["id"])
    click_order(qtbot, ws)
    wait_outcome(qtbot, ws, "unsupported")
    plan = store_of(sandbox_app).get("plan", first["plan"])
    second = add_subscription(store_of(sandbox_app), plan=plan, meter_type="analog")

    other = open_workspace(qtbot, services, second["id"])
    button = other.order_panel.order_button
    assert not button.isEnabled()  # no confirmation to click through, no second 400
    assert "no smart-meter product" in button.toolTip() and first["id"] in button.toolTip()
    assert other.order_panel.hint.text() == button.toolTip()
    assert len(posts(sandbox_app)) == 1
    # What was learnt is the profile's: a new session (same data directory) knows it too.
    from nomos_desk.ui.catalog import PlanCatalog
    again = PlanCatalog(services.client, services.tasks, services.data_dir / "plans.json")
    assert again.smart_meter(plan["id"]).available is False


def test_an_existing_order_teaches_that_the_plan_has_the_product(qtbot, qloop, services,
                                                                  sandbox_app):
    sub = make_case(sandbox_app)
    add_order(sandbox_app, sub)
    open_workspace(qtbot, services, sub["id"])
    assert services.plans.smart_meter(sub["plan"]).available is True


def inject(network, sandbox_app, mode):
    """Break the next POST /meter-orders: the sandbox's 5xx after or before committing, or a
    timeout after the request reached the server."""
    inner = network.handle_async_request
    config = sandbox_app.state.sandbox.config
    armed = {"left": 1}

    async def faulty(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path == "/meter-orders" and armed["left"]:
            armed["left"] -= 1
            if mode == "timeout":
                await inner(request)
                raise httpx.ReadTimeout("no answer", request=request)
            config.fault_rate, config.fault_after_write = 1.0, 1.0 if mode == "after" else 0.0
            try:
                return await inner(request)
            finally:
                config.fault_rate = 0.0
        return await inner(request)

    network.handle_async_request = faulty


@pytest.mark.parametrize("mode", ["after", "timeout"])
def test_lost_answer_finds_the_order_instead_of_resending(qtbot, qloop, services, sandbox_app,
                                                          network, mode):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    inject(network, sandbox_app, mode)
    click_order(qtbot, ws)
    outcome = wait_outcome(qtbot, ws)
    assert outcome.kind == "created" and "went through" in ws.order_panel.note.text()
    assert len(posts(sandbox_app)) == 1  # never resent by the client or the panel
    assert len(orders_in_sandbox(sandbox_app, sub["id"])) == 1
    assert ws.order_panel.facts.value("order_id") == orders_in_sandbox(
        sandbox_app, sub["id"])[0]["id"]


def test_failure_before_commit_offers_resend_only_after_checking(qtbot, qloop, services,
                                                                 sandbox_app, network):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    inject(network, sandbox_app, "before")
    click_order(qtbot, ws)
    wait_outcome(qtbot, ws, "not_placed")
    panel = ws.order_panel
    # The panel looked for the order (a GET after the failed POST) before offering a resend.
    log = sandbox_app.state.sandbox.request_log
    last_post = max(i for i, r in enumerate(log) if r["method"] == "POST")
    assert any(r["path"] == "/meter-orders" and r["method"] == "GET" for r in log[last_post:])
    assert "not placed" in panel.note.text() and panel.order_button.isEnabled()
    click_order(qtbot, ws)
    wait_outcome(qtbot, ws, "created")
    assert len(orders_in_sandbox(sandbox_app, sub["id"])) == 1
    assert [r["status"] for r in posts(sandbox_app)][-1] == 200


def test_unknown_outcome_blocks_resend_until_checked(qtbot, qloop, services, sandbox_app,
                                                     network):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    state = lose_the_answer_and_the_line(network, "POST", "/meter-orders")
    click_order(qtbot, ws)
    wait_outcome(qtbot, ws, "unknown")
    panel = ws.order_panel
    assert not panel.order_button.isEnabled() and "Check again" in panel.order_button.toolTip()
    assert panel.check_button.isVisible()
    state["down"] = False
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    wait_outcome(qtbot, ws, "created")
    assert not panel.check_button.isVisible()
    assert len(posts(sandbox_app)) == 1 and len(orders_in_sandbox(sandbox_app, sub["id"])) == 1


def test_read_only_sign_in_disables_the_button_and_sends_nothing(qtbot, qloop, services_factory,
                                                                 sandbox_app):
    services = services_factory("sandbox-ro")
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    button = ws.order_panel.order_button
    assert button.isVisible() and not button.isEnabled()
    assert "read-only" in button.toolTip() and "write:*" in button.toolTip()
    assert ws.order_panel.hint.isVisible() and "Read-only" in ws.order_panel.hint.text()
    assert ws.order_panel.hint.isEnabled()  # a disabled label would render it near-invisible
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert not open_confirmations(ws)
    writes = [r for r in sandbox_app.state.sandbox.request_log if r["method"] != "GET"
              and r["path"] != "/oauth/token"]
    assert writes == []


def test_button_waits_for_the_subscription(qtbot, qloop, services, sandbox_app, network):
    import asyncio

    from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace
    sub = make_case(sandbox_app, kind="feed_in", meter="smart")
    inner = network.handle_async_request
    release = asyncio.Event()

    async def held(request: httpx.Request) -> httpx.Response:
        if request.url.path == f"/subscriptions/{sub['id']}":
            await release.wait()
        return await inner(request)

    network.handle_async_request = held
    ws = SubscriptionWorkspace(services, sub["id"])
    qtbot.addWidget(ws)
    ws.show()
    qtbot.waitUntil(lambda: ws.state("reductions") != "loading", timeout=5000)
    # Without the subscription nobody can know whether ordering makes sense: the card waits.
    assert ws.state("contract") == "loading" and ws.state("meter_order") == "loading"
    assert not ws.order_panel.order_button.isEnabled()
    assert not ws.order_panel.order_button.isVisibleTo(ws)
    assert "Loading" in ws.order_panel.order_button.toolTip()
    release.set()
    qtbot.waitUntil(lambda: ws.state("contract") == "ready", timeout=5000)
    assert "Feed-in" in ws.order_panel.order_button.toolTip()


def test_refresh_settles_an_unknown_outcome(qtbot, qloop, services, sandbox_app, network):
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    state = lose_the_answer_and_the_line(network, "POST", "/meter-orders", stored=False)
    click_order(qtbot, ws)
    wait_outcome(qtbot, ws, "unknown")
    state["down"] = False
    qtbot.mouseClick(ws.refresh_button, Qt.MouseButton.LeftButton)
    wait_outcome(qtbot, ws, "not_placed")
    assert ws.order_panel.order_button.isEnabled() and posts(sandbox_app) == []


def test_other_refusals_are_said_plainly_and_nothing_is_claimed(qtbot, qloop, services,
                                                                 sandbox_app, network):
    import json
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    inner = network.handle_async_request

    async def refuse(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path == "/meter-orders":
            body = {"code": "UNPROCESSABLE_ENTITY", "message": "Metering operator unknown for "
                    "this location", "requestId": "req_422"}
            return httpx.Response(422, content=json.dumps(body).encode(),
                                  headers={"content-type": "application/json"})
        return await inner(request)

    network.handle_async_request = refuse
    click_order(qtbot, ws)
    wait_outcome(qtbot, ws, "refused")
    note = ws.order_panel.note.text()
    assert "Metering operator unknown" in note and "req_422" in note
    assert ws.order_panel.order_button.isEnabled()  # a 4xx applied nothing: trying later is safe
    assert orders_in_sandbox(sandbox_app, sub["id"]) == []
