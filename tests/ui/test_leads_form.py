"""The lead form over the sandbox: a whole lead with its live quote, local checks, Nomos's
field errors beside their inputs, a form that survives failures and restarts, the gate."""

from __future__ import annotations

import asyncio
import json
import os
import stat
from urllib.parse import parse_qs

import httpx
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from nomos_desk.domain import leads as L
from nomos_desk.domain.berlin import months_later
from nomos_desk.ui.leads.form import today
from nomos_desk.ui.leads.new_lead import DRAFT_FILE
from nomos_desk.ui.leads.submit import CREATED, INVALID, NOT_CREATED

from .leads_kit import (
    VALID_IBAN,
    choose_plan,
    click_create,
    fill,
    lead_posts,
    leads_with_intent,
    open_page,
    type_into,
    wait_outcome,
)


@pytest.fixture
def services(services_factory):
    return services_factory()


def quote_requests(app):
    return [r for r in app.state.sandbox.request_log if r["path"].endswith("/quote")]


def test_a_whole_lead_with_its_quote_and_link(qtbot, qloop, qrun, services, sandbox_app):
    page = open_page(qtbot, services)
    new, form = page.new_lead, page.new_lead.form
    opened = []
    page.open_requested.connect(lambda kind, record: opened.append((kind, record)))
    start = months_later(today(), 2)
    fill(qtbot, page, customer_type="company", company_name="Bäckerei Sonnenschein GmbH",
         meter_type="smart", meter_number="1ESY1160512345", start="on_date", start_date=start,
         created_by="vertrieb@brand.example")
    qtbot.keyClicks(form.supplier.edit, "Kiel")
    qtbot.waitUntil(lambda: form.supplier.model.rowCount() > 0, timeout=5000)
    partner = form.supplier.model.item(0).data(Qt.ItemDataRole.UserRole + 2)
    form.supplier.pick(partner)
    form.sepa.setChecked(True)
    type_into(qtbot, form.iban, VALID_IBAN)
    type_into(qtbot, form.account_holder, "Erika Mustermann")
    form.metadata.set_pairs([("utm_source", "flyer")])
    form.metadata.changed.emit()

    quote = new.quote
    qtbot.waitUntil(lambda: quote.quote is not None and quote.shown == new.quote_ask()[0],
                    timeout=5000)
    plan_id = form.plan_id()
    expected = qrun(services.client.get_quote(plan_id, "10115", 3500, "smart"))
    assert quote.quote.amount == expected.amount
    assert quote.amount.text() == f"€{expected.amount:.2f}"
    groups = [quote.tree.topLevelItem(i) for i in range(quote.tree.topLevelItemCount())]
    assert [g.text(0) for g in groups] == ["Monthly fees", "Usage: 292 kWh"]
    kinds = {groups[i].child(c).text(1) for i in range(2) for c in range(groups[i].childCount())}
    assert kinds == {"Base fee", "Grid", "Metering", "Energy", "Levies and taxes"}
    assert groups[0].child(0).text(0) == "Grundgebühr"  # Nomos's own names, as it sends them

    click_create(qtbot, page)
    outcome = wait_outcome(qtbot, page, CREATED)
    lead = outcome.lead
    assert new.result.isVisible() and new.link.link() == lead.link
    qtbot.mouseClick(new.link.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == lead.link
    assert new.link.open_button.isEnabled()
    assert opened == [("lead", lead.id)]  # the lead opens in its own tab
    assert not new.create_button.isEnabled() and new.new_button.isVisible()

    stored = leads_with_intent(sandbox_app, lead.metadata[L.INTENT_KEY])
    assert len(stored) == 1 and stored[0]["id"] == lead.id
    sent = stored[0]["_sandbox"]["request"]
    assert sent["customer"] == {"type": "company", "first_name": "Erika",
                                "last_name": "Mustermann", "email": "erika@example.org",
                                "company_name": "Bäckerei Sonnenschein GmbH"}
    assert sent["address"] == {"zip": "10115", "street": "Torstraße", "house_number": "119",
                               "city": "Berlin"}
    assert sent["meter"] == {"estimated_usage": 3500, "type": "smart",
                             "number": "1ESY1160512345"}
    assert sent["previous_supplier"] == partner.id and "Kiel" in partner.name
    assert sent["next_possible_start"] is False
    assert sent["intended_start_date"] == start.isoformat()
    assert sent["change_reason"] == "supplier_change"
    assert sent["payment_method"] == {"type": "sepa_debit", "sepa_debit": {
        "iban": VALID_IBAN, "account_holder": "Erika Mustermann"}}
    assert sent["created_by"] == "vertrieb@brand.example"
    assert sent["metadata"]["utm_source"] == "flyer"
    assert sent["metadata"][L.CUSTOMER_KEY] == "Bäckerei Sonnenschein GmbH (Erika Mustermann)"

    qtbot.mouseClick(new.new_button, Qt.MouseButton.LeftButton)
    assert form.first_name.text() == "" and form.plan_id() == plan_id
    assert form.created_by.text() == "vertrieb@brand.example"  # prefilled for the next one
    assert new.create_button.isEnabled() and not new.result.isVisible()


def test_the_quote_follows_the_inputs_and_drops_stale_answers(qtbot, qloop, services,
                                                               sandbox_app, network):
    page = open_page(qtbot, services)
    new, form = page.new_lead, page.new_lead.form
    fill(qtbot, page)
    qtbot.waitUntil(lambda: new.quote.quote is not None, timeout=5000)
    first = new.quote.quote.amount
    before = len(quote_requests(sandbox_app))

    for value in (4000, 4500, 5000, 5500):  # typed in a burst: one request after the pause
        form.usage.setValue(value)
    qtbot.waitUntil(lambda: new.quote.shown is not None and new.quote.shown.usage == 5500,
                    timeout=5000)
    assert len(quote_requests(sandbox_app)) == before + 1
    assert new.quote.quote.amount > first

    # A slow answer for 6000 kWh, overtaken by 2000 kWh: the old one never shows.
    inner = network.handle_async_request
    release = asyncio.Event()

    async def slow_first(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/quote") and "usage=6000" in str(request.url):
            await release.wait()
        return await inner(request)

    network.handle_async_request = slow_first
    form.usage.setValue(6000)
    qtbot.waitUntil(lambda: new.quote.requests == 3, timeout=5000)
    form.usage.setValue(2000)
    release.set()
    qtbot.waitUntil(lambda: new.quote.shown is not None and new.quote.shown.usage == 2000,
                    timeout=5000)
    qtbot.wait(100)
    assert new.quote.shown.usage == 2000 and "2,000 kWh" in new.quote.caption.text()

    new.quote.module.setCurrentIndex(new.quote.module.findData(L.MODULE_1))
    qtbot.waitUntil(lambda: new.quote.shown is not None and new.quote.shown.module_1 is True,
                    timeout=5000)
    query = parse_qs(quote_requests(sandbox_app)[-1]["query"])
    assert query["14a_module_1"] == ["true"] and query["usage"] == ["2000"]
    names = [new.quote.tree.topLevelItem(0).child(c).text(0)
             for c in range(new.quote.tree.topLevelItem(0).childCount())]
    assert any("§14a EnWG Modul 1" in n for n in names)


def test_a_quote_that_cannot_be_made_says_why(qtbot, qloop, services, sandbox_app, network):
    page = open_page(qtbot, services)
    new, form = page.new_lead, page.new_lead.form
    status = new.quote.status
    assert "Choose a plan" in status.text()
    choose_plan(form, "Flux Dynamisch")
    assert "zip code" in status.text()
    type_into(qtbot, form.zip, "10115")
    assert "yearly usage" in status.text()
    form.usage.setValue(60000)
    assert "up to 50,000 kWh" in status.text()
    assert quote_requests(sandbox_app) == []  # nothing Nomos would refuse is asked

    inner = network.handle_async_request

    async def refuse(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/quote"):
            body = {"code": "BAD_REQUEST", "message": "No grid operator for this zip code",
                    "requestId": "req_q1", "errors": [{"code": "unserviceable_zip",
                                                      "field": "zip_code", "message": "x"}]}
            return httpx.Response(400, content=json.dumps(body).encode(),
                                  headers={"content-type": "application/json"})
        return await inner(request)

    network.handle_async_request = refuse
    form.usage.setValue(3500)
    qtbot.waitUntil(lambda: "No quote" in status.text(), timeout=5000)
    assert "No grid operator for this zip code" in status.text() and "req_q1" in status.text()
    assert new.quote.amount.text() == "–" and new.quote.tree.topLevelItemCount() == 0


def test_local_checks_stop_the_lead_before_it_is_sent(qtbot, qloop, services, sandbox_app):
    page = open_page(qtbot, services)
    new, form = page.new_lead, page.new_lead.form
    fill(qtbot, page, zip_code="1011", usage=99, start="on_date", start_date=today(),
         created_by="me@")
    form.sepa.setChecked(True)
    type_into(qtbot, form.iban, "DE89370400440532013001")  # one digit off
    form.iban.editingFinished.emit()
    assert "check digits" in form.errors.message("payment_method.sepa_debit.iban")
    assert form.iban.text() == "DE89 3704 0044 0532 0130 01"  # grouped for reading back
    click_create(qtbot, page)
    errors = form.errors
    assert errors.message("address.zip") == "A German zip code has five digits."
    assert errors.message("meter.estimated_usage") == "At least 100 kWh a year."
    assert errors.message("intended_start_date") == "The start must lie after today."
    assert "check digits" in errors.message("payment_method.sepa_debit.iban")
    assert errors.message("payment_method.sepa_debit.account_holder") == "Required."
    assert errors.message("created_by").startswith("This is not an email address")
    assert "6 inputs need a look" in new.note.text()
    assert form.zip.hasFocus() or form.zip.property("invalid") is True
    assert lead_posts(sandbox_app) == []
    type_into(qtbot, form.zip, "10115")  # typing clears that input's message, nothing else
    assert errors.message("address.zip") is None and errors.message("meter.estimated_usage")


def test_feed_in_rules_are_said_and_checked(qtbot, qloop, services, sandbox_app):
    page = open_page(qtbot, services)
    new, form = page.new_lead, page.new_lead.form
    fill(qtbot, page, plan="Sonnenernte", usage=4000)
    assert "smart meter" in form.plan_note.text() and "2026-05-27.curie" in form.plan_note.text()
    assert form.errors.message("meter.type") == "A feed-in plan needs a smart meter (iMSys)."
    assert not form.supplier.isVisibleTo(form)  # no previous supplier for feed-in
    assert new.quote.tax_exempt.isVisibleTo(new.quote)
    assert not new.quote.module.isVisibleTo(new.quote)
    earliest = L.earliest_feed_in_start(today())
    form.start.setCurrentIndex(form.start.findData("on_date"))
    form.start_date.setDate(QDate(earliest.year, earliest.month, 2))
    click_create(qtbot, page)
    assert "first day of a month" in form.errors.message("intended_start_date")
    assert form.errors.message("meter.type")
    assert lead_posts(sandbox_app) == []

    form.meter_type.setCurrentIndex(form.meter_type.findData("smart"))
    assert form.errors.message("meter.type") is None
    form.start_date.setDate(QDate(earliest.year, earliest.month, earliest.day))
    new.quote.tax_exempt.setChecked(True)
    qtbot.waitUntil(lambda: new.quote.shown is not None and new.quote.shown.tax_exempt is True,
                    timeout=5000)
    assert "without VAT" in new.quote.caption.text()
    click_create(qtbot, page)
    lead = wait_outcome(qtbot, page, CREATED).lead
    sent = leads_with_intent(sandbox_app, lead.metadata[L.INTENT_KEY])[0]["_sandbox"]["request"]
    assert sent["meter"]["type"] == "smart" and "previous_supplier" not in sent
    assert sent["intended_start_date"] == earliest.isoformat()


def test_nomos_field_errors_land_beside_their_inputs(qtbot, qloop, services, sandbox_app):
    page = open_page(qtbot, services)
    new, form = page.new_lead, page.new_lead.form
    fill(qtbot, page)
    long_name = "Sonnenschein" * 9  # 108 characters: Nomos takes at most 100
    type_into(qtbot, form.first_name, long_name)
    type_into(qtbot, form.last_name, long_name)
    click_create(qtbot, page)
    outcome = wait_outcome(qtbot, page, INVALID)
    assert lead_posts(sandbox_app)[-1]["status"] == 400
    assert "<=100 characters" in form.errors.message("customer.first_name")
    assert "<=100 characters" in form.errors.message("customer.last_name")
    assert form.errors.message("address.zip") is None
    assert "nothing was created" in new.note.text() and outcome.may_resend
    assert form.first_name.text() == long_name and form.zip.text() == "10115"  # all kept
    assert new.create_button.isEnabled()
    type_into(qtbot, form.first_name, "Erika")
    type_into(qtbot, form.last_name, "Mustermann")
    assert form.errors.message("customer.first_name") is None
    click_create(qtbot, page)
    wait_outcome(qtbot, page, CREATED)


def test_the_form_survives_a_failure_and_a_restart(qtbot, qloop, services, sandbox_app,
                                                   network):
    page = open_page(qtbot, services)
    form = page.new_lead.form
    fill(qtbot, page, meter_number="1ESY1160512345", created_by="vertrieb@brand.example")
    form.sepa.setChecked(True)
    type_into(qtbot, form.iban, VALID_IBAN)
    type_into(qtbot, form.account_holder, "Erika Mustermann")
    form.metadata.set_pairs([("partner_id", "P-4711")])
    page.new_lead.quote.module.setCurrentIndex(2)  # §14a module 2 for the quote
    config = sandbox_app.state.sandbox.config
    config.fault_rate, config.fault_after_write = 1.0, 0.0  # every request fails, nothing lands
    inner = network.handle_async_request

    async def heal_after_post(request: httpx.Request) -> httpx.Response:
        try:
            return await inner(request)
        finally:
            if request.method == "POST" and request.url.path == "/leads":
                config.fault_rate = 0.0  # the looks that follow get real answers

    network.handle_async_request = heal_after_post
    click_create(qtbot, page)
    wait_outcome(qtbot, page, NOT_CREATED)
    typed = form.value()
    assert typed.iban == VALID_IBAN and typed.first_name == "Erika"
    assert typed.metadata == [("partner_id", "P-4711")]

    page.close_view()  # the window closes: the draft is on disk, without the IBAN
    path = services.data_dir / DRAFT_FILE
    text = path.read_text("utf-8")
    assert "Mustermann" in text and "DE89" not in text and "3704" not in text
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    again = open_page(qtbot, services)
    back = again.new_lead.form.value()
    assert (back.first_name, back.zip, back.usage_kwh, back.meter_number, back.plan_id) == (
        "Erika", "10115", 3500, "1ESY1160512345", typed.plan_id)
    assert back.account_holder == "Erika Mustermann" and back.sepa and back.iban == ""
    assert back.metadata == [("partner_id", "P-4711")]
    assert back.created_by == "vertrieb@brand.example"
    assert again.new_lead.quote.module_choice() == L.MODULE_2
    assert again.new_lead.form.iban_note.isVisibleTo(again.new_lead.form)
    assert "ask for it again" in again.new_lead.form.iban_note.text()


def test_read_only_sign_in_disables_create_and_sends_nothing(qtbot, qloop, services_factory,
                                                            sandbox_app):
    services = services_factory("sandbox-ro")
    page = open_page(qtbot, services)
    new = page.new_lead
    fill(qtbot, page)
    button = new.create_button
    assert not button.isEnabled()
    assert "read-only" in button.toolTip() and "write:*" in button.toolTip()
    assert new.hint.isVisibleTo(page) and "Read-only" in new.hint.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    new.send()  # Ctrl+Enter goes the same way
    qtbot.waitUntil(lambda: new.quote.quote is not None, timeout=5000)  # reading still works
    assert lead_posts(sandbox_app) == [] and new.outcome is None


def test_suppliers_are_looked_up_after_a_pause_and_stale_lookups_dropped(
        qtbot, qloop, services, sandbox_app):
    page = open_page(qtbot, services)
    form = page.new_lead.form
    picker = form.supplier
    qtbot.keyClicks(picker.edit, "Stadtwerke")  # ten keys, one lookup after the pause
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=5000)
    lookups = [r for r in sandbox_app.state.sandbox.request_log
               if r["path"] == "/market-partners"]
    assert len(lookups) == 1 and picker.lookups == 1
    assert parse_qs(lookups[0]["query"])["filter[name][contains]"] == ["Stadtwerke"]
    names = [picker.model.item(r).data(Qt.ItemDataRole.UserRole + 1)
             for r in range(picker.model.rowCount())]
    assert names and all("Stadtwerke" in n for n in names)
    assert picker.supplier_id == "" and "pick one" in picker.info.text()
    click_create(qtbot, page)  # typed but not picked: said beside the field
    assert "Pick the previous supplier" in form.errors.message("previous_supplier")

    qtbot.keyClicks(picker.edit, " Kiel AG")  # the exact name: picked by itself
    qtbot.waitUntil(lambda: picker.supplier_id != "", timeout=5000)
    assert picker.name() == "Stadtwerke Kiel AG" and "BDEW" in picker.info.text()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)  # edited again: no longer the partner
    assert picker.supplier_id == ""
    form.change_reason.setCurrentIndex(form.change_reason.findData("move_in"))
    assert not picker.isVisibleTo(form)  # a move-in has no previous supplier


def test_a_marked_input_is_drawn_with_the_red_border(qtbot, qloop, services):
    """FieldErrors marks an input with a property the style sheet reads; Qt reads it only
    when the input is polished again."""
    from PySide6.QtWidgets import QApplication

    from nomos_desk.ui.theme import apply_theme
    apply_theme(QApplication.instance(), "light")
    try:
        page = open_page(qtbot, services)
        form = page.new_lead.form
        type_into(qtbot, form.zip, "123")
        form.zip.editingFinished.emit()
        qtbot.wait(20)
        image = form.zip.grab().toImage()
        assert image.pixelColor(0, image.height() // 2).name() == "#d9534f"
        type_into(qtbot, form.zip, "12345")
        qtbot.wait(20)
        image = form.zip.grab().toImage()
        assert image.pixelColor(0, image.height() // 2).name() != "#d9534f"
    finally:
        apply_theme(QApplication.instance(), "light")
