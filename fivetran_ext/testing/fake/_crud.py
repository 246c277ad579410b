"""Helpers every stateful handler shares: look up the addressed row, answer a page, an item, a deletion."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ._context import RequestContext
from ._errors import invalid_input
from ._pagination import paginate
from ._replies import success
from ._store import Table
from ._wire import FakeResponse

__all__ = ["active_filter", "deleted", "page", "target"]

T = TypeVar("T")


def target(ctx: RequestContext, table: Table[T], param: str) -> T:
    """The row the path parameter ``param`` names, or a 404 with the table's entity code."""
    return table.get(ctx.params[param])


def page(
    ctx: RequestContext, rows: Sequence[tuple[int, T]], view: Callable[[T], dict[str, Any]], message: str
) -> FakeResponse:
    """One page of ``rows``, honouring ``limit`` and ``cursor``."""
    return success(paginate(rows, ctx.query, view), message)


def active_filter(ctx: RequestContext) -> bool | None:
    """The ``active`` query parameter of user lists: True, False, or None when absent."""
    raw = ctx.query.get("active", "")
    if raw.lower() not in ("", "true", "false"):
        raise invalid_input(f"'active' must be true or false, got '{raw}'")
    return None if raw == "" else raw.lower() == "true"


def deleted(label: str, item_id: str) -> FakeResponse:
    """The live API's deletion answer: a message and no ``data``."""
    return success(message=f"{label} with id '{item_id}' has been deleted")
