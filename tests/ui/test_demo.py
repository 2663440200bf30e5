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
    # An exited process whose parent has not reaped it yet (a zombie) still answers kill(0).
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            return not any(line.startswith("State:") and "Z" in line for line in status)
    except OSError:
        return True


def test_demo_start_reconnect_read_only_and_stop(qtbot, qloop, app_paths, app_settings, sandbox):
    controller = AppController(app_paths, app_settings, sandbox=sandbox, registry=fake_registry())
    run = qloop.create_task(controller.run())
    window = wait_for_window(qtbot, controller, timeout=60000)
    pid = sandbox.proc.pid

    assert window.sandbox_badge.isVisible() and window.sandbox_badge.text() == "SANDBOX"
    assert "SANDBOX" in window.windowTitle()
    assert window.status_bar.environment.text() == "SANDBOX"
    assert window.menus.sandbox_menu.menuAction().isVisible()
    assert controller.services.profile.client_id == "sandbox-rw"
    assert window.search_view.order_button.isEnabled()
    assert controller.services.data_dir == app_paths.data_dir / "profiles" / "sandbox"

    window.open("subscription", "sub_demo")
    window.menus.read_only_action.trigger()
    qtbot.waitUntil(lambda: not controller.gate.can_write, timeout=10000)
    qtbot.waitUntil(lambda: controller.services is not None and controller.services.profile.client_id == "sandbox-ro")
    search_view = window.search_view
    assert not search_view.order_button.isEnabled()
    assert "read:*" in search_view.order_button.toolTip()
    assert window.open_tab_keys() == ["subscription:sub_demo"]  # same profile id: tabs come back
    assert controller.services.data_dir == app_paths.data_dir / "profiles" / "sandbox"
    assert window.status_bar.scope_badge.text() == "READ-ONLY"
    assert controller.services.client.scopes == frozenset({"read:*"})
    assert not window.menus.read_only_action.isEnabled() and window.menus.full_access_action.isEnabled()

    window.menus.full_access_action.trigger()
    qtbot.waitUntil(lambda: controller.gate.can_write, timeout=10000)
    assert window.search_view.order_button.isEnabled()

    window.close()
    qtbot.waitUntil(run.done, timeout=10000)
    assert run.exception() is None
    assert sandbox.proc is None and not pid_alive(pid)
    window.deleteLater()


def test_after_a_demo_sign_out_one_click_leads_back_to_the_demo(qtbot, qloop, app_paths,
                                                                  app_settings, sandbox):
    from PySide6.QtCore import Qt

    from .session_helpers import answer, wait_for_confirmation, wait_for_dialog

    controller = AppController(app_paths, app_settings, sandbox=sandbox, registry=fake_registry())
    run = qloop.create_task(controller.run())
    window = wait_for_window(qtbot, controller, timeout=60000)
    window.menus.sign_out_action.trigger()
    answer(qtbot, wait_for_confirmation(qtbot, window), accept=True)
    dialog = wait_for_dialog(qtbot, controller)
    assert dialog.demo_button.isVisible()  # no need to know the sandbox's port
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    window = wait_for_window(qtbot, controller, timeout=10000)
    assert controller.services.profile.base_url == sandbox.base_url
    assert controller.services.gate.can_write
    assert controller.profiles.all() == []  # the demo is not saved as a profile
    window.close()
    qtbot.waitUntil(run.done, timeout=10000)


def test_the_sandbox_child_never_outlives_the_app(tmp_path, sandbox_template):
    """Even when the app dies without cleaning up (Qt aborts on a missing library)."""
    import subprocess
    import sys
    import time

    db_dir = tmp_path / "sandbox"
    db_dir.mkdir()
    shutil.copyfile(sandbox_template, db_dir / "sandbox-seed1-60.sqlite3")
    script = (
        "import asyncio, os, sys\n"
        "from pathlib import Path\n"
        "from nomos_desk.ui.demo import SandboxProcess\n"
        f"p = SandboxProcess(Path({str(db_dir)!r}), customers=60)\n"
        "asyncio.run(p.start())\n"
        "print(p.proc.pid, flush=True)\n"
        "os.abort()\n"
    )
    parent = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert parent.returncode != 0  # it really died abruptly
    child = int(parent.stdout.split()[0])
    deadline = time.monotonic() + 10
    while pid_alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not pid_alive(child)
