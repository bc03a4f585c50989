# Copied from runtime/_paging.py by `python -m generator`; do not edit.
"""Pages of v2 list operations, which can also walk every item across pages.

A list operation returns its first page. ``page.data`` is that answer's
``data``, ``page.items`` its items; iterating the page (``for item in page``,
``async for item in page``) yields every item of this page and of the pages
after it, fetching each when it is needed. ``max_pages`` (default
DEFAULT_MAX_PAGES, counting this page) bounds the walk: a listing that still
has more pages then raises PagingError rather than stop short in silence.
Each page is its own call, with its own request id.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

from ._errors import NimError

DataT = TypeVar("DataT")
ItemT = TypeVar("ItemT")
DEFAULT_MAX_PAGES = 1000


class PagingError(NimError):
    """A walk across pages cannot go on: the page bound was reached, or the server's cursor does not advance."""


class _PageBase(Generic[DataT, ItemT]):
    def __init__(self, data: DataT, items_key: str, style: str, values: Mapping[str, object]) -> None:
        self.data = data
        self._items_key = items_key
        self._style = style
        self._values = dict(values)

    @property
    def items(self) -> list[ItemT]:
        """The items of this page."""
        items = self.data.get(self._items_key) if isinstance(self.data, dict) else None
        return list(items) if isinstance(items, list) else []

    @property
    def has_more(self) -> bool:
        """The server says pages follow this one."""
        return isinstance(self.data, dict) and self.data.get("has_more") is True

    def _next_values(self) -> dict[str, object] | None:
        """The arguments that fetch the next page, or None at the end."""
        if not self.has_more:
            return None
        assert isinstance(self.data, dict)
        if self._style == "cursor":
            token = self.data.get("next_token")
            if not isinstance(token, str) or not token:
                raise PagingError("the server says more pages follow but sends no next_token")
            if token == self._values.get("page_token"):
                raise PagingError(
                    f"the server sent the same next_token twice ({token!r}): the listing does not advance"
                )
            return {**self._values, "page_token": token}
        offset = self.data.get("offset")
        previous = self._values.get("offset")
        if type(offset) is not int:
            offset = (previous if type(previous) is int else 0) + len(self.items)
        if offset == previous:
            raise PagingError(f"the server sent the same offset twice ({offset}): the listing does not advance")
        return {**self._values, "offset": offset}

    @staticmethod
    def _check_bound(max_pages: int) -> None:
        if isinstance(max_pages, bool) or not isinstance(max_pages, int):
            raise TypeError(f"max_pages must be int, not {type(max_pages).__name__}")
        if max_pages < 1:
            raise ValueError(f"max_pages must be at least 1, got {max_pages}")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.items)} has_more={self.has_more}>"


class Page(_PageBase[DataT, ItemT]):
    """One page of a v2 list operation; iterating it walks every page (see the module docstring)."""

    def __init__(
        self,
        data: DataT,
        items_key: str,
        style: str,
        values: Mapping[str, object],
        fetch: Callable[[Mapping[str, object]], Page[DataT, ItemT]],
    ) -> None:
        super().__init__(data, items_key, style, values)
        self._fetch = fetch

    def next_page(self) -> Page[DataT, ItemT] | None:
        """The page after this one, fetched now; None when this is the last."""
        values = self._next_values()
        return None if values is None else self._fetch(values)

    def iter_pages(self, max_pages: int = DEFAULT_MAX_PAGES) -> Iterator[Page[DataT, ItemT]]:
        """This page and each one after it, at most `max_pages` in all."""
        self._check_bound(max_pages)
        page: Page[DataT, ItemT] | None = self
        count = 0
        while page is not None:
            count += 1
            yield page
            if count == max_pages and page.has_more:
                raise PagingError(f"more than max_pages={max_pages} pages: pass a larger max_pages to walk further")
            page = page.next_page()

    def iter_items(self, max_pages: int = DEFAULT_MAX_PAGES) -> Iterator[ItemT]:
        """Every item of this page and the pages after it, at most `max_pages` pages in all."""
        for page in self.iter_pages(max_pages):
            yield from page.items

    def __iter__(self) -> Iterator[ItemT]:
        return self.iter_items()


class AsyncPage(_PageBase[DataT, ItemT]):
    """One page of a v2 list operation of an async client; ``async for`` walks every page."""

    def __init__(
        self,
        data: DataT,
        items_key: str,
        style: str,
        values: Mapping[str, object],
        fetch: Callable[[Mapping[str, object]], Awaitable[AsyncPage[DataT, ItemT]]],
    ) -> None:
        super().__init__(data, items_key, style, values)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[DataT, ItemT] | None:
        """The page after this one, fetched now; None when this is the last."""
        values = self._next_values()
        return None if values is None else await self._fetch(values)

    async def iter_pages(self, max_pages: int = DEFAULT_MAX_PAGES) -> AsyncIterator[AsyncPage[DataT, ItemT]]:
        """This page and each one after it, at most `max_pages` in all."""
        self._check_bound(max_pages)
        page: AsyncPage[DataT, ItemT] | None = self
        count = 0
        while page is not None:
            count += 1
            yield page
            if count == max_pages and page.has_more:
                raise PagingError(f"more than max_pages={max_pages} pages: pass a larger max_pages to walk further")
            page = await page.next_page()

    async def iter_items(self, max_pages: int = DEFAULT_MAX_PAGES) -> AsyncIterator[ItemT]:
        """Every item of this page and the pages after it, at most `max_pages` pages in all."""
        async for page in self.iter_pages(max_pages):
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self.iter_items()


def answer_data(body: Mapping[str, Any]) -> Any:
    """The `data` of a v2 answer (an empty object when the server left it out)."""
    data = body.get("data")
    return {} if data is None else data
