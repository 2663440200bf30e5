"""What every view gets injected: the signed-in client and the frame's shared services.

Views never build an HTTP client, never look at scopes and never pop up dialogs for
errors: they call these. One Services object lives per signed-in session; a profile
switch or sign-out ends it (its tasks are cancelled, its client closed).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from nomos_desk.ui.connection import ConnectionMonitor
from nomos_desk.ui.gating import ScopeGate
from nomos_desk.ui.profiles import Profile
from nomos_desk.ui.settings import AppSettings
from nomos_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from nomos_desk.api import NomosClient


class UiSink(Protocol):
    """Where errors and status lines end up (the main window, or a recorder in tests)."""

    def report_error(self, exc: BaseException, context: str) -> None: ...
    def status(self, text: str) -> None: ...
    def refreshed(self) -> None: ...


@dataclass(eq=False)
class Services:
    client: NomosClient
    gate: ScopeGate
    tasks: TaskRunner
    profile: Profile
    data_dir: Path  # the profile's private directory; sign-out wipes it
    settings: AppSettings
    connection: ConnectionMonitor
    sink: UiSink

    def report_error(self, exc: BaseException, context: str) -> None:
        """Non-modal banner with message, Nomos code and request id; a lost connection
        shows the offline banner instead. Safe to call for cancellations (ignored)."""
        self.sink.report_error(exc, context)

    def status(self, text: str) -> None:
        self.sink.status(text)

    def refreshed(self) -> None:
        """Call after fresh data arrived from Nomos: updates "last refresh" in the status bar."""
        self.sink.refreshed()

    @property
    def demo(self) -> bool:
        return self.profile.environment == "sandbox"
