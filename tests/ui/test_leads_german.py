"""The lead screens in German: the form with a quote and with field errors, the created link,
the leads list and a lead tab, with no English left over."""

from __future__ import annotations

from nomos_desk.ui import fmt
from nomos_desk.ui.leads.submit import CREATED
from nomos_desk.ui.main_window import MainWindow
from nomos_desk.ui.registry import default_registry

from .i18n_helpers import english_left_over, visible_texts
from .leads_kit import VALID_IBAN, click_create, fill, stored_leads, type_into, wait_outcome


def test_the_lead_screens_speak_german(qtbot, qloop, german, services_factory, app_settings,
                                       sandbox_app):
    window = MainWindow(app_settings, default_registry(), demo=True, translations=german)
    qtbot.addWidget(window)
    services = services_factory(sink=window)
    window.set_session(services)
    window.resize(1280, 800)
    window.show()
    window.show_page("leads")
    page = window.pages["leads"]
    new, form = page.new_lead, page.new_lead.form
    qtbot.waitUntil(lambda: form.plan.count() > 1, timeout=5000)
    assert window.nav.currentItem().text() == "Leads"
    assert page.parts.tabText(0) == "Neuer Lead" and new.create_button.text() == "Lead anlegen"
    leftovers = english_left_over(visible_texts(window))

    fill(qtbot, page, zip_code="123", usage=3500)
    form.sepa.setChecked(True)
    type_into(qtbot, form.iban, "DE89370400440532013001")
    click_create(qtbot, page)
    assert form.errors.message("address.zip") == "Eine deutsche Postleitzahl hat fünf Ziffern."
    leftovers += english_left_over(visible_texts(window))

    type_into(qtbot, form.zip, "10115")
    type_into(qtbot, form.iban, VALID_IBAN)
    type_into(qtbot, form.account_holder, "Erika Mustermann")
    qtbot.waitUntil(lambda: new.quote.quote is not None, timeout=5000)
    assert new.quote.amount.text() == fmt.money(new.quote.quote.amount)
    assert new.quote.amount.text().endswith("\u00a0€") and "," in new.quote.amount.text()
    assert "pro Monat" in new.quote.caption.text().lower() or "monat" in \
        new.quote.caption.text().lower()
    leftovers += english_left_over(visible_texts(window))

    click_create(qtbot, page)
    wait_outcome(qtbot, page, CREATED)
    page.parts.setCurrentWidget(new)
    window.show_page("leads")
    leftovers += english_left_over(visible_texts(window))

    page.parts.setCurrentWidget(page.leads)
    qtbot.waitUntil(lambda: page.leads.model.done, timeout=5000)
    leftovers += english_left_over(visible_texts(window))

    lead = next(x for x in stored_leads(sandbox_app) if x["subscription"])
    tab = window.open("lead", lead["id"])
    qtbot.waitUntil(lambda: all(s.state in ("ready", "empty") for s in tab.sections.values()),
                    timeout=8000)
    leftovers += english_left_over(visible_texts(window))
    assert not leftovers, "English left in the German UI:\n" + "\n".join(sorted(set(leftovers)))
