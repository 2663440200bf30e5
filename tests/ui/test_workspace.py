"""Subscription workspaces for each kind of contract, loaded from the sandbox."""

from __future__ import annotations

import json

import httpx
import pytest
from PySide6.QtCore import Qt

from nomos_desk.sandbox.store import Store
from nomos_desk.sandbox.timeutil import new_id
from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace
from tests.sandbox.builders import add_plan, add_subscription, stamp

SECTIONS = ("contract", "customer", "meter_order", "reductions", "readings")
SETTLED = ("ready", "empty")


def body(ws, key):
    return ws.sections[key].body


def store_of(app) -> Store:
    return app.state.sandbox.store


def make_case(app, *, company=False, status="active", meter="analog", kind="consumption",
              smart_plan=True, end_at=None):
    """One precisely shaped subscription, whatever else the generator made."""
    store = store_of(app)
    plan = add_plan(store, smart_meter=smart_plan, type=kind)
    sub = add_subscription(store, plan=plan, status=status, meter_type=meter, type=kind,
                           created_at=stamp(10_000))
    customer = store.get("customer", sub["customer"])
    if company:
        customer.update(type="company", company_name="Bäckerei Sonnenschein GmbH",
                        vat_id="DE123456789", first_name="Jana", last_name="Körner")
    else:
        customer.update(first_name="Jürgen", last_name="Müller-Lüdenscheidt")
    store.replace(customer)
    if end_at:
        sub.update(end_at=end_at, terminated_at=stamp(5))
        store.replace(sub)
    return sub


def add_reading(app, sub, value, day):
    store_of(app).insert("meter_reading", {
        "object": "meter_reading", "id": new_id("mr_"), "customer": sub["customer"],
        "subscription": sub["id"], "meter": sub["meter"]["id"], "value": value,
        "timestamp": f"2025-{day}T00:00:00.000Z", "type": "customer_report",
        "created_at": f"2025-{day}T08:00:00.000Z"})


def add_reduction(app, sub, module="enwg-14a-module-1", status="activated"):
    store_of(app).insert("grid_fee_reduction", {
        "object": "grid_fee_reduction", "id": new_id("gfr_"), "subscription": sub["id"],
        "customer": sub["customer"], "type": module, "status": status,
        "valid_from": "2025-03-01T00:00:00.000Z", "valid_until": None,
        "created_at": stamp(20), "updated_at": stamp(20)})


def add_order(app, sub, status="scheduled"):
    order = {"object": "meter_order", "id": new_id("prdo_"), "subscription": sub["id"],
             "customer": sub["customer"], "provider": "metrify", "status": status,
             "created_at": stamp(30), "installed_at": None, "activated_at": None,
             "cancelled_at": None, "cancelled_reason": None, "blocked_at": None,
             "blocked_reason": None, "appointment_at": "2025-04-02T09:00:00.000Z"}
    store_of(app).insert("meter_order", order)
    return order


def open_workspace(qtbot, services, sub_id) -> SubscriptionWorkspace:
    ws = SubscriptionWorkspace(services, sub_id)
    qtbot.addWidget(ws)
    ws.resize(1200, 900)
    ws.show()
    qtbot.waitUntil(lambda: all(ws.state(s) in SETTLED + ("error",) for s in SECTIONS), timeout=10000)
    return ws


@pytest.fixture
def services(services_factory):
    return services_factory()


def test_person_analog_active_with_readings_and_reductions(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)
    add_reading(sandbox_app, sub, 1234.5, "01-15")
    add_reading(sandbox_app, sub, 2345.0, "06-15")
    add_reduction(sandbox_app, sub)
    ws = open_workspace(qtbot, services, sub["id"])
    assert all(ws.state(s) == "ready" for s in SECTIONS)
    c = body(ws, "contract").facts
    assert c.value("plan") == "Test Strom"
    assert (c.value("status"), c.value("type"), c.value("meter")) == (
        "Active", "Consumption", "Analog meter")
    assert c.value("meter_number") == "1ESY1234"
    assert c.value("usage") == "3,000 kWh per year"
    assert c.value("supply_address") == "Hauptstraße 1, 10115 Berlin"
    assert c.value("iban") == "DE************3000"  # never the full IBAN, masked as Nomos does
    assert c.value("account_holder") == "Erika"
    assert c.value("previous_supplier") == "none given"
    cust = body(ws, "customer").facts
    assert (cust.value("kind"), cust.value("name")) == ("Person", "Jürgen Müller-Lüdenscheidt")
    assert cust.value("vat_id") == "none"
    assert ws.title_label.text() == "Jürgen Müller-Lüdenscheidt · TEST0001"
    assert ws.title() == ws.title_label.text()
    readings = body(ws, "readings").table
    assert readings.rowCount() == 2
    assert readings.item(0, 1).text() == "2,345.0 kWh"  # newest first
    assert body(ws, "reductions").table.item(0, 0).text().startswith("§14a EnWG Module 1")
    assert body(ws, "reductions").table.item(0, 1).text() == "Activated"
    assert ws.order_panel.empty.isVisible() and ws.order_panel.order_button.isEnabled()


