"""Sign-in: pick or edit a connection profile, give the secret, connect.

The dialog checks the profile locally, then runs the caller's `connect(profile,
secret)` coroutine and only closes once Nomos has issued a token; every failure is
shown inside the dialog (per field where it belongs) and the typed values stay.
It is opened with open(), never exec(), because it runs inside the asyncio loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nomos_desk.api import errors as E
from nomos_desk.api.versions import VERSIONS
from nomos_desk.ui.banner import Banner
from nomos_desk.ui.demo import SANDBOX_SECRET, demo_profile
from nomos_desk.ui.errors import describe
from nomos_desk.ui.forms import FieldErrors
from nomos_desk.ui.profiles import Profile, ProfileStore, SecretStore
from nomos_desk.ui.tasks import TaskRunner
from nomos_desk.ui.theme import mark_secondary
from nomos_desk.ui.widgets import left_row

Connect = Callable[[Profile, str], Awaitable[Any]]


class SignInDialog(QDialog):
    def __init__(
        self,
        profiles: ProfileStore,
        secrets: SecretStore,
        connect: Connect,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        preselect: str | None = None,
        demo_url: str | None = None,
        network_settings: Callable[[QWidget], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to Nomos"))
        self.setObjectName("SignInDialog")
        self.profiles = profiles
        self.secrets = secrets
        self._connect = connect
        self.tasks = tasks
        self.demo_url = demo_url
        self._attempt: asyncio.Task[Any] | None = None
        self.result_value: Any = None
        self.current: Profile | None = None

        self.banner = Banner(self)
        self.profile_list = QListWidget(self)
        self.profile_list.setMinimumWidth(170)
        self.profile_list.currentItemChanged.connect(self._profile_chosen)
        self.new_button = QPushButton(self.tr("New profile"), self)
        self.new_button.clicked.connect(self.new_profile)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(
            self.tr("Delete the profile, its stored secret and its local data"))
        self.delete_button.clicked.connect(self.delete_profile)

        # A first start showed an empty white list and an empty form with nothing saying
        # what goes where; this says it until the first profile exists.
        self.first_run_hint = QLabel(self.tr(
            "No saved profiles yet. Fill in the connection on the right: it is saved as a "
            "profile once Nomos accepts it.<br><br>No account yet? Try the app on sample "
            "data:") + "<br><code>nomos-desk --demo</code>", self)  # own line: never split at "-"
        self.first_run_hint.setObjectName("FirstRunHint")
        self.first_run_hint.setTextFormat(Qt.TextFormat.RichText)
        self.first_run_hint.setWordWrap(True)
        self.first_run_hint.setMaximumWidth(240)
        mark_secondary(self.first_run_hint)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Stadtwerk production"))
        self.base_url = QLineEdit(self)
        self.base_url.setPlaceholderText("https://api.nomos.energy")
        self.client_id = QLineEdit(self)
        self.api_version = QComboBox(self)
        self.api_version.setEditable(True)
        self.api_version.addItems(list(VERSIONS))
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_note = QLabel(self)
        self.secret_note.setWordWrap(True)
        self.secret_note.setObjectName("SecretNote")

        self.fields = FieldErrors()
        form = QFormLayout()
        for label, key, widget in (
            (self.tr("Name"), "name", self.name), (self.tr("Base URL"), "base_url", self.base_url),
            (self.tr("Client id"), "client_id", self.client_id),
            (self.tr("API version"), "api_version", self.api_version),
            (self.tr("Client secret"), "secret", self.secret),
        ):
            form.addRow(label, widget)
            form.addRow("", self.fields.make_label(key, widget))
        form.addRow("", self.secret_note)

        # After a sign-out from the demo, the way back must not need the sandbox's port.
        self.demo_button = QPushButton(self.tr("Back to the demo sandbox"), self)
        self.demo_button.setObjectName("demoSignIn")
        self.demo_button.setToolTip(
            self.tr("Sign in to the local sandbox with its full-access client"))
        self.demo_button.setVisible(demo_url is not None)
        self.demo_button.clicked.connect(self.sign_in_to_demo)
        # Behind a corporate proxy or TLS inspection the sign-in fails until these are set.
        self.network_button = QPushButton(self.tr("Network settings…"), self)
        self.network_button.setToolTip(self.tr("Proxy and CA certificates for this computer"))
        self.network_button.setVisible(network_settings is not None)
        if network_settings is not None:
            self.network_button.clicked.connect(lambda: network_settings(self))
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._cancel)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Profiles"), self))
        left.addWidget(self.first_run_hint)
        left.addWidget(self.profile_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        buttons = left_row(self.demo_button, self.network_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_in_button)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addLayout(body)
        self.resize(720, 400)

        self._fill_list(preselect)

    # -- profiles ---------------------------------------------------------------
    def _fill_list(self, select: str | None) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for profile in self.profiles.all():
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            self.profile_list.addItem(item)
        self.profile_list.blockSignals(False)
        ids = [p.id for p in self.profiles.all()]
        self.first_run_hint.setVisible(not ids)
        if select in ids:
            self.profile_list.setCurrentRow(ids.index(select))
        elif ids:
            self.profile_list.setCurrentRow(len(ids) - 1)
        else:
            self.new_profile()

    def _profile_chosen(self, item: QListWidgetItem | None) -> None:
        profile = self.profiles.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self._show_profile(profile or Profile(name=""))

    def new_profile(self) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.clearSelection()
        self.profile_list.setCurrentRow(-1)
        self.profile_list.blockSignals(False)
        self._show_profile(Profile(name=""))
        self.name.setFocus()

    def _show_profile(self, profile: Profile) -> None:
        self.current = profile
        self.fields.clear()
        self.banner.dismiss()
        self.name.setText(profile.name)
        self.base_url.setText(profile.base_url)
        self.client_id.setText(profile.client_id)
        self.api_version.setCurrentText(profile.api_version)
        self.secret.clear()
        stored = self.profiles.get(profile.id) is not None and self.secrets.get(profile.id)
        self.delete_button.setEnabled(self.profiles.get(profile.id) is not None)
        self._update_secret_note(bool(stored))

    def _update_secret_note(self, stored: bool) -> None:
        if not self.secrets.persistent():
            self.secret.setPlaceholderText(self.tr("kept for this session only") if not stored
                                           else self.tr("(session secret kept)"))
            self.secret_note.setText(self.tr(
                "No system keyring is available here, so the secret is kept in memory for "
                "this session only and must be entered again next time."))
        else:
            self.secret.setPlaceholderText(self.tr("stored in the keyring; type to replace")
                                           if stored else "")
            self.secret_note.setText(
                self.tr("The secret is stored in the operating system's keyring, nowhere else."))

    def delete_profile(self) -> None:
        if self.current is None or self.profiles.get(self.current.id) is None:
            return
        self.secrets.forget(self.current.id)
        self.profiles.paths.wipe_profile(self.current.id)
        self.profiles.remove(self.current.id)
        self._fill_list(None)

    def edited_profile(self) -> Profile:
        base = self.current or Profile(name="")
        return Profile(
            name=self.name.text().strip(),
            base_url=self.base_url.text().strip().rstrip("/"),
            client_id=self.client_id.text().strip(),
            api_version=self.api_version.currentText().strip(),
            id=base.id,
        )

    # -- signing in -------------------------------------------------------------
    def sign_in(self) -> None:
        if self._attempt is not None and not self._attempt.done():
            return
        self.banner.dismiss()
        self.fields.clear()
        profile = self.edited_profile()
        problems = profile.problems()
        secret = self.secret.text() or (self.secrets.get(profile.id) or "")
        if not secret:
            problems["secret"] = self.tr("Enter the client secret.")
        if any(p.name == profile.name and p.id != profile.id for p in self.profiles.all()):
            problems.setdefault("name",
                                self.tr("Another profile has this name; pick a distinct one."))
        for key, message in problems.items():
            self.fields.show(key, message)
        if problems:
            return
        self._start(profile, secret)

    def sign_in_to_demo(self) -> None:
        if self.demo_url is None or (self._attempt is not None and not self._attempt.done()):
            return
        self.banner.dismiss()
        self.fields.clear()
        self._start(demo_profile(self.demo_url), SANDBOX_SECRET, remember=False)

    def _start(self, profile: Profile, secret: str, *, remember: bool = True) -> None:
        self._busy(True)
        self._attempt = self.tasks.run("sign-in", self._run(profile, secret, remember),
                                       report=False)

    async def _run(self, profile: Profile, secret: str, remember: bool) -> None:
        try:
            result = await self._connect(profile, secret)
        except asyncio.CancelledError:
            self._busy(False)
            raise
        except (E.Unauthorized, E.BadRequest) as exc:
            self._busy(False)
            self.fields.show("secret", self.tr("Nomos did not accept this client id and secret."))
            self.banner.show_info(describe(exc, self.tr("Sign-in")))
            return
        except Exception as exc:  # shown in the dialog; the person can correct and retry
            self._busy(False)
            info = describe(exc, self.tr("Sign-in"))
            if isinstance(exc, E.UnsupportedVersion):
                self.fields.show("api_version", self.tr("This app does not know that version: %1")
                                 .replace("%1", str(exc)))
            elif isinstance(exc, (E.TransportError, E.ConfigurationError)):
                self.fields.show("base_url", self.tr("Could not connect: %1")
                                 .replace("%1", describe(exc).message))
            self.banner.show_info(info)
            return
        self._busy(False)
        if remember:
            self.profiles.upsert(profile)
            if self.secret.text():
                self.secrets.set(profile.id, secret)
        self.current = profile
        self.result_value = result
        self.accept()

    def _busy(self, busy: bool) -> None:
        for widget in (self.name, self.base_url, self.client_id, self.api_version, self.secret,
                       self.profile_list, self.new_button, self.delete_button, self.sign_in_button,
                       self.demo_button):
            widget.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))

    def _cancel(self) -> None:
        if self._attempt is not None and not self._attempt.done():
            self._attempt.cancel()  # abort the attempt, keep the dialog and what was typed
            return
        self.reject()

    def done(self, result: int) -> None:
        if self._attempt is not None and not self._attempt.done():
            self._attempt.cancel()
        super().done(result)
