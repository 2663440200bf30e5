"""Before Qt starts on a Linux desktop: are the X11 libraries its xcb plugin needs there?

Without them Qt prints a long plugin message and aborts the process (no Python
exception, no cleanup). Checked first, the app can name the packages to install
and exit with status 1 before it starts anything else.
"""

from __future__ import annotations

import ctypes
import os
import sys

# soname -> Debian/Ubuntu package, for the libraries Qt's xcb platform plugin loads.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def uses_xcb(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0].startswith("xcb")
    return environ.get("XDG_SESSION_TYPE") != "wayland"


def missing_packages() -> list[str]:
    missing = []
    for soname, package in XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def check() -> str | None:
    """A message for the terminal when Qt could not start here, else None."""
    if not uses_xcb():
        return None
    missing = missing_packages()
    if not missing:
        return None
    return ("nomos-desk cannot open a window: Qt needs X11 libraries that are not installed.\n"
            f"On Debian/Ubuntu: sudo apt install {' '.join(missing)}")
