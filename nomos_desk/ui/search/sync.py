"""Runs index syncs from the UI: first full walk, then incremental on start, F5 and a timer.

Under a flaky network the sync keeps going and says so: each retry of a call is told
(`waiting`), and when a call's background budget is spent the sync pauses, or waits
for the connection to come back, and then goes on with the page that failed. Only
after several such pauses in a row for one call does it fail; the timer tries again.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from nomos_desk.api import RetryNotice, errors
from nomos_desk.api.pagination import MAX_LIMIT
from nomos_desk.index.service import IndexService
from nomos_desk.index.source import ApiSource
from nomos_desk.index.sync import Source, Syncer, SyncProgress, SyncResult

if TYPE_CHECKING:
    from nomos_desk.api import NomosClient
    from nomos_desk.ui.services import Services

SYNC_TASK = "search.sync"
INTERVAL_SETTING = "sync_interval_minutes"
STALL_PAUSE = 30.0  # seconds before a call whose retries ran out is sent again; doubles
MAX_STALL_PAUSE = 300.0
MAX_STALLS = 5  # pauses in a row for one call before the sync fails


@dataclass(frozen=True, slots=True)
class SyncWait:
    """Why the sync is not moving right now, and for how long (seconds)."""

    cause: errors.NomosError
    seconds: float
    stalled: bool = False  # the call's retries ran out: a longer pause, then on from there
    offline: bool = False  # no connection: on from there once it is back


class SyncController(QObject):
    progress = Signal(object)   # SyncProgress
    finished = Signal(object)   # SyncResult
    failed = Signal(object)     # the exception
    cancelled = Signal()
    waiting = Signal(object)    # SyncWait

    def __init__(self, services: Services, index: IndexService, source: Source | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.stall_pause = STALL_PAUSE
        self.syncer = Syncer(index, source or self.source_for(services.client))
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer)
        self._follow_interval()
        services.settings.changed.connect(self._setting_changed)
        self.last: SyncProgress | None = None

    def _setting_changed(self, key: str) -> None:
        if key == INTERVAL_SETTING:
            self._follow_interval()

    def _follow_interval(self) -> None:
        self.timer.setInterval(int(self.services.settings.value(INTERVAL_SETTING)) * 60_000)

    @property
    def running(self) -> bool:
        return self.services.tasks.is_running(SYNC_TASK)

    def start(self, *, full: bool | None = None) -> asyncio.Task[SyncResult | None] | None:
        """Start a sync unless one is running (a second walk would only repeat the first)."""
        if self.running:
            return None
        return self.services.tasks.run(SYNC_TASK, self._run(full),
                                       context=self.tr("Syncing the search index"))

    def cancel(self) -> None:
        self.services.tasks.cancel(SYNC_TASK)

    def _on_timer(self) -> None:
        self.start()

    async def _run(self, full: bool | None) -> SyncResult | None:
        try:
            result = await self.syncer.run(self._report, full=full)
        except asyncio.CancelledError:
            self.cancelled.emit()
            raise
        except Exception as exc:  # shown in the view; the timer tries again later
            self._keep_ticking()
            self.failed.emit(exc)
            return None
        self._keep_ticking()
        self.finished.emit(result)
        self.services.refreshed()
        return result

    def _keep_ticking(self) -> None:
        # Started after the first attempt, failed or not: a sync that failed while the
        # network was down is retried without anyone pressing F5.
        if not self.timer.isActive():
            self.timer.start()

    def _report(self, progress: SyncProgress) -> None:
        self.last = progress
        self.progress.emit(progress)

    # -- a flaky network -----------------------------------------------------------------
    def source_for(self, client: NomosClient, page_size: int = MAX_LIMIT) -> ApiSource:
        """The API source whose retries and stalls this controller shows and handles."""
        return ApiSource(client, page_size, on_retry=self._retrying, stall=self._stalled)

    def _retrying(self, notice: RetryNotice) -> None:
        self.waiting.emit(SyncWait(notice.cause, notice.delay))

    async def _stalled(self, exc: errors.NomosError, times: int) -> None:
        connection = self.services.connection
        if not connection.online:
            self.waiting.emit(SyncWait(exc, 0.0, stalled=True, offline=True))
            await connection.wait_online()
            return
        if times > MAX_STALLS:
            raise exc
        pause = min(self.stall_pause * 2 ** (times - 1), MAX_STALL_PAUSE)
        self.waiting.emit(SyncWait(exc, pause, stalled=True))
        await asyncio.sleep(pause)
