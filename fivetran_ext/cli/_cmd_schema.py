"""``schema show|enable|disable|sync-mode``: a connection's schema config as a tree, and its daily edits.

``enable``/``disable`` take ``SCHEMA``, ``SCHEMA.TABLE`` or ``SCHEMA.TABLE.COLUMN`` (the schema ends at the
first dot, the table at the second: schema names cannot hold a dot), send the one ``PATCH`` of that
level, and print the tree the API answered with.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ._context import Context, UsageError
from ._exit import ExitCode
from ._render import Glyphs, Node, tree
from ._serialize import plain

if TYPE_CHECKING:
    from .._schema_config import ColumnEntry, SchemaConfig, SchemaEntry, TableEntry

__all__ = ["enable", "schema_lines", "set_sync_mode", "show", "split_location"]


def show(context: Context, args: argparse.Namespace) -> ExitCode:
    """Print the schema config: a tree for people, the API's JSON (``data``) with ``--json``."""
    config = context.client().connections.get_schema_config(args.id)
    context.emit(plain(config.raw), lambda: schema_lines(args.id, config, context.glyphs))
    return ExitCode.OK


def split_location(text: str) -> tuple[str, str | None, str | None]:
    """``public.orders.total`` → ``("public", "orders", "total")``; a column name may hold dots.

    Example:
        >>> split_location("public"), split_location("public.orders"), split_location("s.t.col.with.dots")
        (('public', None, None), ('public', 'orders', None), ('s', 't', 'col.with.dots'))
    """
    schema, _, rest = text.partition(".")
    table, _, column = rest.partition(".")
    return schema, table or None, column or None


def enable(context: Context, args: argparse.Namespace) -> ExitCode:
    """Enable (or, with ``enabled=False`` in the defaults, disable) a schema, a table or a column."""
    connections = context.client().connections
    schema, table, column = args.location
    if column is not None and table is not None:
        config = connections.update_column(args.id, schema, table, column, enabled=args.enabled)
    elif table is not None:
        config = connections.update_table(args.id, schema, table, enabled=args.enabled)
    else:
        config = connections.update_schema(args.id, schema, enabled=args.enabled)
    context.emit(plain(config.raw), lambda: schema_lines(args.id, config, context.glyphs))
    return ExitCode.OK


def set_sync_mode(context: Context, args: argparse.Namespace) -> ExitCode:
    """Set a table's sync mode, keeping whether it is enabled (the API requires ``enabled`` in the PATCH)."""
    connections = context.client().connections
    schema, table, _ = args.location
    if table is None:
        raise UsageError(f"expected SCHEMA.TABLE, got {schema!r}")
    current = connections.get_schema_config(args.id).schemas.get(schema)
    entry = current.tables.get(table) if current is not None else None
    enabled = True if entry is None or entry.enabled is None else entry.enabled
    config = connections.update_table(args.id, schema, table, enabled=enabled, sync_mode=args.mode)
    context.emit(plain(config.raw), lambda: schema_lines(args.id, config, context.glyphs))
    return ExitCode.OK


def schema_lines(connection_id: str, config: SchemaConfig, glyphs: Glyphs) -> list[str]:
    """The tree, then one summary line.

    Each node starts with ✓ (enabled) or ✗ (disabled), ``?`` when the API did not say; a table shows its
    sync mode, and a name that differs in the destination shows ``→ destination name``.

    Example:
        decent_dropsy  schema changes: ALLOW_ALL
        └── ✓ public
            ├── ✓ orders  SOFT_DELETE
            │   └── ✗ total  hashed
            └── ✗ customers  SOFT_DELETE
        1 schema, 2 tables (1 enabled); columns are listed only where settings differ from the defaults
    """
    handling = config.schema_change_handling or "-"
    root = Node(
        f"{connection_id}  schema changes: {handling}", [_schema(entry, glyphs) for entry in config.schemas.values()]
    )
    tables = list(config.iter_tables())
    summary = (
        f"{_count(len(config.schemas), 'schema')}, {_count(len(tables), 'table')} "
        f"({len(config.enabled_tables())} enabled); columns are listed only where settings differ from the defaults"
    )
    return [*tree(root, glyphs), summary]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _mark(enabled: bool | None, glyphs: Glyphs) -> str:
    return "?" if enabled is None else glyphs.ok if enabled else glyphs.fail


def _label(enabled: bool | None, name: str, in_destination: str | None, glyphs: Glyphs) -> str:
    renamed = "" if in_destination in (None, name) else f" {glyphs.arrow} {in_destination}"
    return f"{_mark(enabled, glyphs)} {name}{renamed}"


def _schema(entry: SchemaEntry, glyphs: Glyphs) -> Node:
    label = _label(entry.enabled, entry.name, entry.name_in_destination, glyphs)
    return Node(label, [_table(table, glyphs) for table in entry.iter_tables()])


def _table(entry: TableEntry, glyphs: Glyphs) -> Node:
    label = _label(entry.enabled, entry.name, entry.name_in_destination, glyphs)
    if entry.sync_mode:
        label += f"  {entry.sync_mode}"
    return Node(label, [_column(column, glyphs) for column in entry.iter_columns()])


def _column(entry: ColumnEntry, glyphs: Glyphs) -> Node:
    notes = [note for note, on in (("primary key", entry.is_primary_key), ("hashed", entry.hashed)) if on]
    label = _label(entry.enabled, entry.name, entry.name_in_destination, glyphs)
    return Node("  ".join([label, *notes]))
