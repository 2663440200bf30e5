"""Sign-in with a connection profile: keyring for the secret, session-only without one."""

import json

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from nomos_desk.ui.profiles import KEYRING_SERVICE
from nomos_desk.ui.session import AppController

from .fakes import fake_registry
from .session_helpers import fill_and_sign_in, wait_for_dialog, wait_for_window


@pytest.fixture
def controller(qloop, qtbot, app_paths, app_settings, network):
    controller = AppController(app_paths, app_settings, registry=fake_registry(), transport_factory=lambda p: network)
    run = qloop.create_task(controller.run())
    controller.run_task = run
    yield controller
    controller.request_quit()
    if controller.dialog is not None:
        controller.dialog.reject()
    qtbot.waitUntil(run.done, timeout=5000)
    if controller.window is not None:
        controller.window.deleteLater()


def test_sign_in_stores_secret_in_keyring_only(qtbot, controller, memory_keyring, app_paths):
    dialog = wait_for_dialog(qtbot, controller)
    assert "keyring" in dialog.secret_note.text()
    assert dialog.first_run_hint.isVisible()  # a first start says what the empty form is for
    fill_and_sign_in(qtbot, dialog)
    window = wait_for_window(qtbot, controller)

    profile = controller.services.profile
    assert profile.name == "Stadtwerk test" and profile.client_id == "sandbox-rw"
    assert memory_keyring.store[(KEYRING_SERVICE, profile.id)] == "sandbox"
    saved = json.loads(app_paths.profiles_file.read_text())
    assert saved == [{"name": "Stadtwerk test", "base_url": "http://127.0.0.1:9",
                      "client_id": "sandbox-rw", "api_version": "2026-05-27.curie", "id": profile.id}]
    for path in app_paths.config_dir.rglob("*"):
        if path.is_file():
            assert "=sandbox\n" not in path.read_text() and '"sandbox"' not in path.read_text()
    assert window.status_bar.profile_label.text() == "Stadtwerk test"
    assert window.status_bar.scope_badge.text() == "Read & write"
    assert window.status_bar.version_label.text() == "API 2026-05-27.curie"
    assert controller.services.gate.can_write


def test_wrong_secret_is_shown_at_the_field_and_input_kept(qtbot, controller, memory_keyring):
    dialog = wait_for_dialog(qtbot, controller)
    fill_and_sign_in(qtbot, dialog, secret="wrong")
    qtbot.waitUntil(lambda: dialog.fields.message("secret") is not None)
    assert "did not accept" in dialog.fields.message("secret")
    assert dialog.banner.isVisible() and dialog.isVisible()
    assert dialog.client_id.text() == "sandbox-rw" and dialog.name.text() == "Stadtwerk test"
    assert memory_keyring.store == {}
    assert controller.window is None

    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, "sandbox")
    assert dialog.fields.message("secret") is None  # typing clears the message
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    wait_for_window(qtbot, controller)


def test_local_checks_before_any_request(qtbot, controller, memory_keyring, network):
    dialog = wait_for_dialog(qtbot, controller)
    before = network.requests
    fill_and_sign_in(qtbot, dialog, name="", base_url="http://nomos.example.com", client_id="", secret="")
    assert dialog.fields.message("name")
    assert "https" in dialog.fields.message("base_url")
    assert dialog.fields.message("client_id") and dialog.fields.message("secret")
    assert network.requests == before


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # what this machine has: no backend at all
    yield
    keyring.set_keyring(previous)


def test_without_keyring_the_secret_lives_for_the_session_only(qtbot, no_keyring, controller):
    dialog = wait_for_dialog(qtbot, controller)
    assert "session only" in dialog.secret_note.text()
    fill_and_sign_in(qtbot, dialog)
    wait_for_window(qtbot, controller)
    profile_id = controller.services.profile.id
    assert controller.secrets.persistent() is False
    assert controller.secrets.get(profile_id) == "sandbox"


def test_read_only_profile_shows_badge(qtbot, controller, memory_keyring):
    dialog = wait_for_dialog(qtbot, controller)
    fill_and_sign_in(qtbot, dialog, client_id="sandbox-ro")
    window = wait_for_window(qtbot, controller)
    assert window.status_bar.scope_badge.text() == "READ-ONLY"
    assert "read-only" in window.windowTitle()
    button = window.search_view.order_button
    assert not button.isEnabled() and "write:*" in button.toolTip()


def test_quit_while_the_sign_in_dialog_is_open(qtbot, controller):
    wait_for_dialog(qtbot, controller)
    controller.request_quit()  # e.g. SIGTERM or the session manager logging out
    qtbot.waitUntil(controller.run_task.done, timeout=5000)
    assert controller.run_task.result() == 0
    assert controller.dialog is None and controller.window is None


def test_unknown_api_version_is_shown_at_its_field(qtbot, controller, memory_keyring):
    dialog = wait_for_dialog(qtbot, controller)
    dialog.api_version.setCurrentText("2030-01-01.future")
    fill_and_sign_in(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.fields.message("api_version") is not None)
    assert "2030-01-01.future" in dialog.fields.message("api_version")
    assert dialog.fields.message("base_url") is None
