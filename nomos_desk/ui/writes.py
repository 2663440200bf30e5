"""A write whose answer was lost: find out what happened before anything is sent again.

After a timeout, a 5xx or a dropped connection the write may have landed, may land
later (the server kept working after the client gave up), or may never land. The
only safe next step is to look: `settle()` asks `check()` (a read that finds the
write's effect: the order, the lead with our intent key, the changed field) with
growing pauses until it finds it or its patience runs out. Only "not found after
looking for a while" may be offered as "send again"; when the checks themselves fail,
the outcome stays unknown.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from nomos_desk.api import errors

T = TypeVar("T")

FOUND, NOT_FOUND, UNKNOWN = "found", "not_found", "unknown"


@dataclass(frozen=True, slots=True)
class Settled(Generic[T]):
    state: str  # FOUND, NOT_FOUND or UNKNOWN
    effect: T | None = None
    checks: int = 0  # how many times Nomos was asked (said in the message)
    error: BaseException | None = None  # why the checks failed (UNKNOWN)

    @property
    def may_resend(self) -> bool:
        return self.state == NOT_FOUND


async def settle(
    check: Callable[[], Awaitable[T | None]],
    *,
    patience: float = 15.0,
    first_pause: float = 0.5,
    max_pause: float = 4.0,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Settled[T]:
    """Look for the effect now and again until found or `patience` seconds have passed."""
    started = clock()
    pause = first_pause
    checks = 0
    last_error: BaseException | None = None
    while True:
        try:
            checks += 1
            effect = await check()
        except asyncio.CancelledError:
            raise
        except errors.NomosError as exc:
            last_error, effect = exc, None
        else:
            last_error = None
            if effect is not None:
                return Settled(FOUND, effect, checks)
        remaining = patience - (clock() - started)
        if remaining <= 0:
            break
        await sleep(min(pause, remaining))  # the last look comes when patience runs out
        pause = min(pause * 2, max_pause)
    if last_error is not None:
        return Settled(UNKNOWN, None, checks, last_error)
    return Settled(NOT_FOUND, None, checks)
