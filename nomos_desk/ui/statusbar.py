"""The status bar: who is connected where, with which rights, and how fresh the data is."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from nomos_desk.ui import fmt
from nomos_desk.ui.connection import ONLINE
from nomos_desk.ui.profiles import Profile

_BADGE = "QLabel {{ background: {bg}; color: {fg}; border-radius: 3px; padding: 1px 6px; font-weight: bold; }}"
_ENV_COLOURS = {"sandbox": ("#e07b00", "#ffffff"), "staging": ("#6a4fc2", "#ffffff"),
                "production": ("#2e7d32", "#ffffff")}


def badge(text: str, bg: str, fg: str = "#ffffff", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(_BADGE.format(bg=bg, fg=fg))
    return label


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile_label = QLabel(self)
        self.environment = badge("", "#777777", parent=self)
        self.flaky_badge = badge("", "#b03a2e", parent=self)
        self.flaky_badge.hide()
        self.flaky_network = False
        self.version_label = QLabel(self)
        self.scope_badge = badge("", "#777777", parent=self)
        self.connection_label = QLabel(self)
        self.refresh_label = QLabel(self.tr("Not refreshed yet"), self)
        for widget in (self.profile_label, self.environment, self.flaky_badge, self.version_label,
                       self.scope_badge, self.connection_label, self.refresh_label):
            self.addPermanentWidget(widget)
        self.last_refresh: datetime | None = None

    def set_profile(self, profile: Profile) -> None:
        self.profile_label.setText(profile.name)
        self.profile_label.setToolTip(self.tr("%1 · client %2").replace("%1", profile.base_url)
                                      .replace("%2", profile.client_id))
        env = profile.environment
        bg, fg = _ENV_COLOURS.get(env, ("#777777", "#ffffff"))
        self.environment.setText(env.upper())  # SANDBOX, STAGING, PRODUCTION: the same in German
        self.environment.setStyleSheet(_BADGE.format(bg=bg, fg=fg))
        self.environment.setToolTip(self.tr("Environment: %1 (%2)").replace("%1", env)
                                    .replace("%2", profile.base_url))
        self.version_label.setText(self.tr("API %1").replace("%1", profile.api_version))
        self.version_label.setToolTip(self.tr("X-API-Version sent with every request"))

    def set_scopes(self, scopes: frozenset[str], can_write: bool) -> None:
        granted = " ".join(sorted(scopes)) or self.tr("none")
        if can_write:
            self.scope_badge.setText(self.tr("Read & write"))
            self.scope_badge.setStyleSheet(_BADGE.format(bg="#3b6fb6", fg="#ffffff"))
            self.scope_badge.setToolTip(self.tr("Token scopes: %1").replace("%1", granted))
        else:
            self.scope_badge.setText(self.tr("READ-ONLY"))
            self.scope_badge.setStyleSheet(_BADGE.format(bg="#f0b429", fg="#1d1d1d"))
            self.scope_badge.setToolTip(self.tr("Token scopes: %1. Write actions are disabled.")
                                        .replace("%1", granted))

    def set_flaky_network(self, on: bool) -> None:
        # Short beside the SANDBOX badge, so a narrow window keeps the whole bar; the
        # tooltip says what it means.
        self.flaky_badge.setText(self.tr("Flaky on purpose"))
        self.flaky_badge.setToolTip(self.tr(
            "The network is deliberately flaky: the demo sandbox answers slowly and now and "
            "then with an error, \"too many requests\" or a dropped connection (Sandbox "
            "menu). The app retries and carries on."))
        self.flaky_badge.setVisible(on)
        self.flaky_network = on

    def set_connection(self, state: str) -> None:
        online = state == ONLINE
        colour = "#2e9d4f" if online else "#d9534f"
        word = self.tr("Online") if online else self.tr("Offline")
        self.connection_label.setText(f"<span style='color:{colour}'>●</span> {word}")
        self.connection_label.setToolTip(self.tr("Connection to Nomos"))

    def retranslate(self) -> None:
        """The language changed: the refresh line says it again (the rest is set anew by the
        window with the session)."""
        self.set_flaky_network(self.flaky_network)
        if self.last_refresh is None:
            self.refresh_label.setText(self.tr("Not refreshed yet"))
        else:
            self.mark_refreshed(self.last_refresh)

    def mark_refreshed(self, when: datetime | None = None) -> None:
        self.last_refresh = when or datetime.now()
        self.refresh_label.setText(self.tr("Last refresh %1")
                                   .replace("%1", fmt.clock_time(self.last_refresh)))
        self.refresh_label.setToolTip(self.tr("Data last arrived from Nomos at %1").replace(
            "%1", fmt.when_datetime(self.last_refresh.astimezone(), with_time=True)))
