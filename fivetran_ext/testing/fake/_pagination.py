"""Cursor pagination exactly like the live API: ``data.items`` plus ``data.next_cursor``.

``limit`` is 1..1000 (default 100). ``next_cursor`` is an opaque string, absent on the last page. The
fake's cursors are base64url JSON (as the live API's look) holding the position of the last item
returned, so deleting or adding items between pages neither repeats nor skips the others.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from ..._pagination import MAX_PAGE_LIMIT
from ._errors import invalid_input

__all__ = ["DEFAULT_LIMIT", "MAX_LIMIT", "paginate"]

DEFAULT_LIMIT = 100
MAX_LIMIT = MAX_PAGE_LIMIT

T = TypeVar("T")


def _encode(position: int) -> str:
    raw = json.dumps({"after": position}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> int:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        position = json.loads(base64.urlsafe_b64decode(padded.encode()))["after"]
    except (ValueError, KeyError, TypeError, binascii.Error, RecursionError):
        raise invalid_input(f"Invalid cursor '{cursor}'") from None
    if not isinstance(position, int):
        raise invalid_input(f"Invalid cursor '{cursor}'")
    return position


def _limit(query: Mapping[str, str]) -> int:
    raw = query.get("limit")
    if raw is None or raw == "":
        return DEFAULT_LIMIT
    try:
        limit = int(raw)
    except ValueError:
        raise invalid_input(f"'limit' must be an integer between 1 and {MAX_LIMIT}, got '{raw}'") from None
    if not 1 <= limit <= MAX_LIMIT:
        raise invalid_input(f"'limit' must be between 1 and {MAX_LIMIT}, got {limit}")
    return limit


def paginate(
    rows: Sequence[tuple[int, T]], query: Mapping[str, str], view: Callable[[T], dict[str, Any]]
) -> dict[str, Any]:
    """One page of ``rows`` (``(position, item)`` in ascending position) as the API's ``data`` object.

    Raises:
        FakeAPIError: 400 ``InvalidInput`` for a bad ``limit`` or ``cursor``.
    """
    limit = _limit(query)
    cursor = query.get("cursor")
    after = _decode(cursor) if cursor else None
    remaining = [(position, item) for position, item in rows if after is None or position > after]
    page = remaining[:limit]
    data: dict[str, Any] = {"items": [view(item) for _, item in page]}
    if len(remaining) > limit:
        data["next_cursor"] = _encode(page[-1][0])
    return data
