"""The invoice screens in German: a walk that fails on English left over, and the
German formats of money, months and the check's verdict."""

from __future__ import annotations

from nomos_desk.ui.main_window import MainWindow
from nomos_desk.ui.registry import default_registry

from .i18n_helpers import english_left_over, visible_texts
from .invoice_helpers import SETTLED, invoice_of


def settle(qtbot, tab):
    qtbot.waitUntil(lambda: all(s.state in SETTLED for s in tab.sections.values()),
                    timeout=15000)
    qtbot.waitUntil(lambda: tab.document.state not in ("waiting", "downloading"), timeout=10000)


def test_invoice_screens_speak_german(qtbot, qloop, german, services_factory,  # noqa: F811
                                      app_settings, sandbox_app):
    registry = default_registry()
    window = MainWindow(app_settings, registry, demo=True, translations=german)
    qtbot.addWidget(window)
    services = services_factory(sink=window)
    services.tab_kinds = registry.tab_kinds
    window.set_session(services)
    window.resize(1280, 800)
    window.show()
    window.show_page("invoices")
    page = window.pages["invoices"]
    qtbot.waitUntil(lambda: page.list.model.rowCount() > 0, timeout=10000)
    filters = page.list.filters
    filters.period.setCurrentIndex(filters.period.findData("custom"))
    qtbot.waitUntil(lambda: page.list.model.rowCount() > 0 or page.list.model.done,
                    timeout=10000)
    leftovers = english_left_over(visible_texts(window))
    assert page.list.summary.text().startswith(("1 Rechnung", "2 Rechnungen", "50 Rechnungen"))

    smart = invoice_of(sandbox_app, meter="smart", pricing="dynamic")
    cases = [smart, invoice_of(sandbox_app, meter="analog", pricing="dynamic"),
             invoice_of(sandbox_app, type="prepayment"), invoice_of(sandbox_app, type="void"),
             invoice_of(sandbox_app, sub_status="ended")]
    for case in cases:
        tab = window.open("invoice", case["id"])
        settle(qtbot, tab)
        leftovers += english_left_over(visible_texts(window))
    first = window.open("invoice", smart["id"])
    facts = first.sections["facts"].body.facts
    assert facts.value("period") == "Oktober 2026"
    assert facts.value("total").endswith("\u00a0€") and "," in facts.value("total")
    assert first.sections["lines"].body.verdict.text().startswith("Stimmt auf den Cent")

    workspace = window.open("subscription", smart["subscription"])
    qtbot.waitUntil(lambda: workspace.state("invoices") in SETTLED, timeout=15000)
    leftovers += english_left_over(visible_texts(window))
    assert not leftovers, "English left in the German UI:\n" + "\n".join(sorted(set(leftovers)))
