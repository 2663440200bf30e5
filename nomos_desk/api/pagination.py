"""Cursor pagination as async iterators over items and over pages.

A walk keeps every parameter but the cursor identical (Nomos invalidates the
cursor otherwise), stops on ``has_more == false`` (a missing has_more counts as
false, and a next_page beside it is ignored), and refuses to follow a cursor it
has already followed, which would otherwise loop forever. Items are de-duplicated
by id within a walk so a server that repeats a row cannot make the UI count it
twice. Retries of a failed page happen below, in Http, with the same cursor.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from . import errors

T = TypeVar("T")
MAX_LIMIT = 100
MAX_EMPTY_PAGES = 5

FetchPage = Callable[[list[tuple[str, str]]], Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    has_more: bool
    next_page: str | None


def parse_page(body: Any, parse: Callable[[Any], T]) -> Page[T]:
    if not isinstance(body, dict) or not isinstance(body.get("items"), list):
        raise errors.UnexpectedResponse(200, "UNEXPECTED_RESPONSE", "list response without items")
    has_more = body.get("has_more") is True
    cursor = body.get("next_page")
    return Page(
        items=[parse(x) for x in body["items"] if isinstance(x, dict)],
        has_more=has_more,
        next_page=cursor if isinstance(cursor, str) and cursor else None,
    )


def clamp_limit(limit: int) -> int:
    return max(1, min(MAX_LIMIT, int(limit)))


class Pager(Generic[T]):
    """``async for item in pager`` walks everything; ``pager.pages()`` yields pages."""

    def __init__(
        self,
        fetch: FetchPage,
        parse: Callable[[Any], T],
        *,
        params: Sequence[tuple[str, str]] = (),
        limit: int = MAX_LIMIT,
        key: Callable[[T], Any] | None = None,
    ) -> None:
        self._fetch = fetch
        self._parse = parse
        self._params = list(params)
        self.limit = clamp_limit(limit)
        self._key = key or (lambda item: getattr(item, "id", None))
        self.duplicates_skipped = 0

    def _page_params(self, cursor: str | None) -> list[tuple[str, str]]:
        params = [*self._params, ("limit", str(self.limit))]
        if cursor is not None:
            params.append(("cursor", cursor))
        return params

    async def first_page(self) -> Page[T]:
        return parse_page(await self._fetch(self._page_params(None)), self._parse)

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        cursor: str | None = None
        followed: set[str] = set()
        seen: set[Any] = set()
        empty_streak = 0
        while True:
            page = parse_page(await self._fetch(self._page_params(cursor)), self._parse)
            fresh = []
            for item in page.items:
                key = self._key(item)
                if key is not None:
                    if key in seen:
                        self.duplicates_skipped += 1
                        continue
                    seen.add(key)
                fresh.append(item)
            yield Page(fresh, page.has_more, page.next_page)
            if not page.has_more or page.next_page is None:
                return
            # Fresh cursors that never bring a row would spin forever without repeating.
            empty_streak = 0 if page.items else empty_streak + 1
            if empty_streak >= MAX_EMPTY_PAGES:
                raise errors.PaginationError(
                    f"{empty_streak} empty pages in a row that claim has_more; stopping the walk"
                )
            if page.next_page in followed:
                raise errors.PaginationError(
                    f"the server repeated cursor {page.next_page[:24]}...; stopping the walk"
                )
            followed.add(page.next_page)
            cursor = page.next_page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def collect(self, max_items: int | None = None) -> list[T]:
        out: list[T] = []
        async with aclosing(self.pages()) as pages:
            async for page in pages:
                out.extend(page.items)
                if max_items is not None and len(out) >= max_items:
                    return out[:max_items]
        return out
