"""German and English: formats through QLocale, plural forms, the switch in the settings,
and a walk through every page, tab kind and dialog in German that fails on English left over.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication

from nomos_desk.index.sync import SyncProgress
from nomos_desk.ui import fmt
from nomos_desk.ui.i18n import resolve, stretch
from nomos_desk.ui.main_window import MainWindow
from nomos_desk.ui.registry import default_registry
from nomos_desk.ui.search.text import progress_text
from nomos_desk.ui.settings_dialog import SettingsDialog

from .i18n_helpers import english_left_over, menu_texts, visible_texts
from .session_helpers import wait_for_confirmation
from .test_workspace import add_order, add_reading, add_reduction, make_case


def test_numbers_dates_and_money_in_german(german):
    assert fmt.money(1234.56) == "1.234,56\u00a0€"
    assert fmt.day(date(2026, 12, 1)) == "01.12.2026"
    assert fmt.kwh(12345.6, 1) == "12.345,6 kWh"
    assert fmt.when_datetime(datetime(2026, 7, 1, 6, 30, tzinfo=UTC), with_time=True) == \
        "01.07.2026 08:30"  # Berlin summer time


def test_numbers_dates_and_money_in_english():
    assert fmt.money(1234.56) == "€1,234.56"
    assert fmt.day(date(2026, 12, 1)) == "12/1/2026"
    assert fmt.kwh(12345.6, 1) == "12,345.6 kWh"


def test_plural_forms_in_both_languages(german):
    one = SyncProgress(full=False, phase="done", customers=1, subscriptions=2)
    many = SyncProgress(full=True, phase="done", customers=2178, subscriptions=1)
    assert progress_text(one) == "Index aktuell: 1 Kunde, 2 Verträge geändert."
    assert progress_text(many) == "Index aufgebaut: 2.178 Kunden, 1 Vertrag erfasst."
    german.apply("en")
    assert progress_text(one) == "Index up to date: 1 customer, 2 subscriptions changed."
    assert progress_text(many) == "Index built: 2,178 customers, 1 subscription indexed."


def test_api_values_through_translated_tables_unknown_ones_raw(german):
    assert fmt.word("active") == "Aktiv"
    assert fmt.word("enwg-14a-module-3", fmt.GFR_TYPES) == "§14a EnWG Modul 3 (zeitvariabel)"
    assert fmt.word("invented_by_nomos_later") == "invented_by_nomos_later"
    assert fmt.order_status("Installation scheduled") == "Einbau terminiert"
    assert fmt.order_status("A status no table knows") == "A status no table knows"


def test_the_system_language_decides_until_one_is_chosen():
    from PySide6.QtCore import QLocale
    assert resolve("system", QLocale(QLocale.Language.German, QLocale.Country.Austria)).code == "de"
    assert resolve("system", QLocale(QLocale.Language.French, QLocale.Country.France)).code == "en"
    assert resolve("de").locale.language() == QLocale.Language.German


def test_pseudo_language_stretches_every_text(translations):
    assert stretch("Sign in") == "[Sign in~~~]"
    assert stretch("a\nb") == "[a~\nb]"
    translations.apply("pseudo")
    try:
        text = QCoreApplication.translate("Menus", "Search")
        assert text.startswith("[Search") and text.endswith("]") and len(text) > len("Search") * 1.3
    finally:
        translations.apply("en")


def test_every_screen_speaks_german(qtbot, qloop, qrun, german, services_factory, app_settings,
                                    sandbox_app):
    sub = make_case(sandbox_app, company=True)
    add_order(sandbox_app, sub)
    add_reading(sandbox_app, sub, 1234.5, "01-15")
    add_reduction(sandbox_app, sub)
    window = MainWindow(app_settings, default_registry(), demo=True, translations=german)
    qtbot.addWidget(window)
    services = services_factory(sink=window)
    window.set_session(services)
    window.resize(1280, 800)
    window.show()
    search = window.search_view
    qtbot.waitUntil(lambda: "Index aufgebaut" in search.sync_label.text(), timeout=30000)
    search.query.setText("Sonnenschein")
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=5000)
    leftovers = english_left_over(visible_texts(window) + menu_texts(window))

    tab = window.open("subscription", sub["id"])
    qtbot.waitUntil(lambda: all(s.state in ("ready", "empty") for s in tab.sections.values()),
                    timeout=10000)
    leftovers += english_left_over(visible_texts(window))
    customer = window.open("customer", sub["customer"])
    qtbot.waitUntil(lambda: all(s.state in ("ready", "empty")
                                for s in customer.sections.values()), timeout=10000)
    leftovers += english_left_over(visible_texts(window))

    dialog = window.open_settings()
    leftovers += english_left_over(visible_texts(dialog))
    dialog.reject()
    window.menus.sign_out_action.trigger()
    box = wait_for_confirmation(qtbot, window)
    leftovers += english_left_over(visible_texts(box))
    box.reject()
    assert not leftovers, "English left in the German UI:\n" + "\n".join(sorted(set(leftovers)))


def test_switching_the_language_in_the_settings(qtbot, qloop, translations, services_factory,
                                                app_settings):
    window = MainWindow(app_settings, default_registry(), translations=translations)
    qtbot.addWidget(window)
    services = services_factory(sink=window)
    window.set_session(services)
    window.open("customer", "cus_missing")
    assert window.menuBar().actions()[0].text() == "&File"
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    language = dialog.editors["language"]
    language.setCurrentIndex(language.findData("de"))
    dialog.accept()
    assert app_settings.value("language") == "de"
    assert window.menuBar().actions()[0].text() == "&Datei"
    assert window.nav.item(0).text() == "Suche"
    assert window.open_tab_keys() == ["customer:cus_missing"]  # tabs are rebuilt, not lost
    assert window.search_view.sync_button.text() == "Jetzt abgleichen"
    app_settings.set_value("language", "en")
    assert window.menuBar().actions()[0].text() == "&File"
