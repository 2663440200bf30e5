"""`--self-test` opens every page and tab kind of the registry and fails on what breaks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from nomos_desk.ui.customer.tab import CustomerTab
from nomos_desk.ui.profiles import AppPaths
from nomos_desk.ui.record.section import SectionBody, SectionSpec
from nomos_desk.ui.registry import default_registry
from nomos_desk.ui.selftest import SelfTest
from nomos_desk.ui.session import AppController

from .session_helpers import fill_and_sign_in, running, wait_for_dialog, wait_for_window


class BrokenBody(SectionBody):
    async def load(self) -> bool:
        raise RuntimeError("this section cannot load")


class BrokenCustomerTab(CustomerTab):
    SECTIONS = (*CustomerTab.SECTIONS, SectionSpec("broken", "Broken", BrokenBody))


def run_self_test(qtbot, qloop, app_paths, app_settings, network, registry):
    controller = AppController(app_paths, app_settings, registry=registry,
                               transport_factory=lambda p: network)
    with running(qtbot, qloop, controller):
        fill_and_sign_in(qtbot, wait_for_dialog(qtbot, controller))
        window = wait_for_window(qtbot, controller)
        lines: list[str] = []
        test = SelfTest(out=lines.append)
        run = qloop.create_task(test.run(window))
        qtbot.waitUntil(run.done, timeout=60000)
        return run.result(), lines


def test_every_page_and_tab_kind_opens(qtbot, qloop, app_paths, app_settings, network,
                                       memory_keyring):
    registry = default_registry()
    status, lines = run_self_test(qtbot, qloop, app_paths, app_settings, network, registry)
    assert status == 0, "\n".join(lines)
    opened = " ".join(lines)
    for page in registry.pages():
        assert f"ok: page {page.key}" in opened
    for kind in registry.tab_kinds:
        assert f"ok: tab {kind} " in opened
    assert "icons render" in opened and "licence metadata" in opened


def test_a_section_that_fails_fails_the_self_test(qtbot, qloop, app_paths, app_settings, network,
                                                  memory_keyring):
    registry = default_registry()
    registry.tab("customer", "customer", BrokenCustomerTab)
    status, lines = run_self_test(qtbot, qloop, app_paths, app_settings, network, registry)
    assert status == 1
    failed = [line for line in lines if "FAILED" in line]
    assert any("tab customer" in line and "broken" in line for line in failed), lines


@pytest.mark.slow
def test_the_command_line_flag_runs_it_and_exits_0(tmp_path, sandbox_template):
    home = tmp_path / "home"
    paths = AppPaths(home)
    paths.sandbox_dir.mkdir(parents=True)
    shutil.copyfile(sandbox_template, paths.sandbox_dir / "sandbox-seed1-60.sqlite3")
    done = subprocess.run(
        [sys.executable, "-m", "nomos_desk", "--self-test", "--home", str(home),
         "--demo-customers", "60"],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True,
        timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test: passed" in done.stdout
    assert "Traceback" not in done.stderr
