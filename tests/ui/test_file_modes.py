"""Everything the app writes is readable by its user only: a real demo run (the sandbox
child generating its data, the flaky network switched on and off through the Sandbox
menu), a sign-out, a sign-in with a saved profile, records opened; then every directory
under the app's home must be 0700 and every file 0600. Windows has no such modes (its
files inherit the user profile's ACL), so there the modes are not checked."""

from __future__ import annotations

import os
import stat

import httpx
import pytest

from nomos_desk.ui.demo import FAULTS_PATH, SandboxProcess
from nomos_desk.ui.session import AppController

from .session_helpers import (
    answer,
    fill_and_sign_in,
    wait_for_confirmation,
    wait_for_dialog,
    wait_for_window,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes; Windows "
                                "gives files the ACL of the user's profile directory")


def index_built(window) -> bool:
    return "Index built" in window.search_view.sync_label.text()


def fault_preset(base_url: str) -> str | None:
    return httpx.get(base_url + FAULTS_PATH, timeout=5).json()["preset"]


def test_every_directory_the_app_creates_is_0700_and_every_file_0600(
        qtbot, qloop, qrun, app_paths, app_settings, memory_keyring, tmp_path):
    home = tmp_path / "home"
    assert app_paths.config_dir.parent == home
    sandbox = SandboxProcess(app_paths.sandbox_dir, customers=60)  # generates, as a first start
    controller = AppController(app_paths, app_settings, sandbox=sandbox)
    run = qloop.create_task(controller.run())
    try:
        window = wait_for_window(qtbot, controller, timeout=90000)
        qtbot.waitUntil(lambda: index_built(window), timeout=30000)

        # The Sandbox menu's switch reaches the real child, and back.
        window.menus.flaky_action.trigger()
        qtbot.waitUntil(window.status_bar.flaky_badge.isVisible, timeout=10000)
        assert fault_preset(sandbox.base_url) == "flaky"
        window.menus.flaky_action.trigger()
        qtbot.waitUntil(lambda: not window.status_bar.flaky_badge.isVisible(), timeout=10000)
        assert fault_preset(sandbox.base_url) == "off"

        window.menus.sign_out_action.trigger()
        answer(qtbot, wait_for_confirmation(qtbot, window), accept=True)
        fill_and_sign_in(qtbot, wait_for_dialog(qtbot, controller), name="Stadtwerk Demo",
                         base_url=sandbox.base_url)
        window = wait_for_window(qtbot, controller, timeout=10000)
        qtbot.waitUntil(lambda: index_built(window), timeout=30000)
        services = controller.services
        order = qrun(services.client.list_meter_orders(limit=1).first_page()).items[0]
        tab = window.open("subscription", order.subscription)
        qtbot.waitUntil(lambda: tab.state("meter_order") == "ready", timeout=10000)
        window.open("customer", tab.current.subscription.customer_id)
        facts = services.data_dir / "plans.json"
        qtbot.waitUntil(facts.exists, timeout=5000)
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.request_quit()
        qtbot.waitUntil(run.done, timeout=15000)
        sandbox.stop()

    written = sorted(home.rglob("*"))
    names = {p.name for p in written}
    for expected in ("settings.ini", "profiles.json", "index.sqlite3", "plans.json",
                     "sandbox.log", sandbox.db_path.name):
        assert expected in names, f"{expected} was never written: the check would miss it"
    wrong = [f"{p.relative_to(home)}: {stat.S_IMODE(p.stat().st_mode):o}" for p in [home, *written]
             if stat.S_IMODE(p.stat().st_mode) != (0o700 if p.is_dir() else 0o600)]
    assert wrong == []
