"""Named background tasks on the one asyncio loop.

Starting a task under a name cancels the previous one of that name (a newer search
supersedes the old one; reopening a workspace restarts its load). Every task is kept
referenced until it ends, so none is garbage-collected mid-flight, and every failure
is logged and handed to the error sink instead of vanishing into "Task exception was
never retrieved".
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtWidgets import QDialog

from nomos_desk.api.errors import NomosError, Timeout, TransportError

log = logging.getLogger(__name__)
T = TypeVar("T")


class OnlineWaiter(Protocol):
    @property
    def online(self) -> bool: ...
    def report_offline(self, exc: BaseException) -> None: ...
    def report_online(self) -> None: ...
    async def wait_online(self) -> None: ...


class TaskRunner:
    def __init__(
        self,
        on_error: Callable[[BaseException, str], None] | None = None,
        connection: OnlineWaiter | None = None,
    ) -> None:
        self._on_error = on_error
        self.connection = connection
        self._named: dict[str, asyncio.Task[Any]] = {}
        self._all: set[asyncio.Task[Any]] = set()
        self._contexts: dict[asyncio.Task[Any], str] = {}
        self._quiet: set[asyncio.Task[Any]] = set()
        self._closed = False

    def set_error_sink(self, on_error: Callable[[BaseException, str], None] | None) -> None:
        self._on_error = on_error

    def run(self, name: str, coro: Coroutine[Any, Any, T], *, context: str = "",
            report: bool = True) -> asyncio.Task[T]:
        """Start `coro` as task `name`, cancelling a still-running task of the same name.
        `context` says in words what failed ("Ordering a smart meter") for the banner;
        the name is for code and logs only. With `report=False` a failure is left to
        whoever awaits the task (it is still logged)."""
        if self._closed:
            coro.close()
            raise RuntimeError("the task runner is shut down")
        previous = self._named.get(name)
        if previous is not None and not previous.done():
            previous.cancel()
        task = asyncio.get_event_loop().create_task(coro, name=name)
        self._contexts[task] = context
        if not report:
            self._quiet.add(task)
        self._named[name] = task
        self._all.add(task)
        task.add_done_callback(self._finished)
        return task

    def run_read(self, name: str, factory: Callable[[], Awaitable[T]], *, context: str = "") -> asyncio.Task[T]:
        """Like `run` for a read that may simply be repeated: when the network is gone it
        waits until the connection is back and runs the read again (a fresh call of
        `factory`), so an offline spell heals itself without anyone pressing F5."""
        return self.run(name, self._read_until_done(factory), context=context)

    def run_guarded(self, name: str, factory: Callable[[], Awaitable[None]], *,
                    on_error: Callable[[BaseException], None]) -> asyncio.Task[None]:
        """A read like `run_read` whose failure belongs to one place on screen (a section,
        a list): `on_error` shows it there instead of the frame's banner."""
        async def guarded() -> None:
            try:
                await self._read_until_done(factory)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.info("task %s failed: %r", name, exc)
                on_error(exc)
        return self.run(name, guarded())

    async def _read_until_done(self, factory: Callable[[], Awaitable[T]]) -> T:
        while True:
            try:
                result = await factory()
            except TransportError as exc:
                if self.connection is None:
                    raise
                if isinstance(exc, Timeout) and self.connection.online:
                    # Nomos is reachable but did not answer in time: waiting for the
                    # connection to come back would return at once and ask again forever.
                    raise
                self.connection.report_offline(exc)
                await self.connection.wait_online()
                continue
            if self.connection is not None:
                self.connection.report_online()
            return result

    def is_running(self, name: str) -> bool:
        task = self._named.get(name)
        return task is not None and not task.done()

    def names(self, prefix: str = "") -> list[str]:
        return sorted(n for n, t in self._named.items() if n.startswith(prefix) and not t.done())

    def cancel(self, prefix: str) -> int:
        """Cancel every running task whose name starts with `prefix` (a closed tab's work)."""
        hits = [t for n, t in self._named.items() if n.startswith(prefix) and not t.done()]
        for task in hits:
            task.cancel()
        return len(hits)

    def cancel_all(self) -> None:
        for task in list(self._all):
            task.cancel()

    @property
    def closed(self) -> bool:
        """Shut down: the session is ending and no new task may start."""
        return self._closed

    @property
    def pending(self) -> int:
        return sum(1 for t in self._all if not t.done())

    async def shutdown(self, timeout: float = 2.0) -> None:
        """Cancel everything and wait (bounded) until the cancellations have run, so
        that closing the window with requests in flight is quick and leaves nothing
        dangling on the loop."""
        self._closed = True
        self.cancel_all()
        waiting = [t for t in self._all if not t.done()]
        if waiting:
            await asyncio.wait(waiting, timeout=timeout)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._all.discard(task)
        context = self._contexts.pop(task, "")
        quiet = task in self._quiet
        self._quiet.discard(task)
        name = task.get_name()
        if self._named.get(name) is task:
            del self._named[name]
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        if quiet:  # whoever awaits the task handles (and reports) the failure
            log.debug("task %s failed: %r", name, exc)
            return
        # Expected API failures are logged in one line; anything else with its traceback.
        log.warning("task %s failed: %r", name, exc, exc_info=None if isinstance(exc, NomosError) else exc)
        if self._on_error is not None:
            try:
                self._on_error(exc, context)
            except Exception:  # the sink must never take the loop down with it
                log.exception("error sink failed for task %s", name)


async def open_dialog(dialog: QDialog) -> int:
    """Show `dialog` window-modally with open() and wait for its result without
    re-entering the event loop (exec() inside a coroutine would run a nested loop in
    which other coroutines resume at surprising times)."""
    future: asyncio.Future[int] = asyncio.get_event_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await future
    finally:
        if shiboken6.isValid(dialog):  # its parent window may be gone already
            dialog.finished.disconnect(finished)
            if future.cancelled():  # whoever waited is gone: the dialog must not linger
                dialog.reject()
