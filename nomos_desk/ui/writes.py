"""A write whose answer was lost: find out what happened before anything is sent again.

After a timeout, a 5xx or a dropped connection the write may have landed, may land
later (the server kept working after the client gave up), or may never land. The
only safe next step is to look: `settle()` asks `check()` (a read that finds the
write's effect: the order, the lead with our intent key, the changed field) with
growing pauses until it finds it or its patience runs out. Only "not found after
looking for a while" may be offered as "send again"; when the checks themselves fail,
the outcome stays unknown. `send_write()` sends a write once and turns every answer,
lost ones included, into a `WriteOutcome` a form can show and act on.
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


# -- sending a write and knowing afterwards what happened ----------------------------------
DONE, REFUSED, NOT_SENT, NOT_APPLIED = "done", "refused", "not_sent", "not_applied"


@dataclass(frozen=True, slots=True)
class WriteOutcome(Generic[T]):
    """What one attempt of a write came to.

    DONE: applied (`result` is the answer, or the effect a check found: then `late`).
    REFUSED: Nomos (or the token's scope) said no; nothing was applied.
    NOT_SENT: the request never left (no connection); nothing was applied.
    NOT_APPLIED: the answer was lost, and looking for the effect did not find it.
    UNKNOWN: the answer was lost and looking failed too: nothing may be offered but a check.
    """

    kind: str
    result: T | None = None
    error: BaseException | None = None
    checks: int = 0
    late: bool = False

    @property
    def may_resend(self) -> bool:
        return self.kind in (REFUSED, NOT_SENT, NOT_APPLIED)


async def send_write(write: Callable[[], Awaitable[T]],
                     check: Callable[[], Awaitable[T | None]], *,
                     patience: float) -> WriteOutcome[T]:
    """Send once. A lost answer (timeout, 5xx, dropped connection: OutcomeUnknown) is
    never resent here: `check` reads the record back until the effect shows or
    `patience` runs out (0: one look, for a write that may safely be sent again)."""
    try:
        result = await write()
    except asyncio.CancelledError:
        raise
    except errors.OutcomeUnknown as exc:
        return await look_for(check, exc, patience)
    except errors.TransportError as exc:  # refused before anything was sent
        return WriteOutcome(NOT_SENT, error=exc)
    except (errors.ApiError, errors.MissingScope, errors.InvalidArgument) as exc:
        return WriteOutcome(REFUSED, error=exc)
    return WriteOutcome(DONE, result)


async def look_for(check: Callable[[], Awaitable[T | None]], cause: BaseException | None,
                   patience: float) -> WriteOutcome[T]:
    """Settle a lost answer by reading back; `cause` is what lost it."""
    settled = await settle(check, patience=patience)
    if settled.state == FOUND:
        return WriteOutcome(DONE, settled.effect, cause, settled.checks, late=True)
    if settled.state == NOT_FOUND:
        return WriteOutcome(NOT_APPLIED, None, cause, settled.checks)
    return WriteOutcome(UNKNOWN, None, settled.error or cause, settled.checks)
