"""Case-insensitive header lookup over whatever header container a framework hands out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeAlias

__all__ = ["HeadersLike", "header_value"]

HeadersLike: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]]
"""A mapping of header names to values, or (name, value) pairs (werkzeug, WSGI/ASGI style lists)."""


def header_value(headers: HeadersLike, name: str) -> str | None:
    """The first value of header ``name``, matched case-insensitively (HTTP names are case-insensitive).

    A plain dict keeps the caller's spelling of names, so ``.get`` alone would miss
    ``x-fivetran-signature-256``; scanning the pairs works for every container. Only the first value
    counts when a header is repeated, as in Fivetrex.
    """
    wanted = name.lower()
    pairs: Iterable[tuple[str, str]] = headers.items() if isinstance(headers, Mapping) else headers
    for key, value in pairs:
        if key.lower() == wanted:
            return value
    return None
