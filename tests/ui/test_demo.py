"""`--demo`: a sandbox child process, signed in as sandbox-rw, read-only reconnect."""

import os
import shutil

import pytest

from nomos_desk.ui.demo import SandboxProcess
from nomos_desk.ui.session import AppController

from .fakes import fake_registry
from .session_helpers import wait_for_window


@pytest.fixture
def sandbox(app_paths, sandbox_template):
    process = SandboxProcess(app_paths.sandbox_dir, customers=60)
    app_paths.sandbox_dir.mkdir(parents=True)
    # The session's small template stands in for the generated 2000-customer demo data.
    shutil.copyfile(sandbox_template, process.db_path)
    yield process
    process.stop()


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A terminated child that was reaped is gone; an unreaped zombie would still answer.
    return True


def test_demo_start_reconnect_read_only_and_stop(qtbot, qloop, app_paths, app_settings, sandbox):
    controller = AppController(app_paths, app_settings, sandbox=sandbox, registry=fake_registry())
    run = qloop.create_task(controller.run())
    window = wait_for_window(qtbot, controller, timeout=60000)
    pid = sandbox.proc.pid

    assert window.sandbox_badge.isVisible() and window.sandbox_badge.text() == "SANDBOX"
    assert "SANDBOX" in window.windowTitle()
    assert window.status_bar.environment.text() == "SANDBOX"
    assert window.sandbox_menu.menuAction().isVisible()
    assert controller.services.profile.client_id == "sandbox-rw"
    assert window.search_view.order_button.isEnabled()
    assert controller.services.data_dir == app_paths.data_dir / "profiles" / "sandbox"

    window.open("subscription", "sub_demo")
    window.read_only_action.trigger()
    qtbot.waitUntil(lambda: not controller.gate.can_write, timeout=10000)
    qtbot.waitUntil(lambda: controller.services is not None and controller.services.profile.client_id == "sandbox-ro")
    search_view = window.search_view
    assert not search_view.order_button.isEnabled()
    assert "read:*" in search_view.order_button.toolTip()
    assert window.open_tab_keys() == ["subscription:sub_demo"]  # same profile id: tabs come back
    assert controller.services.data_dir == app_paths.data_dir / "profiles" / "sandbox"
    assert window.status_bar.scope_badge.text() == "READ-ONLY"
    assert controller.services.client.scopes == frozenset({"read:*"})
    assert not window.read_only_action.isEnabled() and window.full_access_action.isEnabled()

    window.full_access_action.trigger()
    qtbot.waitUntil(lambda: controller.gate.can_write, timeout=10000)
    assert window.search_view.order_button.isEnabled()

    window.close()
    qtbot.waitUntil(run.done, timeout=10000)
    assert run.exception() is None
    assert sandbox.proc is None and not pid_alive(pid)
    window.deleteLater()
