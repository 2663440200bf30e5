"""Runs index syncs from the UI: first full walk, then incremental on start, F5 and a timer."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from nomos_desk.index.service import IndexService
from nomos_desk.index.source import ApiSource
from nomos_desk.index.sync import Source, Syncer, SyncProgress, SyncResult

if TYPE_CHECKING:
    from nomos_desk.ui.services import Services

SYNC_TASK = "search.sync"
INTERVAL_SETTING = "sync_interval_minutes"


class SyncController(QObject):
    progress = Signal(object)   # SyncProgress
    finished = Signal(object)   # SyncResult
    failed = Signal(object)     # the exception
    cancelled = Signal()

    def __init__(self, services: Services, index: IndexService, source: Source | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.syncer = Syncer(index, source or ApiSource(services.client))
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
