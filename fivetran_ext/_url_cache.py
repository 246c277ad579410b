"""Resolving an operation's path against the client's base URL once per path, not once per request.

httpx parses and validates every URL it is given, in pure Python: joining ``/v1/connections/{id}`` to the
base URL is about 20 µs (22 µs for httpx's own join in a timeit loop), the largest single cost this
client added to a call; ``scripts/bench_overhead.py`` measures a whole local call at about 440 µs and the
in-process cost of each layer. Polling and fleet code call the same
few paths over and over, so the resolved `httpx.URL` (immutable) is kept per path and handed to
``build_request``, which takes an absolute URL as it is.
"""

from __future__ import annotations

import httpx

__all__ = ["ResolvedURLs"]

# Paths hold ids: a client touching many connections keeps at most this many before starting afresh.
MAX_PATHS = 2048


class ResolvedURLs:
    """The absolute URL of each path resolved so far, for one base URL.

    Resolution is httpx's own rule for a relative URL on a client with ``base_url`` (the base's path, which
    httpx ends with ``/``, followed by the path without its leading ``/``), so a request goes exactly where
    ``build_request(url=path)`` would send it. A changed ``base_url`` (httpx lets it be assigned) starts a
    new table.
    """

    __slots__ = ("_table",)

    def __init__(self) -> None:
        # The base URL and its table, swapped as one object: a thread resolving while another sees a new
        # base_url writes into the old table, never an old host's URL into the new one.
        self._table: tuple[httpx.URL | None, dict[str, httpx.URL]] = (None, {})

    def resolve(self, base: httpx.URL, path: str) -> httpx.URL | str:
        """The absolute URL for ``path`` on ``base``; ``path`` itself when httpx would not join it."""
        table = self._table
        if table[0] is not base:
            table = self._table = (base, {})
        urls = table[1]
        url = urls.get(path)
        if url is None:
            relative = httpx.URL(path)
            if not relative.is_relative_url or not base.is_absolute_url:
                return path  # an absolute URL, or a client without base_url: httpx decides as usual
            url = base.copy_with(raw_path=base.raw_path + relative.raw_path.lstrip(b"/"))
            if len(urls) >= MAX_PATHS:
                urls.clear()
            urls[path] = url
        return url
