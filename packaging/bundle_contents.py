"""What the PyInstaller bundle leaves out: Qt parts the app never uses.

PyInstaller's Qt hooks collect whole plugin directories and every translation of
Qt, and what those plugins link pulls in more: the virtual keyboard plugin brings
Qt Quick and QML (about 25 MB), the GTK platform theme brings GTK's drawing stack.
`wanted(destination)` is asked for every collected file (its path inside the bundle).
Kept on purpose: the xcb, Wayland and offscreen (self-test) platforms, the desktop
portal theme (it reports the system's light/dark switch on Linux), SVG and ICO image
formats, the SVG icon engine, QtPdf and its image format, TLS and network plugins.
"""

from __future__ import annotations

import re

LANGUAGES = ("de", "en")  # the app's; Qt's own texts (standard buttons) in the same

_UNWANTED = [re.compile(p) for p in (
    # Qt Quick / QML and what needs them (nothing in a widgets app).
    r"(^|/)(lib)?Qt6?(Quick|Qml|QmlModels|QmlMeta|QmlWorkerScript|VirtualKeyboard|"
    r"VirtualKeyboardQml|Quick3D|QuickControls2|QuickTemplates2)[^/]*$",
    r"(^|/)Qt(Quick|Qml|QmlModels|QmlMeta|QmlWorkerScript|VirtualKeyboard)\.framework/",
    r"/plugins/platforminputcontexts/[^/]*virtualkeyboard",
    # Embedded-device platforms and input drivers; the GTK theme (the portal one stays).
    r"/plugins/platforms/(lib)?q(eglfs|linuxfb|vnc|minimal|minimalegl|vkkhrdisplay)\b",
    r"/plugins/(egldeviceintegrations|generic)/",
    r"/plugins/platformthemes/(lib)?qgtk3",
    # Image formats the app never reads.
    r"/plugins/imageformats/(lib)?q(tiff|webp|tga|wbmp|gif|jpeg|icns)\b",
    # GTK's drawing stack, collected only for the GTK theme plugin (Linux).
    r"^lib(gtk-3|gdk-3|atk-1\.0|atk-bridge-2\.0|cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0|"
    r"pangoft2-1\.0|harfbuzz|gdk_pixbuf-2\.0|pixman-1|thai|datrie|fribidi|graphite2|epoxy)"
    r"\.so[.0-9]*$",
    # Optional dependencies that only some code paths of a library import.
    r"(^|/)yaml/",
)]
_QT_TRANSLATION = re.compile(r"/translations/(qt|qtbase)_([a-zA-Z_]+)\.qm$")
_ANY_QT_TRANSLATION = re.compile(r"/Qt/translations/[^/]+\.qm$")


def wanted(destination: str) -> bool:
    path = destination.replace("\\", "/")
    if any(p.search(path) for p in _UNWANTED):
        return False
    if _ANY_QT_TRANSLATION.search(path):
        match = _QT_TRANSLATION.search(path)
        return match is not None and match.group(2) in LANGUAGES
    return True
