"""The customer tab: facts, every subscription as a table, opening each one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from nomos_desk.ui.customer.tab import CustomerTab
from tests.sandbox.builders import add_subscription, stamp
from tests.ui.test_workspace import make_case, store_of

SECTIONS = ("facts", "subscriptions")


@pytest.fixture
def services(services_factory):
    return services_factory()


def open_customer(qtbot, services, customer_id) -> CustomerTab:
    tab = CustomerTab(services, customer_id)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitUntil(lambda: all(tab.state(s) not in ("loading", "refreshing") for s in SECTIONS),
                    timeout=10000)
    return tab


def three_contracts(app):
    """A company with an active, a terminated and an ended subscription."""
    first = make_case(app, company=True)
    store = store_of(app)
    plan = store.get("plan", first["plan"])
    terminated = add_subscription(store, plan=plan, status="active", meter_type="smart",
                                  created_at=stamp(9_000))
    ended = add_subscription(store, plan=plan, status="ended", created_at=stamp(8_000))
    for sub, number in ((terminated, "TERM0002"), (ended, "GONE0003")):
        sub.update(customer=first["customer"], number=number)
    terminated.update(terminated_at=stamp(2), end_at="2027-01-31T23:00:00.000Z")
    ended.update(end_at="2024-12-31T23:00:00.000Z", terminated_at=stamp(400))
    store.replace(terminated)
    store.replace(ended)
    return first, terminated, ended


def test_a_company_with_all_its_subscriptions(qtbot, qloop, services, sandbox_app):
    first, terminated, ended = three_contracts(sandbox_app)
    tab = open_customer(qtbot, services, first["customer"])
    facts = tab.sections["facts"].body.facts
    assert (facts.value("kind"), facts.value("company"), facts.value("contact")) == (
        "Company", "Bäckerei Sonnenschein GmbH", "Jana Körner")
    assert facts.value("vat_id") == "DE123456789"
    assert tab.title() == "Bäckerei Sonnenschein GmbH (Jana Körner)"

    table = tab.sections["subscriptions"].body.table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(5)]
            for r in range(table.rowCount())}
    assert set(rows) == {"TEST0001", "TERM0002", "GONE0003"}
    assert rows["TEST0001"][1:] == ["Test Strom", "Active", "Hauptstraße 1, 10115 Berlin",
                                    "Analog meter 1ESY1234"]
    assert rows["TERM0002"][2] == "Active · terminated, ends 2/1/2027"
    assert rows["GONE0003"][2] == "Ended 1/1/2025"
    # Ended contracts come last.
    assert table.item(table.rowCount() - 1, 0).text() == "GONE0003"


def test_a_row_opens_its_workspace(qtbot, qloop, services, sandbox_app):
    first, terminated, _ = three_contracts(sandbox_app)
    tab = open_customer(qtbot, services, first["customer"])
    table = tab.sections["subscriptions"].body.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "TERM0002")
    table.setCurrentCell(row, 0)
    table.setFocus()
    with qtbot.waitSignal(tab.open_requested, timeout=2000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == ["subscription", terminated["id"]]


def test_a_customer_without_subscriptions_says_so(qtbot, qloop, services, sandbox_app):
    from tests.sandbox.builders import add_customer
    lonely = add_customer(store_of(sandbox_app), first_name="Olga", last_name="Ohne")
    tab = open_customer(qtbot, services, lonely["id"])
    assert tab.state("subscriptions") == "empty"
    assert tab.sections["subscriptions"].empty.text() == "This customer has no subscription yet."
    assert tab.title() == "Olga Ohne"


def test_opening_the_customer_refreshes_the_index(qtbot, qloop, qrun, services, sandbox_app):
    first, terminated, _ = three_contracts(sandbox_app)
    open_customer(qtbot, services, first["customer"])
    hits = qrun(services.index.search("TERM0002"))
    assert [h.subscription_id for h in hits] == [terminated["id"]]


def test_the_workspace_links_to_its_customer(qtbot, qloop, services, sandbox_app):
    from tests.ui.test_workspace import open_workspace
    sub = make_case(sandbox_app)
    ws = open_workspace(qtbot, services, sub["id"])
    button = ws.sections["customer"].body.open_button
    with qtbot.waitSignal(ws.open_requested, timeout=2000) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened.args == ["customer", sub["customer"]]


def test_registered_with_one_line(qtbot):
    from nomos_desk.ui.registry import default_registry
    kind = default_registry().tab_kind("customer")
    assert kind is not None and kind.factory is CustomerTab
