"""User settings, declared once in code and turned into the settings dialog.

Each declaration carries its type, bounds and help text, so the dialog, the stored
value's validation and the defaults cannot drift apart. Values live in an INI file
in the platformdirs config directory (QSettings), next to window geometry and tabs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
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
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.theme import mark_secondary


@dataclass(frozen=True)
class Setting:
    """Label, help, choice texts and suffix are marked QT_TRANSLATE_NOOP("Settings", …)."""

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
        "language", QT_TRANSLATE_NOOP("Settings", "Language"), "system",
        QT_TRANSLATE_NOOP("Settings", "System follows the operating system's language."),
        # Each language named in itself, so it can be found whatever is shown now.
        choices=(("system", QT_TRANSLATE_NOOP("Settings", "System")), ("de", "Deutsch"),
                 ("en", "English")),
    ),
    Setting(
        "theme", QT_TRANSLATE_NOOP("Settings", "Appearance"), "system",
        QT_TRANSLATE_NOOP("Settings", "Light or dark colours; System follows the operating "
                          "system."),
        choices=(("system", QT_TRANSLATE_NOOP("Settings", "System")),
                 ("light", QT_TRANSLATE_NOOP("Settings", "Light")),
                 ("dark", QT_TRANSLATE_NOOP("Settings", "Dark"))),
    ),
    Setting(
        "sync_interval_minutes", QT_TRANSLATE_NOOP("Settings", "Refresh search index every"), 5,
        QT_TRANSLATE_NOOP("Settings", "How often the local search index asks Nomos for "
                          "changes in the background."),
        minimum=1, maximum=120, suffix=QT_TRANSLATE_NOOP("Settings", " min"),
    ),
    Setting(
        "request_timeout_seconds", QT_TRANSLATE_NOOP("Settings", "Request timeout"), 10,
        QT_TRANSLATE_NOOP("Settings", "How long to wait for Nomos before a request counts as "
                          "failed (applies at next sign-in)."),
        minimum=2, maximum=60, suffix=QT_TRANSLATE_NOOP("Settings", " s"),
    ),
    Setting(
        "flexible_share_percent", QT_TRANSLATE_NOOP("Settings", "Flexible share of usage"), 20,
        QT_TRANSLATE_NOOP("Settings", "The part of a customer's usage that could run at another "
                          "hour of the same day (washing, charging a car). The usage insights "
                          "show what moving it into the day's cheapest hours would have saved."),
        minimum=0, maximum=100, suffix=QT_TRANSLATE_NOOP("Settings", " %"),
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
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.editors: dict[str, QComboBox | QSpinBox] = {}
        form = QFormLayout()
        for spec in SETTINGS:
            editor = self._editor(spec)
            help_text = QCoreApplication.translate("Settings", spec.help)
            editor.setToolTip(help_text)
            self.editors[spec.key] = editor
            form.addRow(QCoreApplication.translate("Settings", spec.label), editor)
            hint = QLabel(help_text, self)
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
                box.addItem(QCoreApplication.translate("Settings", shown), stored)
            box.setCurrentIndex(max(0, box.findData(current)))
            return box
        spin = QSpinBox(self)
        spin.setRange(spec.minimum, spec.maximum)
        spin.setSuffix(QCoreApplication.translate("Settings", spec.suffix))
        spin.setValue(current)
        return spin

    def accept(self) -> None:
        for key, editor in self.editors.items():
            value = editor.currentData() if isinstance(editor, QComboBox) else editor.value()
            self.settings.set_value(key, value)
        super().accept()
