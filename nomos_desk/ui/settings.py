"""User settings, declared once in code and turned into the settings dialog.

Each declaration carries its type, bounds and help text, so the dialog (ui/settings_dialog.py),
the stored value's validation and the defaults cannot drift apart. Values live in an INI
file in the platformdirs config directory (QSettings), next to window geometry and tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from nomos_desk.domain.privacy import private_file
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.network import MANUAL, NO_PROXY, SYSTEM, ca_problem, proxy_problem

GENERAL = QT_TRANSLATE_NOOP("Settings", "General")
NETWORK = QT_TRANSLATE_NOOP("Settings", "Network")


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
    group: str = GENERAL  # the page of the settings dialog
    # Text settings (a str default without choices): why a value cannot be used, or None.
    check: Callable[[str], str | None] | None = None
    file: bool = False  # a path, chosen with a file dialog

    @property
    def text(self) -> bool:
        return isinstance(self.default, str) and not self.choices


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
    Setting(
        "proxy", QT_TRANSLATE_NOOP("Settings", "Proxy"), SYSTEM,
        QT_TRANSLATE_NOOP("Settings", "System uses the operating system's proxy settings "
                          "(and HTTPS_PROXY); the demo sandbox is always reached directly. "
                          "Applies at the next sign-in."),
        choices=((SYSTEM, QT_TRANSLATE_NOOP("Settings", "System proxy")),
                 (NO_PROXY, QT_TRANSLATE_NOOP("Settings", "No proxy")),
                 (MANUAL, QT_TRANSLATE_NOOP("Settings", "Manual"))),
        group=NETWORK,
    ),
    Setting(
        "proxy_url", QT_TRANSLATE_NOOP("Settings", "Proxy URL"), "",
        QT_TRANSLATE_NOOP("Settings", "For a manual proxy, e.g. http://proxy.example.com:3128. "
                          "No password here: it would be stored in a plain settings file."),
        group=NETWORK, check=proxy_problem,
    ),
    Setting(
        "ca_bundle", QT_TRANSLATE_NOOP("Settings", "CA certificates"), "",
        QT_TRANSLATE_NOOP("Settings", "Where IT inspects TLS: a PEM file with your "
                          "organisation's CA certificates, trusted in addition to the usual "
                          "ones. Certificates are always checked. Applies at the next sign-in."),
        group=NETWORK, check=ca_problem, file=True,
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

    def snapshot(self) -> list[tuple[str, Any]]:
        """Every setting's current value (for diagnostic info; none of them is secret)."""
        return [(spec.key, self.value(spec.key)) for spec in SETTINGS]

    @staticmethod
    def _coerce(spec: Setting, raw: Any) -> Any:
        # An edited INI file may hold anything: out-of-range or unknown values fall back.
        if spec.text:
            return raw.strip() if isinstance(raw, str) else spec.default
        if spec.choices:
            allowed = [c for c, _ in spec.choices]
            return raw if raw in allowed else spec.default
        try:
            number = int(raw)
        except (TypeError, ValueError):
            return spec.default
        return min(max(number, spec.minimum), spec.maximum)
