"""Main window: navigation, workspace tabs, shortcuts, restored geometry and tabs."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from nomos_desk.ui.main_window import TABS, MainWindow
from nomos_desk.ui.registry import SEARCH
from nomos_desk.ui.settings import AppSettings
from nomos_desk.ui.settings_dialog import SettingsDialog

from .fakes import fake_registry


@pytest.fixture
def window(qloop, qtbot, services_factory, app_settings):
    window = MainWindow(app_settings, fake_registry())
    qtbot.addWidget(window)
    services = services_factory(sink=window)
    window.set_session(services)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def nav_titles(window):
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_search_first_and_no_empty_workspace_page(window):
    assert nav_titles(window) == ["Search"]
    assert window.current_page() == SEARCH
    assert window.stack.currentWidget() is window.search_view


def test_open_requested_opens_one_tab_per_record(qtbot, window):
    window.search_view.open_requested.emit("subscription", "sub_1")
    assert window.current_page() == TABS
    assert window.tabs.tabText(0) == "Subscription sub_1"
    window.search_view.open_requested.emit("subscription", "sub_2")
    window.search_view.open_requested.emit("subscription", "sub_1")  # already open: focus it
    window.search_view.open_requested.emit("customer", "cus_1")  # another kind, its own tab
    assert window.open_tab_keys() == ["subscription:sub_1", "subscription:sub_2", "customer:cus_1"]
    assert window.tabs.tabText(2) == "Customer cus_1"
    window.search_view.open_requested.emit("subscription", "sub_1")
    assert window.tabs.currentIndex() == 0
    assert nav_titles(window) == ["Search", "Open records (3)"]


def test_links_inside_a_tab_open_through_the_frame(qtbot, window):
    tab = window.open("customer", "cus_1")
    tab.open_requested.emit("subscription", "sub_9")
    assert window.open_tab_keys() == ["customer:cus_1", "subscription:sub_9"]
    assert window.tabs.currentIndex() == 1


def test_a_kind_without_a_tab_says_so_plainly(qtbot, window):
    window.search_view.open_requested.emit("meter_order", "prdo_1")
    assert window.tabs.count() == 0 and window.current_page() == SEARCH
    assert window.error_banner.isVisible()
    text = window.error_banner.message.text()
    assert "meter order" in text and "prdo_1" in text
    assert window.error_banner.title.text() == "Note"  # information, not an error


def test_ctrl_w_closes_tab_and_last_tab_returns_to_search(qtbot, window):
    window.open("subscription", "sub_1")
    workspace = window.tabs.widget(0)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert workspace.closed  # its closeEvent ran: that is where it cancels its tasks
    assert window.tabs.count() == 0
    assert nav_titles(window) == ["Search"]
    assert window.current_page() == SEARCH


def test_f5_refreshes_the_current_view(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.search_view.refreshes == 1
    workspace = window.open("subscription", "sub_1")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert workspace.refreshes == 1 and window.search_view.refreshes == 1
    qtbot.waitUntil(lambda: window.search_view.loaded == ["5 plans"])
    assert window.status_bar.refresh_label.text().startswith("Last refresh")


def test_ctrl_k_goes_to_search_and_focuses_it(qtbot, window):
    window.open("subscription", "sub_1")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == SEARCH
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_view.query)


def test_navigation_by_clicking(qtbot, window):
    window.open("subscription", "sub_1")
    window.nav.setCurrentRow(0)
    assert window.stack.currentWidget() is window.search_view
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.tabs


def test_geometry_and_tabs_restored_for_the_profile(qtbot, qloop, window, app_paths, services_factory):
    window.resize(700, 500)
    window.open("subscription", "sub_a")
    window.open("customer", "cus_b")
    window.close()

    settings = AppSettings(app_paths.settings_file)  # a fresh start reads the file again
    again = MainWindow(settings, fake_registry())
    qtbot.addWidget(again)
    services = services_factory(sink=again)
    again.set_session(services)
    assert again.size().width() == 700 and again.size().height() == 500
    assert again.open_tab_keys() == ["subscription:sub_a", "customer:cus_b"]
    assert again.current_page() == SEARCH  # restored quietly; search stays in front


def test_settings_dialog_applies_dark_theme(qtbot, window, app_settings):
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    theme = dialog.editors["theme"]
    theme.setCurrentIndex(theme.findData("dark"))
    dialog.editors["request_timeout_seconds"].setValue(15)
    dialog.accept()
    assert app_settings.value("theme") == "dark"
    assert app_settings.value("request_timeout_seconds") == 15
    assert QApplication.palette().window().color().lightness() < 128
    app_settings.set_value("theme", "light")
    assert QApplication.palette().window().color().lightness() > 128


@pytest.mark.parametrize("mode", ["system", "light", "dark"])
def test_secondary_text_is_readable_in_every_theme(qtbot, window, mode):
    """Hints (like why ordering is off) were disabled labels: #bebebe on #efefef."""
    from PySide6.QtGui import QPalette

    from nomos_desk.ui.theme import apply_theme, contrast
    apply_theme(QApplication.instance(), mode)
    try:
        palette = QApplication.palette()
        assert contrast(palette.color(QPalette.ColorRole.PlaceholderText),
                        palette.color(QPalette.ColorRole.Window)) >= 4.5
        dialog = window.open_settings()
        hints = [w for w in dialog.findChildren(QWidget)
                 if w.foregroundRole() == QPalette.ColorRole.PlaceholderText]
        assert hints and all(h.isEnabled() for h in hints)  # readable, not "unavailable"
        dialog.close()
    finally:
        apply_theme(QApplication.instance(), "light")


def test_signed_in_window_starts_with_the_cursor_in_the_search(qtbot, window):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_view.query)


def test_tabs_saved_before_tabs_had_kinds_come_back_as_subscriptions(qtbot, window, app_settings):
    profile_id = window.services.profile.id
    services = window.services
    window.clear_session()
    app_settings.qsettings.setValue(f"tabs/{profile_id}", ["sub_old", "customer:cus_1", ":", ""])
    window.set_session(services)
    assert window.open_tab_keys() == ["subscription:sub_old", "customer:cus_1"]


def test_window_title_says_read_only_once(qtbot, qloop, services_factory, app_settings):
    from nomos_desk.ui.demo import READ_ONLY_CLIENT, demo_profile

    window = MainWindow(app_settings, fake_registry(), demo=True)
    qtbot.addWidget(window)
    services = services_factory("sandbox-ro", sink=window)
    services.profile = demo_profile("http://127.0.0.1:9", READ_ONLY_CLIENT)
    window.set_session(services)
    assert window.windowTitle().count("read-only") == 1