def test_company_smart_pending_with_order(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app, company=True, status="pending", meter="smart")
    add_order(sandbox_app, sub)
    ws = open_workspace(qtbot, services, sub["id"])
    cust = body(ws, "customer").facts
    assert (cust.value("kind"), cust.value("company"), cust.value("contact")) == (
        "Company", "Bäckerei Sonnenschein GmbH", "Jana Körner")
    assert cust.value("vat_id") == "DE123456789"
    assert body(ws, "contract").facts.value("status") == "Pending (not yet supplied)"
    assert body(ws, "contract").facts.value("meter") == "Smart meter (iMSys)"
    assert ws.title_label.text().startswith("Bäckerei Sonnenschein GmbH")
    panel = ws.order_panel
    assert panel.facts.value("status") == "Installation scheduled"
    assert panel.facts.value("appointment") == "4/2/2025 11:00\u202fAM"  # Berlin time
    assert not panel.order_button.isVisible()
    # Empty lists say so in words instead of showing an empty grid.
    readings = ws.sections["readings"]
    assert ws.state("readings") == "empty"
    assert readings.empty.isVisible() and not body(ws, "readings").table.isVisible()
    assert readings.empty.text() == "No meter readings recorded yet."


def test_ended_subscription_cannot_order(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app, status="ended", end_at="2025-06-30T22:00:00.000Z")
    ws = open_workspace(qtbot, services, sub["id"])
    assert body(ws, "contract").facts.value("status") == "Ended 7/1/2025"
    assert body(ws, "contract").facts.value("end") == "7/1/2025"
    button = ws.order_panel.order_button
    assert not button.isEnabled() and "ended" in button.toolTip()


def test_feed_in_subscription(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app, kind="feed_in", meter="smart")
    ws = open_workspace(qtbot, services, sub["id"])
    assert body(ws, "contract").facts.value("type") == "Feed-in"
    button = ws.order_panel.order_button
    assert not button.isEnabled() and "Feed-in" in button.toolTip()
    assert ws.order_panel.hint.text() == button.toolTip()  # said in the card too
    assert body(ws, "contract").facts.value("usage") == "3,000 kWh per year"


def test_sections_fail_on_their_own_and_retry(qtbot, qloop, services, sandbox_app, network):
    sub = make_case(sandbox_app)
    add_reading(sandbox_app, sub, 99.0, "02-01")
    inner = network.handle_async_request
    broken = {"on": True}

    async def flaky(request: httpx.Request) -> httpx.Response:
        if broken["on"] and request.url.path == "/meter-readings":
            body = {"code": "INTERNAL_SERVER_ERROR", "message": "database unavailable",
                    "requestId": "req_test_readings"}
            return httpx.Response(500, content=json.dumps(body).encode(),
                                  headers={"content-type": "application/json"})
        return await inner(request)

    network.handle_async_request = flaky
    ws = open_workspace(qtbot, services, sub["id"])
    section = ws.sections["readings"]
    assert ws.state("readings") == "error"
    assert all(ws.state(s) in SETTLED for s in SECTIONS if s != "readings")
    text = section.error_label.text()
    assert "Could not load this part" in text and "req_test_readings" in text
    assert services.sink.errors == []  # said in the section, not again in a banner
    broken["on"] = False
    qtbot.mouseClick(section.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.state("readings") == "ready", timeout=5000)
    assert body(ws, "readings").table.rowCount() == 1


def test_switcher_opens_other_subscriptions_and_refresh_reloads(qtbot, qloop, services,
                                                               sandbox_app):
    sub = make_case(sandbox_app)
    other = make_case(sandbox_app, status="ended")
    other["customer"] = sub["customer"]
    other["number"] = "OTHER042"
    store_of(sandbox_app).replace(other)
    ws = open_workspace(qtbot, services, sub["id"])
    switcher = body(ws, "customer").switcher
    assert switcher.count() == 2 and "OTHER042" in switcher.itemText(1)
    with qtbot.waitSignal(ws.open_requested, timeout=2000) as opened:
        switcher.activated.emit(1)
    assert opened.args == ["subscription", other["id"]]

    sub["status"] = "ended"
    store_of(sandbox_app).replace(sub)
    with qtbot.waitSignal(ws.loaded, timeout=5000, check_params_cb=lambda n: n == "record"):
        qtbot.mouseClick(ws.refresh_button, Qt.MouseButton.LeftButton)
    assert body(ws, "contract").facts.value("status") == "Ended"


