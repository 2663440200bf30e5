"""A Linux desktop without Qt's X11 libraries gets the packages to install, not an abort."""

from __future__ import annotations

import subprocess
import sys

import pytest

from nomos_desk.ui import preflight


def test_names_the_missing_packages(monkeypatch):
    monkeypatch.setattr(preflight, "uses_xcb", lambda: True)

    def cdll(name):
        if name == "libxcb-cursor.so.0":
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    monkeypatch.setattr(preflight.ctypes, "CDLL", cdll)
    message = preflight.check()
    assert message is not None and "sudo apt install libxcb-cursor0" in message


@pytest.mark.parametrize(("env", "expected"), [
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"XDG_SESSION_TYPE": "wayland"}, False),
    ({"XDG_SESSION_TYPE": "x11"}, True),
])
def test_only_the_xcb_platform_is_checked(monkeypatch, env, expected):
    monkeypatch.setattr(preflight.sys, "platform", "linux")
    assert preflight.uses_xcb(env) is expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops only")
def test_the_app_exits_with_the_message_before_starting_anything(tmp_path):
    # The library list points at a name no system has: the app must stop before the sandbox.
    script = ("import sys; from nomos_desk.ui import preflight; "
              "preflight.XCB_LIBRARIES['libnot-there.so.9'] = 'not-there9'; "
              "from nomos_desk.app import main; sys.exit(main(['--demo', '--home', sys.argv[1]]))")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True,
                          text=True, timeout=60, env={"QT_QPA_PLATFORM": "xcb", "PATH": "/usr/bin"})
    assert done.returncode == 1
    assert "sudo apt install" in done.stderr and "not-there9" in done.stderr
    assert not (tmp_path / "data" / "sandbox").exists()  # no sandbox was started
