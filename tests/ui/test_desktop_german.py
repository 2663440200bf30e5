"""The desktop dialogs in German: About, every page of Settings (with its messages), the
crash dialog, the shortcuts overview, the Help menu and the sign-in's network button."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from nomos_desk.ui.about import AboutDialog, components
from nomos_desk.ui.crash import CrashDialog
from nomos_desk.ui.help_menu import ShortcutsDialog
from nomos_desk.ui.main_window import MainWindow
from nomos_desk.ui.network import MANUAL
from nomos_desk.ui.profiles import Profile, ProfileStore, SecretStore
from nomos_desk.ui.settings_dialog import SettingsDialog
from nomos_desk.ui.signin import SignInDialog
from nomos_desk.ui.tasks import TaskRunner

from .fakes import fake_registry
from .i18n_helpers import english_left_over, menu_texts, visible_texts

# Licence expressions are identifiers (SPDX), not prose; "Profile" is German too.
LICENCES = {c.licence for c in components()}
CONTEXTS = {"AboutDialog", "CrashDialog", "SettingsDialog", "Settings", "ShortcutsDialog",
            "Help", "Menus", "Network", "Caches", "SignInDialog"}


def english_sources() -> set[str]:
    """The English texts of these dialogs whose German differs: none may show."""
    tree = ET.parse(Path(__file__).resolve().parents[2] / "resources/i18n/nomos_desk_de.ts")
    return {source for ctx in tree.getroot().iter("context") if ctx.findtext("name") in CONTEXTS
            for msg in ctx.iter("message")
            if (source := msg.findtext("source")) and msg.findtext("translation") != source
            and "%" not in source}


def assert_german(widget) -> None:
    texts = [t.replace("Profile", "Profil") for t in visible_texts(widget) if t not in LICENCES]
    leftovers = english_left_over(texts) + [t for t in texts if t in english_sources()]
    assert not leftovers, "English left in the German UI:\n" + "\n".join(leftovers)


def test_settings_pages_speak_german(qtbot, german, qrun, services_factory, app_settings,
                                     app_paths):
    services = services_factory()
    qrun(services.plans.plans())
    profiles = ProfileStore(app_paths)
    profiles.upsert(Profile(name="Stadtwerk Produktion", client_id="c1"))
    dialog = SettingsDialog(app_settings, caches=services.caches, profile=services.profile,
                            profiles=profiles.all(), manage_profiles=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.pages.tabText(i) for i in range(dialog.pages.count())] == \
        ["Allgemein", "Netzwerk", "Speicher", "Profile"]
    dialog.editors["proxy"].setCurrentIndex(dialog.editors["proxy"].findData(MANUAL))
    dialog.editors["proxy_url"].setText("http://ida:geheim@proxy.corp:3128")
    dialog.editors["ca_bundle"].setText("/nirgends/ca.pem")
    dialog.accept()  # refused: both messages show, in German
    assert "Passwort" in dialog.problems["proxy_url"].text()
    assert "gibt es nicht" in dialog.problems["ca_bundle"].text()
    dialog.clear_caches()
    assert dialog.cleared.text().endswith("freigegeben.")
    for page in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(page)
        assert_german(dialog)


def test_about_crash_and_shortcuts_speak_german(qtbot, german, app_settings):
    window = MainWindow(app_settings, fake_registry())
    qtbot.addWidget(window)
    about = AboutDialog(window)
    shortcuts = ShortcutsDialog(window)
    crash = CrashDialog(window)
    crash.add("Traceback …")
    crash.add("Traceback …")
    for dialog in (about, shortcuts, crash):
        dialog.show()
        assert_german(dialog)
    assert crash.count.text() == "2 Probleme, seit diese Meldung erschien."
    help_texts = [t for t in menu_texts(window) if t]
    assert "Diagnoseinformationen kopieren" in help_texts and "Tastenkürzel" in help_texts
    assert not english_left_over(help_texts)


def test_the_sign_in_offers_network_settings_in_german(qtbot, german, app_paths, memory_keyring):
    async def connect(profile, secret):
        raise AssertionError("not signing in here")

    dialog = SignInDialog(ProfileStore(app_paths), SecretStore(), connect, TaskRunner(),
                          network_settings=lambda parent: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.network_button.text() == "Netzwerkeinstellungen …"
    assert_german(dialog)
