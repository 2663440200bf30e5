"""The shipped views in the frame: SearchView first, a SubscriptionWorkspace per tab."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nomos_desk.ui.search.view import SearchView
from nomos_desk.ui.session import AppController
from nomos_desk.ui.workspace.subscription import SubscriptionWorkspace

from .session_helpers import fill_and_sign_in, wait_for_dialog, wait_for_window


@pytest.fixture
def controller(qloop, qtbot, app_paths, app_settings, network, memory_keyring):
    controller = AppController(app_paths, app_settings, transport_factory=lambda p: network)
    run = qloop.create_task(controller.run())
    yield controller
    controller.request_quit()
    if controller.dialog is not None:
        controller.dialog.reject()
    qtbot.waitUntil(run.done, timeout=10000)
    assert run.exception() is None
    if controller.window is not None:
        controller.window.deleteLater()


def first_subscription_id(qrun, client) -> str:
    page = qrun(client.list_subscriptions(limit=1).first_page())
    return page.items[0].id


@pytest.mark.parametrize("client_id", ["sandbox-rw", "sandbox-ro"])
def test_search_and_workspace_in_the_frame(qtbot, qrun, controller, client_id):
    fill_and_sign_in(qtbot, wait_for_dialog(qtbot, controller), client_id=client_id)
    window = wait_for_window(qtbot, controller)
    assert isinstance(window.search_view, SearchView)

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_view.query)

    sub_id = first_subscription_id(qrun, controller.services.client)
    window.search_view.open_requested.emit("subscription", sub_id)
    workspace = window.tabs.currentWidget()
    assert isinstance(workspace, SubscriptionWorkspace)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) != sub_id, timeout=10000)  # named once loaded

    button = workspace.order_panel.order_button
    entry = controller.gate.entry(button)
    assert entry is not None  # the smart-meter order is gated by the frame's mechanism
    if client_id == "sandbox-ro":
        assert not button.isEnabled() and "read-only" in button.toolTip()

    prefix = workspace.task_prefix
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.count() == 0
    qtbot.waitUntil(lambda: controller.services.tasks.names(prefix) == [])


def test_sync_interval_setting_reaches_the_search_view(qtbot, controller, app_settings):
    fill_and_sign_in(qtbot, wait_for_dialog(qtbot, controller))
    window = wait_for_window(qtbot, controller)
    timer = window.search_view.sync.timer
    assert timer.interval() == 5 * 60_000
    app_settings.set_value("sync_interval_minutes", 7)
    assert timer.interval() == 7 * 60_000
