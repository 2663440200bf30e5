"""`python -m nomos_desk --demo` end to end, as a process: start, window, clean exit."""

import os
import shutil
import subprocess
import sys

from nomos_desk.ui.profiles import AppPaths


def test_demo_process_starts_shows_window_and_exits_cleanly(tmp_path, sandbox_template):
    paths = AppPaths(tmp_path / "home")
    paths.sandbox_dir.mkdir(parents=True)
    shutil.copyfile(sandbox_template, paths.sandbox_dir / "sandbox-seed1-60.sqlite3")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NOMOS_DESK_BENCH_STARTUP="1")
    done = subprocess.run(
        [sys.executable, "-m", "nomos_desk", "--demo", "--demo-customers", "60",
         "--home", str(tmp_path / "home")],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    figures = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
    assert float(figures["startup_to_window_ms"]) > 0  # reached the shown, idle main window
    assert "Traceback" not in done.stderr
    log = (paths.sandbox_dir / "sandbox.log").read_text()
    assert "Nomos sandbox on http://127.0.0.1:" in log  # the child served on loopback
    assert (paths.config_dir / "settings.ini").exists()  # geometry saved on the way out


def test_demo_that_cannot_start_says_so(tmp_path):
    home = tmp_path / "home"
    paths = AppPaths(home)
    paths.sandbox_dir.mkdir(parents=True)
    # A directory where the database file should be: the sandbox child exits at once.
    (paths.sandbox_dir / "sandbox-seed1-60.sqlite3").mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "nomos_desk", "--demo", "--demo-customers", "60", "--home", str(home)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 1
    assert "the sandbox did not start" in done.stderr
    assert "Traceback" not in done.stderr  # a message, not a crash
