"""Sign-out wipes local data; closing with requests in flight exits cleanly."""

import asyncio

import pytest
from PySide6.QtCore import Qt

from nomos_desk.ui.session import AppController

from .fakes import fake_registry
from .session_helpers import (
    answer,
    fill_and_sign_in,
    running,
    wait_for_confirmation,
    wait_for_dialog,
    wait_for_window,
)


@pytest.fixture
def controller(qloop, qtbot, app_paths, app_settings, network, memory_keyring):
    controller = AppController(app_paths, app_settings, registry=fake_registry(), transport_factory=lambda p: network)
    with running(qtbot, qloop, controller):
        yield controller


def signed_in(qtbot, controller):
    fill_and_sign_in(qtbot, wait_for_dialog(qtbot, controller))
    return wait_for_window(qtbot, controller)


def test_sign_out_forgets_token_and_wipes_local_data(qtbot, controller, app_settings):
    window = signed_in(qtbot, controller)
    services = controller.services
    index_file = services.data_dir / "index.sqlite3"
    index_file.write_bytes(b"local copy of customer data")
    window.open("subscription", "sub_1")
    http = services.client._http.client

    window.menus.sign_out_action.trigger()
    answer(qtbot, wait_for_confirmation(qtbot, window), accept=True)

    dialog = wait_for_dialog(qtbot, controller)
    assert not window.isVisible()
    assert not services.data_dir.exists()
    assert http.is_closed  # the token went with the client
    assert controller.services is None
    assert app_settings.qsettings.value(f"tabs/{services.profile.id}") is None
    assert dialog.name.text() == "Stadtwerk test"  # the profile itself stays

    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)  # secret from the keyring
    wait_for_window(qtbot, controller)
    assert controller.services.data_dir.exists()
    assert b"local copy of customer data" not in index_file.read_bytes()  # a fresh index


def test_cancel_sign_out_keeps_everything(qtbot, controller):
    window = signed_in(qtbot, controller)
    services = controller.services
    window.menus.sign_out_action.trigger()
    box = wait_for_confirmation(qtbot, window)
    answer(qtbot, box, accept=False)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert controller.services is services and window.isVisible()


def test_close_with_requests_in_flight_exits_cleanly(qtbot, qloop, controller, network):
    window = signed_in(qtbot, controller)
    services = controller.services
    network.stalled = True  # the server stops answering
    reads = [window.search_view.load_plans()]
    window.open("subscription", "sub_1")
    reads.append(services.tasks.run("workspace:sub_1:usage", asyncio.sleep(3600)))
    qtbot.waitUntil(lambda: network.in_flight >= 1)
    http = services.client._http.client

    window.close()
    qtbot.waitUntil(controller.run_task.done, timeout=5000)
    assert controller.run_task.exception() is None
    assert all(task.cancelled() for task in reads)
    assert services.tasks.pending == 0
    assert network.in_flight == 0
    assert http.is_closed
    leftovers = [t for t in asyncio.all_tasks(qloop) if not t.done()]
    assert leftovers == []


def test_switch_profile_cancel_returns_to_the_running_session(qtbot, controller):
    window = signed_in(qtbot, controller)
    services = controller.services
    window.menus.switch_action.trigger()
    dialog = wait_for_dialog(qtbot, controller)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.isVisible)
    assert controller.services is services


def test_switch_to_read_only_profile_updates_gate(qtbot, controller):
    window = signed_in(qtbot, controller)
    assert window.search_view.order_button.isEnabled()
    window.menus.switch_action.trigger()
    dialog = wait_for_dialog(qtbot, controller)
    dialog.new_button.click()
    fill_and_sign_in(qtbot, dialog, name="Read only", client_id="sandbox-ro")
    qtbot.waitUntil(lambda: controller.services is not None and controller.services.profile.name == "Read only")
    qtbot.waitUntil(window.isVisible)
    assert not controller.gate.can_write
    assert not window.search_view.order_button.isEnabled()
    assert window.status_bar.scope_badge.text() == "READ-ONLY"
