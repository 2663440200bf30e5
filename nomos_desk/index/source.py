"""The sync's page source over the real API client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from nomos_desk.api import errors
from nomos_desk.api.filters import F
from nomos_desk.api.pagination import MAX_LIMIT

if TYPE_CHECKING:
    from nomos_desk.api import NomosClient


class ApiSource:
    """Walks the API with its page iterator: 100 items a request, the API's maximum."""

    def __init__(self, client: NomosClient, page_size: int = MAX_LIMIT) -> None:
        # Nobody waits on a sync: it may retry longer than a view would.
        self.client = client.background()
        self.page_size = page_size

    async def customer_pages(self, created_since: datetime | None) -> AsyncIterator[list[Any]]:
        filters = F("created_at").gte(created_since) if created_since else None
        async for page in self.client.list_customers(filters, limit=self.page_size).pages():
            yield page.items

    async def subscription_pages(self, updated_since: datetime | None
                                 ) -> AsyncIterator[list[Any]]:
        filters = F("updated_at").gte(updated_since) if updated_since else None
        async for page in self.client.list_subscriptions(filters, limit=self.page_size).pages():
            yield page.items

    async def subscription_detail(self, subscription_id: str) -> Any | None:
        """The detail (address, meter, embedded customer); None if it vanished meanwhile."""
        try:
            return await self.client.get_subscription(subscription_id)
        except errors.NotFound:
            return None

    async def plans(self) -> list[Any]:
        return await self.client.list_plans().collect()
