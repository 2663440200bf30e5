"""Plan names, fetched once per client: GET /plans changes rarely and every tab needs it."""

from __future__ import annotations

import asyncio
import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nomos_desk.api import NomosClient

_cache: weakref.WeakKeyDictionary[NomosClient, asyncio.Future[dict[str, str]]] = \
    weakref.WeakKeyDictionary()


async def plan_names(client: NomosClient) -> dict[str, str]:
    """{plan id: name}; concurrent callers share one request, a failure is not cached."""
    pending = _cache.get(client)
    if pending is None or (pending.done() and (pending.cancelled() or pending.exception())):
        pending = asyncio.ensure_future(_fetch(client))
        _cache[client] = pending
    # shield: one tab closing (cancelling its wait) must not cancel the shared request.
    return await asyncio.shield(pending)


async def _fetch(client: NomosClient) -> dict[str, str]:
    plans = await client.list_plans().collect()
    return {p.id: p.name or p.id for p in plans if p.id}
