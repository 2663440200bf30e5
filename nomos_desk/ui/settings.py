"""User settings, declared once in code and turned into the settings dialog.

Each declaration carries its type, bounds and help text, so the dialog, the stored
value's validation and the defaults cannot drift apart. Values live in an INI file
in the platformdirs config directory (QSettings), next to window geometry and tabs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.domain.privacy import private_file
from nomos_desk.ui.theme import mark_secondary


@dataclass(frozen=True)
class Setting:
    key: str
    label: str
    default: Any
    help: str
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, shown text)
    minimum: int = 0
    maximum: int = 0
    suffix: str = ""


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "theme", "Appearance", "system",
        "Light or dark colours; System follows the operating system.",
        choices=(("system", "System"), ("light", "Light"), ("dark", "Dark")),
    ),
    Setting(
        "sync_interval_minutes", "Refresh search index every", 5,
        "How often the local search index asks Nomos for changes in the background.",
        minimum=1, maximum=120, suffix=" min",
    ),
    Setting(
        "request_timeout_seconds", "Request timeout", 10,
        "How long to wait for Nomos before a request counts as failed (applies at next sign-in).",
        minimum=2, maximum=60, suffix=" s",
    ),
)
BY_KEY = {s.key: s for s in SETTINGS}


class AppSettings(QObject):
    changed = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        private_file(path)  # window geometry and open record ids: nobody else's business
        self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def value(self, key: str) -> Any:
        spec = BY_KEY[key]
        raw = self.qsettings.value(f"settings/{key}", spec.default)
        return self._coerce(spec, raw)

    def set_value(self, key: str, value: Any) -> None:
        spec = BY_KEY[key]
        value = self._coerce(spec, value)
        if value == self.value(key):
            return
        self.qsettings.setValue(f"settings/{key}", value)
        self.qsettings.sync()
        self.changed.emit(key)

    @staticmethod
    def _coerce(spec: Setting, raw: Any) -> Any:
        # An edited INI file may hold anything: out-of-range or unknown values fall back.
        if spec.choices:
            allowed = [c for c, _ in spec.choices]
            return raw if raw in allowed else spec.default
        try:
            number = int(raw)
        except (TypeError, ValueError):
            return spec.default
        return min(max(number, spec.minimum), spec.maximum)


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.editors: dict[str, QComboBox | QSpinBox] = {}
        form = QFormLayout()
        for spec in SETTINGS:
            editor = self._editor(spec)
            editor.setToolTip(spec.help)
            self.editors[spec.key] = editor
            form.addRow(spec.label, editor)
            hint = QLabel(spec.help, self)
            hint.setWordWrap(True)
            mark_secondary(hint)
            form.addRow("", hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _editor(self, spec: Setting) -> QComboBox | QSpinBox:
        current = self.settings.value(spec.key)
        if spec.choices:
            box = QComboBox(self)
            for stored, shown in spec.choices:
                box.addItem(shown, stored)
            box.setCurrentIndex(max(0, box.findData(current)))
            return box
        spin = QSpinBox(self)
        spin.setRange(spec.minimum, spec.maximum)
        spin.setSuffix(spec.suffix)
        spin.setValue(current)
        return spin

    def accept(self) -> None:
        for key, editor in self.editors.items():
            value = editor.currentData() if isinstance(editor, QComboBox) else editor.value()
            self.settings.set_value(key, value)
        super().accept()