def test_opening_refreshes_the_index_row(qtbot, qloop, services, sandbox_app):
    sub = make_case(sandbox_app)
    open_workspace(qtbot, services, sub["id"])
    index = services.index
    holder = {}

    async def look():
        holder["hits"] = await index.search("Müller-Lüdenscheidt")

    task = qloop.create_task(look())
    qtbot.waitUntil(task.done, timeout=5000)
    assert [h.subscription_id for h in holder["hits"]] == [sub["id"]]


def test_sections_wait_out_a_lost_connection(qtbot, qloop, services, sandbox_app, network):
    sub = make_case(sandbox_app)
    network.down = True
    ws = SubscriptionWorkspace(services, sub["id"])
    qtbot.addWidget(ws)
    ws.show()
    qtbot.waitUntil(lambda: services.connection.state != "online", timeout=5000)
    assert all(ws.state(s) == "loading" for s in SECTIONS)  # no error wall while offline
    network.down = False
    qtbot.waitUntil(lambda: all(ws.state(s) in SETTLED for s in SECTIONS), timeout=10000)
    assert body(ws, "contract").facts.value("meter_number") == "1ESY1234"


def test_refresh_keeps_the_facts_on_screen_while_offline(qtbot, qloop, services, sandbox_app,
                                                         network):
    sub = make_case(sandbox_app)
    add_reading(sandbox_app, sub, 99.0, "02-01")
    ws = open_workspace(qtbot, services, sub["id"])
    network.down = True
    qtbot.mouseClick(ws.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.connection.state != "online", timeout=5000)
    # An agent mid-call keeps what was loaded instead of a wall of "Loading…".
    for name, section in ws.sections.items():
        assert section.stack.currentWidget() in (section.body, section.empty), name
    assert body(ws, "contract").facts.value("meter_number") == "1ESY1234"
    assert ws.updated.text() == "Refreshing…"
    network.down = False
    qtbot.waitUntil(lambda: all(ws.state(s) in SETTLED for s in SECTIONS), timeout=10000)
    assert ws.updated.text().startswith("Loaded ")


def test_narrow_window_never_elides_dates_and_readings_align_right(qtbot, qloop, services,
                                                                   sandbox_app):
    sub = make_case(sandbox_app)
    add_reading(sandbox_app, sub, 12015.0, "06-15")
    add_reduction(sandbox_app, sub)
    ws = open_workspace(qtbot, services, sub["id"])
    ws.resize(760, 700)  # the workspace part of a 1024 px wide window
    qtbot.waitUntil(lambda: body(ws, "reductions").table.width() < 400, timeout=3000)
    table = body(ws, "reductions").table
    needed = table.fontMetrics().horizontalAdvance(table.item(0, 2).text())
    assert table.columnWidth(2) > needed  # "3/1/2025", not "3/1/…"
    readings = body(ws, "readings").table
    assert readings.item(0, 1).text() == "12,015.0 kWh"
    assert readings.item(0, 1).textAlignment() & Qt.AlignmentFlag.AlignRight


def test_a_server_that_never_answers_is_called_slow_and_can_be_retried(qtbot, qloop,
                                                                      services_factory,
                                                                      sandbox_app, network):
    services = services_factory(timeout=0.3)
    sub = make_case(sandbox_app)
    path = f"/subscriptions/{sub['id']}"
    network.hanging.add(path)
    ws = open_workspace(qtbot, services, sub["id"])
    # Not "Loading…" forever: the sections that need the record say the server is slow.
    assert ws.state("contract") == "error"
    assert "slow to answer" in ws.sections["contract"].error_label.text()
    assert services.connection.state == "online"  # the network is fine; Nomos is slow
    network.hanging.discard(path)
    qtbot.mouseClick(ws.sections["contract"].retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.state("contract") == "ready", timeout=5000)

    # A refresh that hangs keeps the facts and ends in a plain line, not "Refreshing…".
    qtbot.waitUntil(lambda: ws.updated.text().startswith("Loaded"), timeout=5000)
    network.hanging.add(path)
    qtbot.mouseClick(ws.refresh_button, Qt.MouseButton.LeftButton)
    assert ws.updated.text() == "Refreshing…"
    qtbot.waitUntil(lambda: ws.updated.text() != "Refreshing…", timeout=5000)
    assert ws.updated.text().startswith("Refresh failed") and "slow" in ws.updated.text()
    assert ws.state("contract") == "ready"
    assert body(ws, "contract").facts.value("meter_number") == "1ESY1234"
    network.hanging.discard(path)
