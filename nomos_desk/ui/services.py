"""What every view gets injected: the signed-in client and the session's shared resources.

Views never build an HTTP client, never look at scopes, never open or close a shared
resource and never pop up dialogs for errors: they borrow what is here. One Services
object lives per signed-in session; it is created when the session starts (the index,
the plan catalog, caches) and `close()`d when it ends (tasks cancelled, files closed,
client closed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from nomos_desk.domain.privacy import delete_database
from nomos_desk.index.service import IndexService
from nomos_desk.ui.board.storage import BoardStorage
from nomos_desk.ui.caches import Caches
from nomos_desk.ui.catalog import PlanCatalog
from nomos_desk.ui.changes import RecordChanges
from nomos_desk.ui.connection import ConnectionMonitor
from nomos_desk.ui.gating import ScopeGate
from nomos_desk.ui.i18n import QT_TRANSLATE_NOOP
from nomos_desk.ui.invoices.pdf_cache import PdfCache
from nomos_desk.ui.profiles import Profile
from nomos_desk.ui.settings import AppSettings
from nomos_desk.ui.tasks import TaskRunner
from nomos_desk.ui.usage.cache import UsageCache

if TYPE_CHECKING:
    from nomos_desk.api import NomosClient

log = logging.getLogger(__name__)

INDEX_FILE = "index.sqlite3"
PLAN_FACTS_FILE = "plans.json"
INVOICE_PDF_DIR = "invoices"
USAGE_CACHE_FILE = "usage.sqlite3"


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
    # Record kinds the frame can open in a tab of their own (the registry's); views use it
    # to decide where a link leads (an invoice's own tab, or its subscription).
    tab_kinds: frozenset[str] = frozenset({"subscription", "customer"})
    # How long a write whose answer was lost is looked for before "send again" is offered
    # (it may land after the client gave up); see ui/writes.py.
    write_patience: float = 15.0
    # What time it is, for what depends on today (which usage values are published, today's
    # and tomorrow's prices); tests pin it to the sandbox world's "now".
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    index: IndexService = field(init=False)
    plans: PlanCatalog = field(init=False)
    board: BoardStorage = field(init=False)  # the meter-order board's store and journal
    changes: RecordChanges = field(init=False)  # the session's own writes, for every view
    caches: Caches = field(init=False)  # every session cache, for Settings (ui/caches.py)
    pdfs: PdfCache = field(init=False)  # invoice documents already downloaded
    usage: UsageCache = field(init=False)  # final usage values and past prices, on disk
    closed: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.connection.attach(self.tasks)
        self.index = IndexService(self.data_dir / INDEX_FILE)
        self.plans = PlanCatalog(self.client, self.tasks, self.data_dir / PLAN_FACTS_FILE)
        self.changes = RecordChanges()
        self.caches = Caches()
        self.caches.register("plans", QT_TRANSLATE_NOOP("Caches", "Plans and smart-meter facts"),
                             self.plans)
        self.board = BoardStorage(self.data_dir)
        self.caches.register("board", QT_TRANSLATE_NOOP("Caches", "Meter orders of the board"),
                             self.board)
        self.pdfs = PdfCache(self.data_dir / INVOICE_PDF_DIR)
        self.caches.register("invoice_pdfs", QT_TRANSLATE_NOOP("Caches", "Invoice documents"),
                             self.pdfs)
        self.usage = UsageCache(self.data_dir / USAGE_CACHE_FILE)
        self.caches.register("usage", QT_TRANSLATE_NOOP("Caches", "Usage values and prices"),
                             self.usage)

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

    async def close(self, *, wipe: bool = False) -> None:
        """End the session: cancel its work (bounded), release files, close the client.
        With `wipe` the profile's local data (index, caches) is deleted as well."""
        if self.closed:
            return
        self.closed = True
        await self.tasks.shutdown(timeout=1.5)
        if self.tasks.pending:
            log.debug("session tasks done, %d still pending", self.tasks.pending)
        if wipe:
            self.index.wipe()
            delete_database(self.data_dir / INDEX_FILE)
            self.board.wipe()
            self.pdfs.clear()
            self.usage.wipe()
        else:
            self.index.close()
            self.board.close()
            self.usage.close()
        self.connection.close()
        await self.client.aclose()
