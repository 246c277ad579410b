"""``<resource> list`` and ``<resource> get ID`` for groups, connections, destinations and webhooks.

One pair of commands serves the four resources: they share the client's ``stream``/``get`` shape, and
only the table columns differ.

They print what the API sent, so they skip the models: the request is the generated operation's own
(method, path, ``Accept`` header), sent through the client's transport (retries, typed errors) and
paginated by the client's walker (loop guard), but its JSON is printed as it came. That spares a one-shot
command the import of the resource module, its twenty generated operations and their models: most of
its start-up time.
"""

from __future__ import annotations

import argparse
import re
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._context import Context
from ._exit import ExitCode
from ._render import Column, record, table

if TYPE_CHECKING:
    from fivetran_api.types import Response

__all__ = ["COLUMNS", "get_item", "list_items"]

COLUMNS: dict[str, tuple[Column, ...]] = {
    "groups": (Column("ID", "id"), Column("NAME", "name"), Column("CREATED", "created_at")),
    "connections": (
        Column("ID", "id"),
        Column("SERVICE", "service"),
        Column("SCHEMA", "schema"),
        Column("GROUP", "group_id"),
        Column("SETUP", "status.setup_state"),
        Column("SYNC", "status.sync_state"),
        Column("PAUSED", "paused"),
        Column("SUCCEEDED", "succeeded_at"),
        Column("FAILED", "failed_at"),
    ),
    "destinations": (
        Column("ID", "id"),
        Column("SERVICE", "service"),
        Column("REGION", "region"),
        Column("SETUP", "setup_status"),
        Column("GROUP", "group_id"),
    ),
    "webhooks": (
        Column("ID", "id"),
        Column("TYPE", "type"),
        Column("GROUP", "group_id"),
        Column("ACTIVE", "active"),
        Column("EVENTS", "events"),
        Column("URL", "url"),
    ),
}
"""The columns of each resource's ``list`` table (dotted paths into ``to_dict()``)."""


def list_items(context: Context, args: argparse.Namespace) -> ExitCode:
    """Print every item (or the first ``--limit``), fetching pages lazily."""
    from .._pagination import PageWalker, iterate_pages
    from .._resources._base import PageOf, SyncResource
    from .._resources._builders import pages

    filters: dict[str, Any] = {}
    if getattr(args, "group_id", None):
        filters["group_id"] = args.group_id
    runner = SyncResource(context.client().generated)
    page_call = pages(operation_of(f"{args.resource}.list"), PageOf(lambda: _AsSent), **filters)
    walker = PageWalker(limit=None, cursor=None, max_items=args.limit)
    fetched = iterate_pages(lambda cursor: runner._run(page_call(walker.limit, cursor)), walker)
    items: list[dict[str, Any]] = [item.data for item in fetched]
    context.emit(items, lambda: table(items, COLUMNS[args.resource]) if items else [f"No {args.resource}."])
    return ExitCode.OK


def get_item(context: Context, args: argparse.Namespace) -> ExitCode:
    """Print one item: every field with ``--json``, an indented record otherwise."""
    from .._call import Call
    from .._paths import path_param
    from .._resources._base import SyncResource

    served = f"{args.resource}.get"
    name = _path_parameter(served)
    call = Call(operation_of(served), {name: path_param(name, args.id)}, _data)
    item: dict[str, Any] = SyncResource(context.client().generated)._run(call)
    context.emit(item, lambda: record(item))
    return ExitCode.OK


class _AsSent:
    """A list item as the API sent it (`PageOf` builds the items of a page with ``from_dicts``)."""

    __slots__ = ("data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    @classmethod
    def from_dicts(cls, values: list[Any]) -> list[_AsSent]:
        if not all(isinstance(value, dict) for value in values):
            raise TypeError("an item is not an object")
        return [cls(value) for value in values]


def _read_data(operation: ModuleType, response: Response[Any]) -> dict[str, Any]:
    from .._resources._base import envelope_data

    return envelope_data(operation, response)


class _Data:
    """Result reader: the envelope's ``data`` object as sent (the generated parser is skipped)."""

    skips_generated_parser = True

    def __call__(self, operation: ModuleType, response: Response[Any]) -> dict[str, Any]:
        return _read_data(operation, response)


_data = _Data()


def _key_of(served: str) -> tuple[str, str]:
    from .._coverage import COVERAGE

    return next(key for key, name in COVERAGE.items() if name == served)


def operation_of(served: str) -> str:
    """The generated module path of the operation the registry says ``served`` (``"groups.list"``) sends."""
    from fivetran_api._operations import OPERATIONS

    key = _key_of(served)
    return next(module for method, path, module in OPERATIONS if (method, path) == key)


def _path_parameter(served: str) -> str:
    # `GET /v1/groups/{group_id}` -> `group_id`: the generated function's keyword for the id.
    names: list[str] = re.findall(r"\{(\w+)\}", _key_of(served)[1])
    return names[0]
