"""The leads list (newest first, loading as one scrolls, filters, jumps) and the lead tab."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from nomos_desk.domain.leads import CUSTOMER_KEY, INTENT_KEY
from nomos_desk.index.sync import store_fetched
from nomos_desk.sandbox.timeutil import iso, new_id
from nomos_desk.ui import fmt
from nomos_desk.ui.leads.leads_list import CONVERTED, CUSTOMER, PAGE, PLAN
from nomos_desk.ui.leads.submit import CREATED
from nomos_desk.ui.main_window import MainWindow
from nomos_desk.ui.registry import default_registry

from .leads_kit import click_create, fill, open_page, stored_leads, wait_outcome


@pytest.fixture
def services(services_factory):
    return services_factory()


def add_lead(app, created: datetime, *, subscription=None, metadata=None, slug="flux",
             created_by=None):
    lead_id = new_id("lead_")
    lead = {"object": "lead", "id": lead_id, "subscription": subscription,
            "subscribed_at": iso(created + timedelta(days=2)) if subscription else None,
            "link": f"https://{slug}.checkout.energy/?id={lead_id}", "created_at": iso(created),
            "created_by": created_by, "last_visited_at": None, "metadata": metadata}
    app.state.sandbox.store.insert("lead", lead)
    return lead


def show_list(qtbot, page):
    page.parts.setCurrentWidget(page.leads)
    model = page.leads.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 or model.done, timeout=5000)
    return page.leads


def newest_first(app) -> list[str]:
    return [lead["id"] for lead in sorted(stored_leads(app), key=lambda x: x["created_at"],
                                          reverse=True)]


def test_all_leads_newest_first_more_as_one_scrolls(qtbot, qloop, services, sandbox_app):
    now = datetime.now(UTC)
    for minutes in range(70):
        add_lead(sandbox_app, now - timedelta(minutes=minutes + 1),
                 created_by="vertrieb@brand.example")
    page = open_page(qtbot, services)
    leads = show_list(qtbot, page)
    model = leads.model
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert model.rowCount() == PAGE and not model.done
    assert "more load as you scroll" in leads.status.text()
    leads.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.done, timeout=5000)
    assert [lead.id for lead in model.items] == newest_first(sandbox_app)  # none twice
    assert leads.status.text() == "100 leads · all loaded"
    first = leads.proxy.index(0, PLAN)
    assert leads.proxy.data(first) == "Flux Dynamisch"  # the plan, from the link's slug
    texts = [leads.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert texts == ["Created", "Customer", "Plan", "Created by", "Last visited", "Converted"]


def test_converted_or_not_and_the_period(qtbot, qloop, qrun, services, sandbox_app):
    now = datetime.now(UTC)
    converted = [lead for lead in stored_leads(sandbox_app) if lead["subscription"]]
    recent = add_lead(sandbox_app, now - timedelta(hours=2), metadata={CUSTOMER_KEY: "Erika"})
    page = open_page(qtbot, services)
    leads = show_list(qtbot, page)
    qtbot.waitUntil(lambda: leads.model.done, timeout=5000)
    total = leads.model.rowCount()

    leads.state.setCurrentIndex(leads.state.findData("converted"))
    assert leads.proxy.rowCount() == len(converted) < total
    assert all(leads.lead_at(r).subscription for r in range(leads.proxy.rowCount()))
    assert leads.status.text().startswith(f"{len(converted)} of {total} loaded leads shown")
    leads.state.setCurrentIndex(leads.state.findData("open"))
    assert leads.proxy.rowCount() == total - len(converted)
    assert not any(leads.lead_at(r).subscription for r in range(leads.proxy.rowCount()))

    leads.period.setCurrentIndex(leads.period.findData("7_days"))
    qtbot.waitUntil(lambda: leads.model.done and leads.model.rowCount() > 0, timeout=5000)
    assert [lead.id for lead in leads.model.items] == [recent["id"]]
    assert leads.proxy.data(leads.proxy.index(0, CUSTOMER)) == "Erika"
    query = parse_qs([r for r in sandbox_app.state.sandbox.request_log
                      if r["path"] == "/leads" and r["method"] == "GET"][-1]["query"])
    start = datetime.fromisoformat(query["filter[created_at][gte]"][0])
    assert timedelta(days=6) <= now - start <= timedelta(days=7)


def test_a_filter_that_hides_most_rows_still_fills_the_table(qtbot, qloop, services,
                                                           sandbox_app):
    now = datetime.now(UTC)
    for minutes in range(120):  # two pages of unconverted leads above the converted ones
        add_lead(sandbox_app, now - timedelta(minutes=minutes))
    page = open_page(qtbot, services)
    leads = show_list(qtbot, page)
    leads.state.setCurrentIndex(leads.state.findData("converted"))
    qtbot.waitUntil(lambda: leads.proxy.rowCount() > 0, timeout=8000)
    assert leads.model.rowCount() > 2 * PAGE  # it went on asking until converted ones came


def test_a_row_opens_its_lead_and_converted_its_subscription(qtbot, qloop, services,
                                                             sandbox_app):
    page = open_page(qtbot, services)
    leads = show_list(qtbot, page)
    qtbot.waitUntil(lambda: leads.model.done, timeout=5000)
    opened = []
    page.open_requested.connect(lambda kind, record: opened.append((kind, record)))
    row = next(r for r in range(leads.proxy.rowCount()) if leads.lead_at(r).subscription)
    lead = leads.lead_at(row)
    assert leads.proxy.data(leads.proxy.index(row, CONVERTED)) == fmt.when(lead.subscribed_at)
    leads.table.activated.emit(leads.proxy.index(row, CONVERTED))
    leads.table.activated.emit(leads.proxy.index(row, PLAN))
    assert opened == [("subscription", lead.subscription), ("lead", lead.id)]
    assert not leads.open_button.isEnabled()
    leads.table.selectRow(row)
    assert leads.open_button.isEnabled() and leads.subscription_button.isEnabled()
    qtbot.mouseClick(leads.subscription_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == ("subscription", lead.subscription)
    unconverted = next(r for r in range(leads.proxy.rowCount()) if not leads.lead_at(r).subscription)
    leads.table.selectRow(unconverted)
    assert not leads.subscription_button.isEnabled()
    assert leads.proxy.data(leads.proxy.index(unconverted, CONVERTED)) == "Not yet"


def test_converted_leads_show_their_customer_from_the_index(qtbot, qloop, qrun, services,
                                                            sandbox_app):
    lead = next(x for x in stored_leads(sandbox_app) if x["subscription"])
    sub = qrun(services.client.get_subscription(lead["subscription"]))
    qrun(store_fetched(services.index, sub.customer, [sub]))
    page = open_page(qtbot, services)
    leads = show_list(qtbot, page)
    row = next(r for r in range(leads.proxy.rowCount()) if leads.lead_at(r).id == lead["id"])
    name = sub.customer.display_name
    qtbot.waitUntil(lambda: leads.proxy.data(leads.proxy.index(row, CUSTOMER)) == name,
                    timeout=5000)


def test_a_created_lead_heads_the_list(qtbot, qloop, services, sandbox_app):
    page = open_page(qtbot, services)
    leads = show_list(qtbot, page)
    qtbot.waitUntil(lambda: leads.model.done, timeout=5000)
    page.parts.setCurrentWidget(page.new_lead)
    fill(qtbot, page)
    click_create(qtbot, page)
    lead = wait_outcome(qtbot, page, CREATED).lead
    qtbot.waitUntil(lambda: bool(leads.model.items) and leads.model.items[0].id == lead.id,
                    timeout=5000)
    assert leads.proxy.data(leads.proxy.index(0, CUSTOMER)) == "Erika Mustermann"


@pytest.fixture
def window(qtbot, services_factory, app_settings):
    window = MainWindow(app_settings, default_registry())
    qtbot.addWidget(window)
    window.set_session(services_factory(sink=window))
    window.resize(1280, 800)
    window.show()
    return window


def settled(tab):
    return all(s.state in ("ready", "empty") for s in tab.sections.values())


def test_a_converted_lead_in_its_tab(qtbot, qloop, window, sandbox_app):
    lead = next(x for x in stored_leads(sandbox_app) if x["subscription"] and x["metadata"])
    tab = window.open("lead", lead["id"])
    qtbot.waitUntil(lambda: settled(tab), timeout=8000)
    facts = tab.sections["facts"].body.facts
    assert facts.value("id") == lead["id"]
    assert facts.value("subscription") == lead["subscription"]
    assert facts.value("converted") == fmt.when_datetime(
        datetime.fromisoformat(lead["subscribed_at"]))
    assert "converted " in tab.subtitle.text()
    assert facts.value("created_by") == (lead["created_by"] or "–")
    link = tab.sections["link"].body.link
    assert link.link() == lead["link"]
    qtbot.mouseClick(link.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == lead["link"]
    metadata = tab.sections["metadata"].body.table
    assert {metadata.item(r, 0).text(): metadata.item(r, 1).text()
            for r in range(metadata.rowCount())} == lead["metadata"]
    sub = tab.sections["subscription"]
    assert sub.state == "ready"
    stored_sub = sandbox_app.state.sandbox.store.get("subscription", lead["subscription"])
    assert sub.body.facts.value("number") == stored_sub["number"]
    qtbot.mouseClick(sub.body.open_button, Qt.MouseButton.LeftButton)
    assert window.open_tab_keys() == [f"lead:{lead['id']}",
                                      f"subscription:{lead['subscription']}"]


def test_an_open_lead_in_its_tab_says_it_is_not_converted_yet(qtbot, qloop, window,
                                                               sandbox_app):
    created = datetime.now(UTC) - timedelta(hours=1)
    lead = add_lead(sandbox_app, created, metadata={CUSTOMER_KEY: "Muster GmbH (Erika)",
                                                     INTENT_KEY: "abc"}, slug="sonnenernte")
    tab = window.open("lead", lead["id"])
    qtbot.waitUntil(lambda: settled(tab), timeout=8000)
    assert tab.state("subscription") == "empty"
    assert "Not converted yet" in tab.sections["subscription"].empty.text()
    assert tab.title_label.text() == "Lead for Muster GmbH (Erika)"
    assert tab.sections["facts"].body.facts.value("plan") == "Sonnenernte Einspeisung"
    assert tab.sections["facts"].body.facts.value("converted") == "Not yet"


def test_a_lead_id_from_anywhere_opens_the_lead_tab(qtbot, qloop, window, sandbox_app):
    window.services.tab_kinds = window.registry.tab_kinds  # as the session sets it
    lead = next(x for x in stored_leads(sandbox_app) if x["subscription"])
    window.search_view.query.setText(lead["id"])
    qtbot.keyClick(window.search_view.query, Qt.Key.Key_Return)
    # Its own tab, no longer the subscription it converted into.
    qtbot.waitUntil(lambda: window.open_tab_keys() == [f"lead:{lead['id']}"], timeout=8000)
