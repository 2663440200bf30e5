"""Running a bulk smart-meter order: paced, pausable, at most one order per subscription.

The runner knows nothing of HTTP: `send` places one order and says what came of it
(an `Attempt`), `check` looks at Nomos for a subscription's order. What it does
with those answers is the whole safety of the run:

- the journal says "sending" before every order leaves, so after a crash the
  runner first looks up every order that may be out there without an answer;
- a lost answer (timeout, 5xx, dropped connection) is settled by looking, never by
  sending again; only "looked for a while and it is not there" puts it back in line;
- a 409 means the order exists: done (ours, if an earlier send of ours was in doubt);
- a 429 was turned away before anything happened: the runner waits as told, slows
  its pace, and sends that order again.

Pace: no interval until Nomos answers 429; then a little under the rate that got
through, easing up slowly after runs of successes (see Pacer).
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from nomos_desk.domain.bulk_journal import (
    EXISTING,
    FINISHED,
    ORDERED,
    PAUSED,
    PENDING,
    REFUSED,
    RUNNING,
    SENDING,
    UNKNOWN,
    Item,
    Journal,
)

# What one attempt (or one look) came to.
CREATED, ALREADY, REFUSED_BY_NOMOS, NOT_PLACED, IN_DOUBT, THROTTLED, STOP = (
    "created", "already", "refused", "not_placed", "in_doubt", "throttled", "stop")


@dataclass(frozen=True, slots=True)
class Attempt:
    kind: str
    order_id: str | None = None
    reason: str | None = None       # an error code for refusals
    detail: str = ""                # words for the report
    retry_after: float | None = None
    looked: bool = False            # the order was found by looking, not in an answer
    order_created: datetime | None = None


# A found order created this long before our first send was there already (clocks of
# client and Nomos may differ a little).
CLOCK_SKEW = timedelta(seconds=60)


Send = Callable[[Item], Awaitable[Attempt]]
Check = Callable[[Item], Awaitable[Attempt]]


class Pacer:
    """The interval between orders. A 429 sets the pace to a little under what got through
    in the second before it (Nomos's limit, as observed); a run of successes then eases
    it by a fixed number of orders per second (additive increase), so the run stays just
    under the limit instead of bouncing off it: each bounce costs a whole Retry-After."""

    def __init__(self, *, interval: float = 0.0, ceiling: float = 30.0, margin: float = 0.9,
                 ease_after: int = 20, ease_rate: float = 1.0,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[object]] = asyncio.sleep) -> None:
        self.interval = interval
        self.ceiling = ceiling
        self.margin = margin
        self.ease_after = ease_after
        self.ease_rate = ease_rate  # orders per second more after `ease_after` successes
        self._clock = clock
        self._sleep = sleep
        self._next = 0.0
        self._streak = 0
        self._recent: deque[float] = deque()  # slots handed out in the last second
        self.throttles = 0

    async def wait(self) -> None:
        """Take the next slot (concurrent senders queue up one interval apart)."""
        now = self._clock()
        slot = max(now, self._next)
        self._next = slot + self.interval
        self._recent.append(slot)
        if slot > now:
            await self._sleep(slot - now)

    def throttled(self, retry_after: float | None) -> None:
        self.throttles += 1
        self._streak = 0
        now = self._clock()
        while self._recent and self._recent[0] < now - 1.0:
            self._recent.popleft()
        got_through = max(1, len(self._recent))  # per second, just before Nomos said no
        rate = self.margin * got_through
        if self.interval > 0:
            rate = min(rate, self.margin / self.interval)
        self.interval = min(self.ceiling, 1.0 / rate)
        hold = now + (retry_after if retry_after is not None else self.interval)
        self._next = max(self._next, hold)

    def succeeded(self) -> None:
        self._streak += 1
        if self._streak >= self.ease_after and self.interval > 0:
            self._streak = 0
            self.interval = 1.0 / (1.0 / self.interval + self.ease_rate)


class BulkRun:
    """One run of a journal; `run()` (re)starts it wherever the journal stands."""

    def __init__(self, journal: Journal, run_id: int, send: Send, check: Check, *,
                 pacer: Pacer | None = None, concurrency: int = 2,
                 on_progress: Callable[[Counter[str]], None] | None = None,
                 precheck: Callable[[Item], Attempt | None] | None = None) -> None:
        self.journal = journal
        self.run_id = run_id
        self._send = send
        self._check = check
        # What is known before sending (a plan found to lack the product during this run):
        # an Attempt settles the item without a request.
        self._precheck = precheck
        self.pacer = pacer or Pacer()
        self.concurrency = max(1, concurrency)
        self._on_progress = on_progress
        self._go = asyncio.Event()
        self._go.set()
        self._cancel = False
        self.stopped_because: Attempt | None = None

    # -- control ---------------------------------------------------------------------
    def pause(self) -> None:
        self._go.clear()
        self.journal.set_state(self.run_id, PAUSED)
        self._progress()

    def resume(self) -> None:
        self.journal.set_state(self.run_id, RUNNING)
        self._go.set()

    @property
    def paused(self) -> bool:
        return not self._go.is_set()

    def cancel(self) -> None:
        """Stop after the orders in flight; the rest is reported as not sent."""
        self._cancel = True
        self._go.set()

    def counts(self) -> Counter[str]:
        return self.journal.counts(self.run_id)

    def _progress(self) -> None:
        if self._on_progress is not None:
            self._on_progress(self.counts())

    # -- the run ---------------------------------------------------------------------
    async def run(self) -> Counter[str]:
        self.journal.set_state(self.run_id, RUNNING)
        for item in self.journal.items(self.run_id, SENDING):
            await self._look(item)  # in flight when the last run stopped: look before sending
        while True:
            await asyncio.gather(*(self._worker() for _ in range(self.concurrency)))
            if self.stopped_because is not None or self._cancel:
                break
            # Another look at what stayed in doubt; what is positively not there goes back
            # in line and the workers send it.
            for item in self.journal.items(self.run_id, UNKNOWN):
                await self._look(item)
            if self.journal.next_pending(self.run_id) is None:
                break
        if self.stopped_because is not None:
            self.journal.set_state(self.run_id, PAUSED, self.stopped_because.detail)
            self._go.clear()
        elif self._cancel:
            self.journal.cancel_rest(self.run_id)
        else:
            self.journal.set_state(self.run_id, FINISHED)
        self._progress()
        return self.counts()

    async def _worker(self) -> None:
        while True:
            await self._go.wait()
            if self._cancel or self.stopped_because is not None:
                return
            item = self.journal.next_pending(self.run_id)
            if item is None:
                return
            known = self._precheck(item) if self._precheck is not None else None
            if known is not None:
                self._apply(item, known, sent=False)
                self._progress()
                continue
            await self.pacer.wait()
            if self._cancel or self.stopped_because is not None or not self._go.is_set():
                continue
            item = self.journal.item(self.run_id, item.subscription)
            if item is None or item.state != PENDING:
                continue  # another worker took it meanwhile
            self.journal.sending(self.run_id, item.subscription)
            attempt = await self._send(item)
            self._apply(item, attempt, sent=True)
            self._progress()

    async def _look(self, item: Item) -> None:
        attempt = await self._check(item)
        self._apply(item, attempt, sent=False)
        self._progress()

    def _ours(self, item: Item, attempt: Attempt) -> bool:
        """An order found after a lost answer is ours unless it is older than our sending
        (a colleague's, placed before the run reached this subscription)."""
        if not attempt.looked or attempt.order_created is None:
            return True
        first = self.journal.item(self.run_id, item.subscription)
        sent_at = first.first_sent_at if first is not None else None
        return sent_at is None or attempt.order_created >= sent_at - CLOCK_SKEW

    def _apply(self, item: Item, attempt: Attempt, *, sent: bool) -> None:
        sub, run = item.subscription, self.run_id
        sends = item.sends + (1 if sent else 0)
        if attempt.kind == CREATED:
            self.pacer.succeeded()
            ours = self._ours(item, attempt)
            self.journal.settle(run, sub, ORDERED if ours else EXISTING,
                                order_id=attempt.order_id, detail=attempt.detail if ours else "")
        elif attempt.kind == ALREADY:
            self.pacer.succeeded()
            # An order that exists after a send of ours was in doubt is that send's.
            ours = sends > 1 or (not sent and sends > 0)
            self.journal.settle(run, sub, ORDERED if ours else EXISTING,
                                order_id=attempt.order_id, detail=attempt.detail)
        elif attempt.kind == REFUSED_BY_NOMOS:
            self.pacer.succeeded()
            self.journal.settle(run, sub, REFUSED, reason=attempt.reason, detail=attempt.detail)
        elif attempt.kind == NOT_PLACED:
            self.journal.settle(run, sub, PENDING, detail=attempt.detail)
        elif attempt.kind == THROTTLED:
            self.pacer.throttled(attempt.retry_after)
            if sent:
                self.journal.not_sent(run, sub)
        elif attempt.kind == STOP:
            self.stopped_because = attempt
            if sent:
                self.journal.not_sent(run, sub)
        else:  # IN_DOUBT: looked, and the look failed too; it stays out of line
            self.journal.settle(run, sub, UNKNOWN, detail=attempt.detail)

