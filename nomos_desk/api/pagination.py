"""Cursor pagination as async iterators over items and over pages.

A walk keeps every parameter but the cursor identical (Nomos invalidates the
cursor otherwise), stops on ``has_more == false`` (a missing has_more counts as
false, and a next_page beside it is ignored), and stops with PaginationError when
the server would make it loop: a cursor it has already followed, or page after page
that brings nothing new (the same rows again under fresh cursors). Rows are
de-duplicated by id within a walk, so a repeated row is never yielded twice; a row
without an id cannot be told apart from a repeat and is skipped.

The walk's position lives on the Pager. Retries of a failed page happen below, in
Http, with the same cursor; when they are spent and the error reaches the caller,
iterating the same Pager again continues with the page that failed, not the first.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from . import errors
from .http import json_object, request_id_of

T = TypeVar("T")
MAX_LIMIT = 100
MAX_EMPTY_PAGES = 5

FetchPage = Callable[[list[tuple[str, str]]], Awaitable[httpx.Response]]


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    has_more: bool
    next_page: str | None


def _cursor(value: Any) -> str | None:
    """A next_page the walk can send back: a non-empty string that encodes as UTF-8."""
    if not isinstance(value, str) or not value:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return value


def parse_page(response: httpx.Response, parse: Callable[[Any], T]) -> Page[T]:
    body = json_object(response, "list")
    items = body.get("items")
    if not isinstance(items, list):
        raise errors.UnexpectedResponse(
            response.status_code, "UNEXPECTED_RESPONSE", "list response without items",
            request_id=request_id_of(response),
        )
    has_more = body.get("has_more") is True
    cursor = body.get("next_page")
    if has_more and cursor is not None and _cursor(cursor) is None:
        raise errors.UnexpectedResponse(
            response.status_code, "UNEXPECTED_RESPONSE",
            "the next_page cursor is not text that can be sent back",
            request_id=request_id_of(response),
        )
    return Page(items=[parse(x) for x in items if isinstance(x, dict)], has_more=has_more,
                next_page=_cursor(cursor))


def clamp_limit(limit: int) -> int:
    return max(1, min(MAX_LIMIT, int(limit)))


class Pager(Generic[T]):
    """``async for item in pager`` walks everything; ``pager.pages()`` yields pages.

    One walk per Pager: after the last page it yields nothing more; after an error it
    resumes where it stood (``cursor``), with the rows already yielded remembered.
    """

    def __init__(
        self,
        fetch: FetchPage,
        parse: Callable[[Any], T],
        *,
        params: Sequence[tuple[str, str]] = (),
        limit: int = MAX_LIMIT,
    ) -> None:
        self._fetch = fetch
        self._parse = parse
        self._params = list(params)
        self.limit = clamp_limit(limit)
        self.cursor: str | None = None  # where the next page starts; None: the first page
        self.done = False
        self.duplicates_skipped = 0
        self.rows_without_id = 0
        self._followed: set[str] = set()
        self._seen: set[str] = set()
        self._barren = 0  # pages in a row that brought no new row

    def _page_params(self, cursor: str | None) -> list[tuple[str, str]]:
        params = [*self._params, ("limit", str(self.limit))]
        if cursor is not None:
            params.append(("cursor", cursor))
        return params

    async def first_page(self) -> Page[T]:
        """The first page as the server sent it, without touching the walk."""
        return parse_page(await self._fetch(self._page_params(None)), self._parse)

    def _fresh(self, items: list[T]) -> list[T]:
        fresh = []
        for item in items:
            key = getattr(item, "id", None)
            if not isinstance(key, str):
                self.rows_without_id += 1
            elif key in self._seen:
                self.duplicates_skipped += 1
            else:
                self._seen.add(key)
                fresh.append(item)
        return fresh

    def _advance(self, page: Page[T], fresh: list[T], request_id: str | None
                 ) -> errors.PaginationError | None:
        """Move the walk past ``page``; the error to raise once its rows are handed out."""
        if not page.has_more or page.next_page is None:
            self.done = True
            return None
        self._barren = 0 if fresh else self._barren + 1
        problem = None
        if self._barren >= MAX_EMPTY_PAGES:
            problem = f"{self._barren} pages in a row brought no new row but claim has_more"
        elif page.next_page in self._followed:
            problem = f"the server repeated cursor {page.next_page[:24]}..."
        if problem is not None:
            self.done = True
            return errors.PaginationError(f"{problem}; stopping the walk", request_id=request_id)
        self._followed.add(page.next_page)
        self.cursor = page.next_page
        return None

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        while not self.done:
            response = await self._fetch(self._page_params(self.cursor))
            page = parse_page(response, self._parse)
            fresh = self._fresh(page.items)
            # The position moves before the page is handed out: a consumer that stops
            # here (or fails on it) resumes after it, not with it again.
            stop = self._advance(page, fresh, request_id_of(response))
            yield Page(fresh, page.has_more, page.next_page)
            if stop is not None:
                raise stop

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
