"""Connection profiles, where files live, and the client secret's only home.

A profile is what a person picks at sign-in: a name, the API's base URL, the OAuth
client id and the pinned API version. The secret never lands in a file: it goes to
the OS keyring, or, where no keyring backend exists, into this process's memory for
the session only (the sign-in dialog says so).
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import keyring
import platformdirs
from keyring.errors import KeyringError, PasswordDeleteError
from PySide6.QtCore import QCoreApplication

from nomos_desk.api import check_url
from nomos_desk.api.errors import InsecureUrl, InvalidUrl
from nomos_desk.domain.privacy import private_dir, write_private

log = logging.getLogger(__name__)

APP_NAME = "nomos-desk"
KEYRING_SERVICE = "nomos-desk"
DEFAULT_BASE_URL = "https://api.nomos.energy"
DEFAULT_API_VERSION = "2026-05-27.curie"


class AppPaths:
    """platformdirs locations, or everything under one root (NOMOS_DESK_HOME, tests)."""

    def __init__(self, root: Path | None = None) -> None:
        root = root or (Path(os.environ["NOMOS_DESK_HOME"]) if os.environ.get("NOMOS_DESK_HOME") else None)
        if root is not None:
            self.config_dir = Path(root) / "config"
            self.data_dir = Path(root) / "data"
            self.log_dir = Path(root) / "logs"
        else:
            self.config_dir = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
            self.data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
            self.log_dir = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))

    @property
    def settings_file(self) -> Path:
        private_dir(self.config_dir, tighten=True)
        return self.config_dir / "settings.ini"

    @property
    def profiles_file(self) -> Path:
        return self.config_dir / "profiles.json"

    @property
    def sandbox_dir(self) -> Path:
        return self.data_dir / "sandbox"

    def profile_dir(self, profile_id: str) -> Path:
        private_dir(self.data_dir, tighten=True)
        return private_dir(self.data_dir / "profiles" / profile_id, tighten=True)

    def wipe_profile(self, profile_id: str) -> None:
        shutil.rmtree(self.data_dir / "profiles" / profile_id, ignore_errors=True)


@dataclass
class Profile:
    name: str
    base_url: str = DEFAULT_BASE_URL
    client_id: str = ""
    api_version: str = DEFAULT_API_VERSION
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    @property
    def environment(self) -> str:
        """What the status bar calls the backend, derived so it can never disagree with the URL."""
        host = (urlparse(self.base_url).hostname or "").lower()
        if host in ("127.0.0.1", "localhost", "::1") or "sandbox" in host:
            return "sandbox"
        if re.search(r"(staging|stage|test|dev)", host):
            return "staging"
        return "production"

    def problems(self) -> dict[str, str]:
        """Field name -> what is wrong, for the sign-in form (checked before any request)."""
        out: dict[str, str] = {}
        if not self.name.strip():
            out["name"] = QCoreApplication.translate("Profile", "Give the profile a name.")
        try:
            check_url(self.base_url.strip())  # the client's own rule, so the two agree
        except InsecureUrl:
            out["base_url"] = QCoreApplication.translate(
                "Profile", "Use https: plain http would send the secret unencrypted (it is "
                "allowed for a sandbox on this computer only).")
        except InvalidUrl:
            out["base_url"] = QCoreApplication.translate(
                "Profile", "Enter a URL such as https://api.nomos.energy.")
        if not self.client_id.strip():
            out["client_id"] = QCoreApplication.translate(
                "Profile", "Enter the OAuth client id from the Nomos dashboard.")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}\.\w+", self.api_version.strip()):
            out["api_version"] = QCoreApplication.translate(
                "Profile", "An API version looks like 2026-05-27.curie.")
        return out


class ProfileStore:
    """Profiles as JSON in the config directory: no secrets in here, ever."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self._profiles: list[Profile] = []
        self.load()

    def load(self) -> None:
        try:
            raw = json.loads(self.paths.profiles_file.read_text("utf-8"))
        except (OSError, ValueError):
            raw = []
        known = set(Profile.__dataclass_fields__)
        self._profiles = [
            Profile(**{k: v for k, v in item.items() if k in known})
            for item in raw if isinstance(item, dict) and "name" in item
        ]

    def save(self) -> None:
        write_private(self.paths.profiles_file,
                      json.dumps([asdict(p) for p in self._profiles], indent=2).encode("utf-8"))

    def all(self) -> list[Profile]:
        return list(self._profiles)

    def get(self, profile_id: str) -> Profile | None:
        return next((p for p in self._profiles if p.id == profile_id), None)

    def upsert(self, profile: Profile) -> None:
        self._profiles = [p for p in self._profiles if p.id != profile.id] + [profile]
        self.save()

    def remove(self, profile_id: str) -> None:
        self._profiles = [p for p in self._profiles if p.id != profile_id]
        self.save()


class SecretStore:
    """The OS keyring, or session memory where no keyring backend exists."""

    def __init__(self) -> None:
        self._session: dict[str, str] = {}

    @staticmethod
    def persistent() -> bool:
        """Whether a keyring backend is usable (asked each time: it can be set at runtime)."""
        try:
            keyring.get_password(KEYRING_SERVICE, "__probe__")
        except (KeyringError, RuntimeError, OSError):
            return False
        return True

    def get(self, profile_id: str) -> str | None:
        if profile_id in self._session:
            return self._session[profile_id]
        try:
            return keyring.get_password(KEYRING_SERVICE, profile_id)
        except (KeyringError, RuntimeError, OSError) as exc:
            log.info("keyring unavailable for reading: %s", exc)
            return None

    def set(self, profile_id: str, secret: str) -> bool:
        """Store the secret; True when it went to the OS keyring, False when session-only."""
        try:
            keyring.set_password(KEYRING_SERVICE, profile_id, secret)
        except (KeyringError, RuntimeError, OSError) as exc:
            log.info("keyring unavailable, keeping the secret for this session: %s", exc)
            self._session[profile_id] = secret
            return False
        self._session.pop(profile_id, None)
        return True

    def forget(self, profile_id: str) -> None:
        self._session.pop(profile_id, None)
        try:
            keyring.delete_password(KEYRING_SERVICE, profile_id)
        except PasswordDeleteError:
            pass
        except (KeyringError, RuntimeError, OSError) as exc:
            log.info("keyring unavailable for deleting: %s", exc)
