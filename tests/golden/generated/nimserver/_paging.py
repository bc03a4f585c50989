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

    def _position(self) -> object:
        """Where this page starts: its page_token (None on the first page) or its offset as an int."""
        if self._style == "cursor":
            return self._values.get("page_token")
        return _as_int(self._values.get("offset")) or 0

    def _next_values(self, seen: set[object] | None = None) -> dict[str, object] | None:
        """The arguments that fetch the next page, or None at the end.

        `seen` holds where the pages walked so far started; a next page that
        starts at one of them would repeat the walk (A -> B -> A), so it
        raises. Without it only a position repeated at once is caught.
        """
        if not self.has_more:
            return None
        assert isinstance(self.data, dict)
        visited = {self._position()} if seen is None else seen
        if self._style == "cursor":
            token = self.data.get("next_token")
            if not isinstance(token, str) or not token:
                raise PagingError("the server says more pages follow but sends no next_token")
            if token in visited:
                raise PagingError(
                    f"the server sent a next_token it sent before ({token!r}): the listing goes round in a circle"
                )
            visited.add(token)
            return {**self._values, "page_token": token}
        offset = self.data.get("offset")
        if type(offset) is not int:
            # The caller may have given the offset as decimal text; it counts as its number.
            offset = (_as_int(self._values.get("offset")) or 0) + len(self.items)
        if offset in visited:
            raise PagingError(
                f"the next page would start at offset {offset}, where an earlier page started: "
                "the listing does not advance"
            )
        visited.add(offset)
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
        page = self
        seen = {self._position()}
        count = 0
        while True:
            count += 1
            yield page
            if count == max_pages and page.has_more:
                raise PagingError(f"more than max_pages={max_pages} pages: pass a larger max_pages to walk further")
            values = page._next_values(seen)
            if values is None:
                return
            page = page._fetch(values)

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
        page = self
        seen = {self._position()}
        count = 0
        while True:
            count += 1
            yield page
            if count == max_pages and page.has_more:
                raise PagingError(f"more than max_pages={max_pages} pages: pass a larger max_pages to walk further")
            values = page._next_values(seen)
            if values is None:
                return
            page = await page._fetch(values)

    async def iter_items(self, max_pages: int = DEFAULT_MAX_PAGES) -> AsyncIterator[ItemT]:
        """Every item of this page and the pages after it, at most `max_pages` pages in all."""
        async for page in self.iter_pages(max_pages):
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self.iter_items()


def _as_int(value: object) -> int | None:
    """An int argument as its number: given as an int, or as the decimal text the int64 arguments
    accept (already checked when the page was fetched); None when it was left out."""
    if isinstance(value, str):
        return int(value)
    return value if type(value) is int else None


def answer_data(body: Mapping[str, Any]) -> Any:
    """The `data` of a v2 answer (an empty object when the server left it out)."""
    data = body.get("data")
    return {} if data is None else data
