"""Light and dark palettes on the Fusion style, plus the app's style sheet and icons.

Fusion is used for the forced themes because native styles (Windows 11, macOS)
ignore parts of a custom palette; "system" keeps the native style and palette.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget


def resource(name: str) -> Traversable:
    """A file shipped in the package (nomos_desk.resources): icons, style sheet, translations."""
    return files("nomos_desk.resources").joinpath(name)


def icon(name: str) -> QIcon:
    res = resource(f"icons/{name}.svg")
    if not res.is_file():
        return QIcon()
    # Installed wheels and PyInstaller bundles keep resources as real files, so the path
    # stays valid for the icon's lazy loading.
    with as_file(res) as path:
        return QIcon(str(path))


def error_style(widget: QWidget) -> str:
    """Red text that reads on the light and the dark palette alike (the palette's
    BrightText is near-white in light themes, so it cannot carry warnings)."""
    dark = widget.palette().window().color().lightness() < 128
    return f"color: {'#ff7b72' if dark else '#b3261e'};"


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


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: QColor, b: QColor, weight: float) -> QColor:
    """A solid colour `weight` of the way from `b` to `a` (0: b, 1: a)."""
    return QColor.fromRgbF(*(weight * x + (1 - weight) * y for x, y in (
        (a.redF(), b.redF()), (a.greenF(), b.greenF()), (a.blueF(), b.blueF()))))


def _with_secondary_text(p: QPalette) -> QPalette:
    """PlaceholderText as a solid mix of text and window colour that still reads (>= 4.5:1).

    Help lines and hints use this role. They used to be disabled labels, and the disabled
    grey of the standard Fusion palette is #bebebe on #efefef (1.6:1), so the read-only
    reason under the order button was practically invisible. Fusion's own placeholder is
    half-transparent black (3.9:1), which is also too faint for text a person must read.
    """
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = p.color(group, QPalette.ColorRole.WindowText)
        window = p.color(group, QPalette.ColorRole.Window)
        for weight in (0.55, 0.65, 0.75, 0.85, 1.0):
            mixed = mix(text, window, weight)
            if contrast(mixed, window) >= 4.5:
                break
        p.setColor(group, QPalette.ColorRole.PlaceholderText, mixed)
    return p


def mark_secondary(label: QWidget) -> None:
    """Secondary text (hints, help lines, placeholders) in the readable PlaceholderText role.

    A role, not a fixed colour, so the text follows a theme switch at run time; and not
    setEnabled(False), which is unreadable and tells screen readers the text is unavailable.
    """
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


_native_style: str | None = None


def apply_theme(app: QApplication, mode: str) -> str:
    """Apply "light", "dark" or "system"; returns the mode that is now effective."""
    global _native_style
    if _native_style is None:
        _native_style = app.style().name()
    if mode == "system":
        scheme = app.styleHints().colorScheme()
        app.setStyle(QStyleFactory.create(_native_style) or QStyleFactory.create("Fusion"))
        app.setPalette(_with_secondary_text(app.style().standardPalette()))
        effective = "dark" if scheme == Qt.ColorScheme.Dark else "light"
    else:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(_with_secondary_text(_dark_palette() if mode == "dark" else _light_palette()))
        effective = mode
    sheet = resource("style.qss")
    app.setStyleSheet(sheet.read_text("utf-8") if sheet.is_file() else "")
    return effective


def follow_system(app: QApplication, mode: Callable[[], str]) -> None:
    """While the theme is "system", switch with the operating system's light/dark
    setting as it changes (Qt reports it from Windows, macOS, GNOME and KDE)."""
    def changed(_scheme: Qt.ColorScheme) -> None:
        if mode() == "system":
            apply_theme(app, "system")

    app.styleHints().colorSchemeChanged.connect(changed)
