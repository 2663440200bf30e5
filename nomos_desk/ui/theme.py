"""Light and dark palettes on the Fusion style, plus the app's style sheet and icons.

Fusion is used for the forced themes because native styles (Windows 11, macOS)
ignore parts of a custom palette; "system" keeps the native style and palette.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def resources_dir() -> Path:
    # A PyInstaller bundle unpacks resources/ beside the code (see packaging/nomos-desk.spec).
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#26282b"), QColor("#1d1f21"), QColor("#e6e6e6")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#2c2f33"),
        QPalette.ColorRole.ToolTipBase: QColor("#323539"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#8a8d91"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#303336"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Light: QColor("#3a3d41"),
        QPalette.ColorRole.Midlight: QColor("#34373b"),
        QPalette.ColorRole.Mid: QColor("#2a2c2f"),
        QPalette.ColorRole.Dark: QColor("#151617"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#3d7bd9"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#7fb0ff"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7f83"))
    return p


def _light_palette() -> QPalette:
    p = QStyleFactory.create("Fusion").standardPalette()
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fce"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8c8c8c"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8c8c8c"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8c8c8c"))
    return p


_native_style: str | None = None


def apply_theme(app: QApplication, mode: str) -> str:
    """Apply "light", "dark" or "system"; returns the mode that is now effective."""
    global _native_style
    if _native_style is None:
        _native_style = app.style().name()
    if mode == "system":
        scheme = app.styleHints().colorScheme()
        app.setStyle(QStyleFactory.create(_native_style) or QStyleFactory.create("Fusion"))
        app.setPalette(app.style().standardPalette())
        effective = "dark" if scheme == Qt.ColorScheme.Dark else "light"
    else:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(_dark_palette() if mode == "dark" else _light_palette())
        effective = mode
    sheet = resources_dir() / "style.qss"
    app.setStyleSheet(sheet.read_text("utf-8") if sheet.exists() else "")
    return effective
