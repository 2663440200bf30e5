"""About (versions and licences from the installed metadata), the shortcuts overview,
diagnostic info, the caches in Settings, and the theme following the system."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from nomos_desk import __version__
from nomos_desk.api import errors as E
from nomos_desk.ui import logs, theme
from nomos_desk.ui.about import AboutDialog, components
from nomos_desk.ui.help_menu import shortcut_rows
from nomos_desk.ui.main_window import MainWindow
from nomos_desk.ui.profiles import DEFAULT_API_VERSION
from nomos_desk.ui.settings_dialog import STORAGE, SettingsDialog

from .fakes import fake_registry

IBAN = "DE89370400440532013000"


def test_components_come_from_the_installed_metadata():
    found = {c.name.lower(): c for c in components()}
    if not found:
        pytest.skip("nomos-desk is not installed as a distribution here")
    for name in ("pyside6", "httpx", "qasync", "pyqtgraph", "keyring", "numpy", "starlette",
                 "uvicorn", "fpdf2", "platformdirs", "httpcore"):  # httpcore: transitive
        assert name in found, name
    assert "LGPL-3.0-only" in found["pyside6"].licence
    assert found["httpx"].licence == "BSD-3-Clause"
    assert "Copyright" in found["httpx"].licence_text()
    assert not {"pytest", "ruff", "mypy"} & set(found)  # the dev extra ships nowhere


def test_about_shows_versions_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"Version {__version__}" in shown
    assert f"Nomos API version {DEFAULT_API_VERSION}" in shown
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert names[:2] == ["Qt", "Python"]
    if "httpx" in names:
        dialog.table.selectRow(names.index("httpx"))
        assert "Copyright" in dialog.licence.toPlainText()
        dialog.table.selectRow(names.index("Qt"))  # its wheel ships no text: the app carries it
        assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence.toPlainText()
        dialog.table.selectRow(names.index("Python"))
        assert "PYTHON SOFTWARE FOUNDATION LICENSE" in dialog.licence.toPlainText()


@pytest.fixture
def window(qtbot, app_settings):
    window = MainWindow(app_settings, fake_registry())
    qtbot.addWidget(window)
    return window


def test_the_shortcuts_overview_lists_the_menus_keys(window):
    groups = dict(shortcut_rows(window))
    view = dict(groups["View"])
    assert view["Search"] == "Ctrl+K" and view["Close tab"] == "Ctrl+W"
    assert dict(groups["File"])["Settings"] == "Ctrl+,"
    assert "Keyboard shortcuts" in dict(groups["Help"])
    assert "Sandbox" not in groups  # hidden outside the demo


def test_rebuilt_menus_leave_no_old_actions_behind(qtbot, window, german):
    window.retranslate()  # what a language switch does
    qtbot.wait(10)  # the old menus are deleted by the event loop
    groups = dict(shortcut_rows(window))
    assert "Sonstige" not in groups, groups.get("Sonstige")  # no English copies left over
    assert dict(groups["Ansicht"])["Suche"] in ("Strg+K", "Ctrl+K")


@pytest.fixture
def recent_errors(tmp_path):
    root = logging.getLogger()
    level = root.level
    yield logs.setup(tmp_path / "logs")
    for handler in [h for h in root.handlers if getattr(h, "nomos_desk", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def test_copy_diagnostic_info(qtbot, window, services_factory, recent_errors):
    services = services_factory()
    window.set_session(services)
    logging.getLogger("nomos_desk.ui.tasks").warning(
        "task %s failed: %r", "customer.cus_1.record",
        E.ServerError(500, "INTERNAL", f"IBAN {IBAN} of jana@example.de", request_id="req_77"))

    window.menus.diagnostics_action.trigger()

    text = QGuiApplication.clipboard().text()
    assert text.startswith("Nomos Desk diagnostic info")
    assert f"Nomos Desk {__version__}" in text and "Qt " in text and "OS " in text
    assert services.profile.name in text and services.profile.base_url in text
    assert "request id req_77" in text and "customer.cus_1.record" in text
    assert "proxy = system" in text
    for secret in (IBAN, "jana@example.de", services.client._http.tokens.token.access_token):
        assert secret not in text
    window.clear_session()


def test_settings_show_and_clear_the_caches(qtbot, qrun, services_factory, network, app_settings):
    services = services_factory()
    qrun(services.plans.plans())
    services.plans.learn_smart_meter("plan_1", False, "sub_1")
    held = services.caches.sizes()["plans"]
    assert held > 100  # the plans as sent, and the learned fact on disk
    services.pdfs.put("inv_1", "paid", b"%PDF-1.7\n" + b"x" * 500)
    assert services.caches.sizes()["invoice_pdfs"] > 500

    dialog = SettingsDialog(app_settings, caches=services.caches, page=STORAGE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages.currentIndex() == dialog.pages.count() - 1
    assert dialog.cache_sizes["plans"].text() not in ("", "0 bytes")
    before = network.requests
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)

    sizes = services.caches.sizes()
    assert sizes["plans"] == 0 and sum(sizes.values()) == 0  # every cache, whoever joins
    assert services.pdfs.get("inv_1", "paid") is None
    assert dialog.cache_total.text() == "0 bytes"
    assert dialog.cleared.text().startswith("Cleared ")
    assert services.plans.smart_meter("plan_1") is None
    qrun(services.plans.plans())
    assert network.requests > before  # asked Nomos again


def test_the_theme_follows_the_system_while_set_to_system(monkeypatch):
    app = QApplication.instance()
    applied: list[str] = []
    monkeypatch.setattr(theme, "apply_theme", lambda _app, mode: applied.append(mode))
    setting = ["system"]
    theme.follow_system(app, lambda: setting[0])
    hints = app.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    setting[0] = "light"  # a fixed choice is not overridden by the system
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert applied == ["system"]
