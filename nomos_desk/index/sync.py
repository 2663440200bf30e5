"""Keeping the index in step with the API.

The first sync of a profile walks every customer and subscription page. Later
syncs ask only for what changed: subscriptions by `updated_at`, customers by
`created_at` (the API filters customers by nothing better). Watermarks are
the newest timestamps the *server* reported, never the local clock, and they
move only after a walk completes, so a cancelled or failed sync is simply
repeated; writes are idempotent upserts, so the overlap costs nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from .records import CustomerRecord, SubscriptionRecord, _get, _text
from .service import IndexService

META_FULL_DONE = "full_sync_done"
META_CUSTOMERS_MARK = "customers_created_mark"
META_SUBSCRIPTIONS_MARK = "subscriptions_updated_mark"
META_LAST_SYNC = "last_sync_server_time"


class Source(Protocol):
    """Pages of API objects (models or dicts); `since` filters with gte when given."""

    def customer_pages(self, created_since: datetime | None) -> AsyncIterator[list[Any]]: ...

    def subscription_pages(self, updated_since: datetime | None) -> AsyncIterator[list[Any]]: ...

    async def plans(self) -> list[Any]: ...


@dataclass(frozen=True, slots=True)
class SyncProgress:
    full: bool
    phase: str  # "plans", "customers", "subscriptions", "done"
    customers: int
    subscriptions: int


@dataclass(frozen=True, slots=True)
class SyncResult:
    full: bool
    customers: int
    subscriptions: int


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


class Syncer:
    def __init__(self, index: IndexService, source: Source) -> None:
        self.index = index
        self.source = source

    async def is_initialised(self) -> bool:
        return await self.index.get_meta(META_FULL_DONE) == "1"

    async def run(self, on_progress: Callable[[SyncProgress], None] | None = None,
                  *, full: bool | None = None) -> SyncResult:
        if full is None:
            full = not await self.is_initialised()
        report = on_progress or (lambda _p: None)
        cust_since = None if full else parse_time(await self.index.get_meta(META_CUSTOMERS_MARK))
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
            await self.index.write(customers=records)
            for r in records:
                cust_mark = _later(cust_mark, parse_time(r.created_at))
            n_cust += len(records)
            report(SyncProgress(full, "customers", n_cust, n_subs))

        subs_mark = subs_since
        report(SyncProgress(full, "subscriptions", n_cust, 0))
        async for page in self.source.subscription_pages(subs_since):
            records = [SubscriptionRecord.from_api(s) for s in page]
            await self.index.write(subscriptions=records)
            for r in records:
                subs_mark = _later(subs_mark, parse_time(r.updated_at))
            n_subs += len(records)
            report(SyncProgress(full, "subscriptions", n_cust, n_subs))

        # Only now, with both walks complete, may the next sync start from here.
        if cust_mark:
            await self.index.set_meta(META_CUSTOMERS_MARK, cust_mark.isoformat())
        if subs_mark:
            await self.index.set_meta(META_SUBSCRIPTIONS_MARK, subs_mark.isoformat())
        await self.index.set_meta(META_FULL_DONE, "1")
        report(SyncProgress(full, "done", n_cust, n_subs))
        return SyncResult(full, n_cust, n_subs)


async def store_fetched(index: IndexService, customer: Any = None,
                        subscriptions: list[Any] = ()) -> None:
    """Store objects fetched elsewhere (opening a record refreshes its index rows)."""
    await index.write(
        customers=[CustomerRecord.from_api(customer)] if customer is not None else [],
        subscriptions=[SubscriptionRecord.from_api(s) for s in subscriptions])
