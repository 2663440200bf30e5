"""What support needs to know about this installation, as text for a ticket.

"Copy diagnostic info" (Help menu) and the crash dialog's details both start with
`versions()`. Everything passes through `redact()`: no secret, token, full IBAN or
e-mail address leaves by the clipboard either.
"""

from __future__ import annotations

import platform
import sys
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from nomos_desk import __version__
from nomos_desk.ui.logs import installed, redact_text
from nomos_desk.ui.profiles import DEFAULT_API_VERSION

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services
    from nomos_desk.ui.settings import AppSettings


def frozen() -> bool:
    """Running from an installed bundle (PyInstaller), not from a Python environment."""
    return bool(getattr(sys, "frozen", False))


def versions() -> list[str]:
    build = "bundle" if frozen() else "source"
    return [
        f"Nomos Desk {__version__} ({build}), API version {DEFAULT_API_VERSION}",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
        f"OS {platform.platform()} ({platform.machine()})",
    ]


def _keyring_backend() -> str:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend is itself worth reporting
        return f"unavailable ({type(exc).__name__})"
    return f"{type(backend).__module__}.{type(backend).__name__}"


def diagnostic_text(settings: AppSettings | None, services: Services | None) -> str:
    lines = ["Nomos Desk diagnostic info", *versions(), f"Keyring {_keyring_backend()}"]
    if services is not None:
        profile, gate = services.profile, services.gate
        lines += [
            "", "Connection",
            f"  profile {profile.name} ({profile.environment}), id {profile.id}",
            f"  base URL {profile.base_url}, client id {profile.client_id}",
            f"  API version {profile.api_version}",
            f"  scopes {' '.join(sorted(gate.scopes)) or '(none)'}",
            f"  online {services.connection.online}",
        ]
    else:
        lines += ["", "Connection", "  not signed in"]
    if settings is not None:
        lines += ["", "Settings", *(f"  {key} = {value}" for key, value in settings.snapshot())]
    logs = installed()
    lines += ["", "Log file", f"  {logs.file if logs and logs.file else '(none)'}"]
    entries = list(logs.recent.entries) if logs is not None else []
    lines += ["", f"Recent errors ({len(entries)})"]
    for entry in reversed(entries):
        rid = f" [request id {entry.request_id}]" if entry.request_id else ""
        lines.append(f"  {entry.when:%Y-%m-%d %H:%M:%S} {entry.level} {entry.source}: "
                     f"{entry.message}{rid}")
    return redact_text("\n".join(lines))
