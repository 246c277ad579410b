"""``<resource> list`` and ``<resource> get ID`` for groups, connections, destinations and webhooks.

One pair of commands serves the four resources: they share the client's ``stream``/``get`` shape, and
only the table columns differ.
"""

from __future__ import annotations

import argparse
from typing import Any

from ._context import Context
from ._exit import ExitCode
from ._render import Column, record, table

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
    filters: dict[str, Any] = {}
    if getattr(args, "group_id", None):
        filters["group_id"] = args.group_id
    resource = getattr(context.client(), args.resource)
    items = [item.to_dict() for item in resource.stream(max_items=args.limit, **filters)]
    context.emit(items, lambda: table(items, COLUMNS[args.resource]) if items else [f"No {args.resource}."])
    return ExitCode.OK


def get_item(context: Context, args: argparse.Namespace) -> ExitCode:
    """Print one item: every field with ``--json``, an indented record otherwise."""
    item = getattr(context.client(), args.resource).get(args.id).to_dict()
    context.emit(item, lambda: record(item))
    return ExitCode.OK
