"""Online/offline state, and the probe that notices when the network is back.

Reads that fail for lack of a connection park on `wait_online()` (see
TaskRunner.run_read) instead of failing; the probe calls Nomos with growing pauses
and, on the first answer, releases them all at once. Nothing is cleared or reset
while offline, so whatever a person typed stays where it is.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import httpx
from PySide6.QtCore import QObject, Signal

from nomos_desk.api.errors import TransportError

if TYPE_CHECKING:
    from nomos_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

ONLINE, OFFLINE = "online", "offline"
PROBE_TASK = "connection.probe"


class ConnectionMonitor(QObject):
    state_changed = Signal(str)

    def __init__(
        self,
        probe: Callable[[], Awaitable[object]] | None = None,
        *,
        first_pause: float = 1.0,
        max_pause: float = 30.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.probe = probe
        self.first_pause = first_pause
        self.max_pause = max_pause
        self.state = ONLINE
        self._back = asyncio.Event()
        self._back.set()
        self._tasks: TaskRunner | None = None
        self._wake = asyncio.Event()

    @property
    def online(self) -> bool:
        return self.state == ONLINE

    def report_offline(self, exc: BaseException) -> None:
        if self.state == OFFLINE:
            return
        log.info("connection lost: %r", exc)
        self.state = OFFLINE
        self._back.clear()
        self.state_changed.emit(OFFLINE)
        if self.probe is not None and self._tasks is not None \
                and not self._tasks.is_running(PROBE_TASK):
            self._tasks.run(PROBE_TASK, self._probe_loop())

    def report_online(self) -> None:
        if self.state == ONLINE:
            return
        log.info("connection back")
        self.state = ONLINE
        self._back.set()
        self.state_changed.emit(ONLINE)

    async def wait_online(self) -> None:
        await self._back.wait()

    def probe_now(self) -> None:
        """Skip the current pause ("Retry now" on the offline banner)."""
        self._wake.set()

    def attach(self, tasks: TaskRunner) -> None:
        """The session's runner, which runs (and on sign-out cancels) the probe."""
        self._tasks = tasks

    def close(self) -> None:
        if self._tasks is not None:
            self._tasks.cancel(PROBE_TASK)

    async def _probe_loop(self) -> None:
        pause = self.first_pause
        while self.state == OFFLINE:
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=pause)
            except TimeoutError:
                pass
            if self.state != OFFLINE:
                return
            if self.probe is None:
                return
            try:
                await self.probe()
            except TransportError:
                pause = min(pause * 2, self.max_pause)
                continue
            except Exception as exc:
                # Any answer at all (even an error status) means the network is back.
                log.info("probe answered with %r: counting as online", exc)
            self.report_online()


class ObservingTransport(httpx.AsyncBaseTransport):
    """Wraps the client's transport to see every exchange with Nomos: any answer means
    online, a connection that cannot be opened means offline (shown at once, not after
    the client's retries), and every successful read moves "last refresh" in the status
    bar. An answer cut off mid-way is no sign of being offline (Nomos was reached; a
    flaky network does that now and then): the client's retry decides, and if the
    network really is gone its next attempt cannot connect."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        monitor: ConnectionMonitor,
        base_url: str,
        on_data: Callable[[], None] | None = None,
    ) -> None:
        self.inner = inner
        self.monitor = monitor
        self.base_url = base_url.rstrip("/")
        self.on_data = on_data

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self.inner.handle_async_request(request)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            self.monitor.report_offline(exc)
            raise
        self.monitor.report_online()
        if request.method == "GET" and response.status_code < 400 and self.on_data is not None:
            self.on_data()
        return response

    async def probe(self) -> None:
        """One cheap unauthenticated request: any HTTP answer (a 401 here) proves the
        network is back, without spending a token request on every probe."""
        request = httpx.Request("GET", self.base_url + "/plans", params={"limit": "1"}, extensions={
            "timeout": {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}})
        try:
            response = await self.inner.handle_async_request(request)
        except httpx.TransportError as exc:
            raise TransportError(f"still offline: {exc}") from exc
        await response.aclose()

    async def aclose(self) -> None:
        await self.inner.aclose()
