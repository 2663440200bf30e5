"""The sync's page source over the real API client.

Every call runs on the client's background retry budget. When even that is spent on a
failure that may heal (Nomos busy or down, the network gone), the source asks its
`stall` what to do: it returns when the work should go on (the UI waits a while, or
until the connection is back) and raises to give up. A walk then goes on with the page
that failed, on the same cursor, never from the first page: the rows already indexed
stay, and none arrives twice.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import aclosing
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from nomos_desk.api import errors
from nomos_desk.api.filters import F
from nomos_desk.api.http import RetryNotice, transient
from nomos_desk.api.pagination import MAX_LIMIT, Pager

if TYPE_CHECKING:
    from nomos_desk.api import NomosClient

T = TypeVar("T")

# Told that a call's retries ran out (the error, how often in a row for this call).
Stall = Callable[[errors.NomosError, int], Awaitable[None]]


async def give_up(exc: errors.NomosError, _times: int) -> None:
    raise exc


class ApiSource:
    """Walks the API with its page iterator: 100 items a request, the API's maximum."""

    def __init__(self, client: NomosClient, page_size: int = MAX_LIMIT, *,
                 on_retry: Callable[[RetryNotice], None] | None = None,
                 stall: Stall = give_up) -> None:
        # Nobody waits on a sync: it may retry longer than a view would.
        self.client = client.background(on_retry)
        self.page_size = page_size
        self.stall = stall

    async def _pages(self, pager: Pager[T]) -> AsyncIterator[list[T]]:
        stalls = 0
        while not pager.done:
            try:
                async with aclosing(pager.pages()) as pages:
                    async for page in pages:
                        stalls = 0
                        yield page.items
            except errors.NomosError as exc:
                if not transient(exc):
                    raise
                stalls += 1
                await self.stall(exc, stalls)  # then the same pager, from where it stood

    async def _again(self, call: Callable[[], Awaitable[T]]) -> T:
        stalls = 0
        while True:
            try:
                return await call()
            except errors.NomosError as exc:
                if not transient(exc):
                    raise
                stalls += 1
                await self.stall(exc, stalls)

    async def customer_pages(self, created_since: datetime | None) -> AsyncIterator[list[Any]]:
        filters = F("created_at").gte(created_since) if created_since else None
        async for items in self._pages(self.client.list_customers(filters,
                                                                   limit=self.page_size)):
            yield items

    async def subscription_pages(self, updated_since: datetime | None
                                 ) -> AsyncIterator[list[Any]]:
        filters = F("updated_at").gte(updated_since) if updated_since else None
        async for items in self._pages(self.client.list_subscriptions(filters,
                                                                      limit=self.page_size)):
            yield items

    async def subscription_detail(self, subscription_id: str) -> Any | None:
        """The detail (address, meter, embedded customer); None if it vanished meanwhile."""
        try:
            return await self._again(lambda: self.client.get_subscription(subscription_id))
        except errors.NotFound:
            return None

    async def plans(self) -> list[Any]:
        return [plan async for page in self._pages(self.client.list_plans()) for plan in page]
