"""Keeping the index in step with the API.

The first sync of a profile walks every customer and subscription page. Later
syncs ask only for what changed: subscriptions by `updated_at`, customers by
`created_at` (the API filters customers by nothing better, so a renamed customer
moves no watermark: once a day a sync walks every customer again, and only the
ones that differ are rewritten). Subscription list
items carry address and meter as ids only, so each new or changed
subscription's detail is fetched too (a few at a time), which also brings its
customer up to date. Watermarks are the newest timestamps the *server*
reported, never the local clock, and they move only after a sync completes,
so a cancelled or failed sync is simply repeated; writes are idempotent
upserts and details already fetched are not fetched again.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from .records import CustomerRecord, SubscriptionRecord, _get, _text
from .service import IndexService
from .store import Changed

META_FULL_DONE = "full_sync_done"
META_CUSTOMERS_MARK = "customers_created_mark"
META_SUBSCRIPTIONS_MARK = "subscriptions_updated_mark"
# The local time of the last walk over every customer: scheduling only, never a watermark.
META_CUSTOMERS_WALKED = "customers_walked_at"
CUSTOMER_REWALK = timedelta(days=1)
DETAIL_CONCURRENCY = 6
DETAIL_BATCH = 50


class Source(Protocol):
    """Pages of API objects (models or dicts); `since` filters with gte when given."""

    def customer_pages(self, created_since: datetime | None) -> AsyncIterator[list[Any]]: ...

    def subscription_pages(self, updated_since: datetime | None) -> AsyncIterator[list[Any]]: ...

    async def subscription_detail(self, subscription_id: str) -> Any | None: ...

    async def plans(self) -> list[Any]: ...


@dataclass(frozen=True, slots=True)
class SyncProgress:
    full: bool
    phase: str  # "plans", "customers", "subscriptions", "details", "done"
    customers: int
    subscriptions: int
    details_done: int = 0
    details_total: int = 0


@dataclass(frozen=True, slots=True)
class SyncResult:
    full: bool
    customers: int
    subscriptions: int
    details: int


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None or b is None:
        return a or b
    return max(a, b)


class Syncer:
    def __init__(self, index: IndexService, source: Source,
                 concurrency: int = DETAIL_CONCURRENCY,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.index = index
        self.source = source
        self.concurrency = concurrency
        self.clock = clock

    async def is_initialised(self) -> bool:
        return await self.index.get_meta(META_FULL_DONE) == "1"

    async def run(self, on_progress: Callable[[SyncProgress], None] | None = None,
                  *, full: bool | None = None) -> SyncResult:
        if full is None:
            full = not await self.is_initialised()
        report = on_progress or (lambda _p: None)
        started = self.clock()
        walked = parse_time(await self.index.get_meta(META_CUSTOMERS_WALKED))
        rewalk = walked is None or started - walked >= CUSTOMER_REWALK
        cust_since = None if full or rewalk else parse_time(
            await self.index.get_meta(META_CUSTOMERS_MARK))
        subs_since = None if full else parse_time(
            await self.index.get_meta(META_SUBSCRIPTIONS_MARK))
        n_cust = n_subs = 0
        report(SyncProgress(full, "plans", 0, 0))
        plans = await self.source.plans()
        await self.index.write_plans(
            [(_get(p, "id"), _text(_get(p, "name")) or _get(p, "id")) for p in plans])

        cust_mark = cust_since
        report(SyncProgress(full, "customers", 0, 0))
        async for page in self.source.customer_pages(cust_since):
            records = [CustomerRecord.from_api(c) for c in page]
            changed = await self.index.write(customers=records)
            for r in records:
                cust_mark = _later(cust_mark, parse_time(r.created_at))
            # A full walk reports what it indexed; a later one what changed (its gte
            # re-reads the items at the watermark, which are not news).
            n_cust += len(records) if full else changed.customers
            report(SyncProgress(full, "customers", n_cust, n_subs))

        subs_mark = subs_since
        report(SyncProgress(full, "subscriptions", n_cust, 0))
        async for page in self.source.subscription_pages(subs_since):
            subs = [SubscriptionRecord.from_api(s) for s in page]
            changed = await self.index.write(subscriptions=subs)
            for sub in subs:
                subs_mark = _later(subs_mark, parse_time(sub.updated_at))
            n_subs += len(subs) if full else changed.subscriptions
            report(SyncProgress(full, "subscriptions", n_cust, n_subs))

        details = await self._fetch_details(
            lambda done, total: report(SyncProgress(full, "details", n_cust, n_subs, done, total)))

        # Only now, with every walk complete, may the next sync start from here.
        if cust_mark:
            await self.index.set_meta(META_CUSTOMERS_MARK, cust_mark.isoformat())
        if cust_since is None:
            await self.index.set_meta(META_CUSTOMERS_WALKED, started.isoformat())
        if subs_mark:
            await self.index.set_meta(META_SUBSCRIPTIONS_MARK, subs_mark.isoformat())
        await self.index.set_meta(META_FULL_DONE, "1")
        report(SyncProgress(full, "done", n_cust, n_subs, details, details))
        return SyncResult(full, n_cust, n_subs, details)

    async def _fetch_details(self, report: Callable[[int, int], None]) -> int:
        pending = await self.index.read(lambda s: s.needing_detail())
        total = len(pending)
        done = 0
        report(done, total)
        limiter = asyncio.Semaphore(self.concurrency)

        async def one(sub_id: str) -> Any | None:
            async with limiter:
                return await self.source.subscription_detail(sub_id)

        writing: asyncio.Future[Changed] | None = None
        try:
            for start in range(0, total, DETAIL_BATCH):
                batch = pending[start:start + DETAIL_BATCH]
                # A TaskGroup cancels the batch's other requests when one fails or the sync
                # is cancelled, so nothing keeps running behind a closed window.
                async with asyncio.TaskGroup() as group:
                    tasks = [group.create_task(one(sid)) for sid in batch]
                found = [t.result() for t in tasks if t.result() is not None]
                # A 404 means Nomos no longer has it: keeping the row would show a ghost and
                # ask for its detail again on every sync.
                gone = [sid for sid, t in zip(batch, tasks, strict=True) if t.result() is None]
                customers = [c for c in (_embedded_customer(s) for s in found) if c is not None]
                if writing is not None:
                    await writing  # one batch in the writer at a time, in order
                    report(done, total)
                # The next batch is fetched while this one is written.
                writing = asyncio.ensure_future(self.index.write(
                    customers=[CustomerRecord.from_api(c) for c in customers],
                    subscriptions=[SubscriptionRecord.from_api(s) for s in found], gone=gone))
                done += len(batch)
            if writing is not None:
                await writing
                report(done, total)
        finally:
            if writing is not None and not writing.done():
                writing.cancel()
        return total


def _embedded_customer(sub: Any) -> Any | None:
    customer = _get(sub, "customer")
    return None if customer is None or isinstance(customer, str) else customer


async def store_fetched(index: IndexService, customer: Any = None,
                        subscriptions: Iterable[Any] = ()) -> None:
    """Store objects fetched elsewhere (opening a record refreshes its index rows)."""
    await index.write(
        customers=[CustomerRecord.from_api(customer)] if customer is not None else [],
        subscriptions=[SubscriptionRecord.from_api(s) for s in subscriptions])
