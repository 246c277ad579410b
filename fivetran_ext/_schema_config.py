"""A connection's schema config as a typed tree: `SchemaConfig` -> `SchemaEntry` -> `TableEntry` -> `ColumnEntry`.

The generated model cannot represent it: the spec describes the name-keyed maps (``schemas``,
``tables``, ``columns``) as objects with one example property literally called ``schema``/``table``/
``column``, so every real name lands in ``additional_properties`` as a raw dict. This tree is built from
the generated response's JSON instead, with every name as a key, the documented fields typed, and each
node's JSON kept in ``raw`` so fields Fivetran adds later stay reachable.

Names are the *source* names (what the schema, table and column endpoints take in their paths);
``name_in_destination`` is what they are called in the destination.

The tree is built lazily: `SchemaConfig.from_dict` checks the whole shape at once (every ``schemas``,
``tables`` and ``columns`` map and entry is an object, so a malformed response fails right away), but each
``tables``/``columns`` map builds its entries on first access, once. A 500,000-column config then costs
little more than its JSON, in time and in memory, until its columns are read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Generic, TypeVar

__all__ = ["ColumnEntry", "SchemaConfig", "SchemaEntry", "TableEntry", "table_columns"]

_EMPTY: Mapping[str, Any] = MappingProxyType({})

E = TypeVar("E")


class _Entries(Mapping[str, E], Generic[E]):
    """A read-only name -> entry map over a JSON object whose shape was checked: entries are built on first
    access (each once) and kept. Iteration follows the API's order."""

    __slots__ = ("_build", "_built", "_nodes")

    def __init__(self, nodes: Mapping[str, Any], build: Callable[[str, Mapping[str, Any]], E]) -> None:
        self._nodes = nodes
        self._build = build
        self._built: dict[str, E] = {}

    def __getitem__(self, name: str) -> E:
        entry = self._built.get(name)
        if entry is None:
            entry = self._built[name] = self._build(name, self._nodes[name])
        return entry

    def __iter__(self) -> Iterator[str]:
        return iter(self._nodes)

    def __len__(self) -> int:
        return len(self._nodes)

    def __repr__(self) -> str:
        return f"{{{', '.join(f'{name!r}: ...' for name in self._nodes)}}}" if self._nodes else "{}"


def _check_tree(node: Mapping[str, Any]) -> None:
    """Raise ValueError naming the first ``schemas``/``tables``/``columns`` map or entry that is not an object."""
    for schema, schema_node in _children(node, "schemas", "data"):
        where = f"schemas[{schema!r}]"
        for table, table_node in _children(schema_node, "tables", where):
            for _ in _children(table_node, "columns", f"{where}.tables[{table!r}]"):
                pass


def _entries(node: Mapping[str, Any], key: str, build: Callable[[str, Mapping[str, Any]], E]) -> Mapping[str, E]:
    children = node.get(key)
    return _Entries(children, build) if children else _EMPTY


def _object(value: object, where: str) -> Mapping[str, Any]:
    """A JSON object (None reads as empty); anything else means the response is not a schema config."""
    if value is None:
        return _EMPTY
    # dict first: parsed JSON only holds dicts, and the Mapping ABC check costs ~10x more per node.
    if not isinstance(value, dict) and not isinstance(value, Mapping):
        raise ValueError(f"{where} is not an object")
    return value


def _children(node: Mapping[str, Any], key: str, where: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for name, child in _object(node.get(key), f"{where}.{key}").items():
        yield str(name), _object(child, f"{where}.{key}[{name!r}]")


# Scalars of an unexpected type read as None (still visible in `raw`): only the tree's shape is enforced.
def _bool(node: Mapping[str, Any], key: str) -> bool | None:
    value = node.get(key)
    return value if isinstance(value, bool) else None


def _str(node: Mapping[str, Any], key: str) -> str | None:
    value = node.get(key)
    return value if isinstance(value, str) else None


def _settings(node: Mapping[str, Any], key: str) -> Mapping[str, Any] | None:
    value = node.get(key)
    return MappingProxyType(value) if isinstance(value, dict | Mapping) else None


@dataclass(frozen=True, slots=True)
class ColumnEntry:
    """One column's settings.

    Attributes:
        name: The source column name.
        schema: The source schema name it belongs to.
        table: The source table name it belongs to.
        enabled: Whether the column is synced.
        hashed: Whether its values are hashed in the destination.
        is_primary_key: Whether it is (part of) the table's primary key.
        name_in_destination: Its name in the destination.
        enabled_patch_settings: Whether ``enabled`` may be changed (``allowed``), and why not.
        raw: A read-only view of the column's JSON as received, unknown fields included.
    """

    name: str
    schema: str
    table: str
    enabled: bool | None
    hashed: bool | None
    is_primary_key: bool | None
    name_in_destination: str | None
    enabled_patch_settings: Mapping[str, Any] | None
    raw: Mapping[str, Any] = field(repr=False)

    @classmethod
    def from_dict(cls, name: str, node: Mapping[str, Any], *, schema: str, table: str) -> ColumnEntry:
        """Read one column from its JSON object."""
        return cls(
            name=name,
            schema=schema,
            table=table,
            enabled=_bool(node, "enabled"),
            hashed=_bool(node, "hashed"),
            is_primary_key=_bool(node, "is_primary_key"),
            name_in_destination=_str(node, "name_in_destination"),
            enabled_patch_settings=_settings(node, "enabled_patch_settings"),
            raw=MappingProxyType(node),
        )


@dataclass(frozen=True, slots=True)
class TableEntry:
    """One table's settings and the columns the schema config lists for it.

    The schema config lists only the columns whose settings differ from the defaults; the full list is
    ``client.connections.get_table_columns(connection_id, schema, table)``.

    Attributes:
        name: The source table name.
        schema: The source schema name it belongs to.
        enabled: Whether the table is synced.
        sync_mode: ``SOFT_DELETE``, ``HISTORY`` or ``LIVE``.
        name_in_destination: Its name in the destination.
        supports_columns_config: Whether column settings can be changed.
        supports_history_mode: Whether ``sync_mode`` can be ``HISTORY``.
        enabled_patch_settings: Whether ``enabled`` may be changed (``allowed``), and why not.
        columns: Column name -> `ColumnEntry`.
        raw: A read-only view of the table's JSON as received, unknown fields included.
    """

    name: str
    schema: str
    enabled: bool | None
    sync_mode: str | None
    name_in_destination: str | None
    supports_columns_config: bool | None
    supports_history_mode: bool | None
    enabled_patch_settings: Mapping[str, Any] | None
    columns: Mapping[str, ColumnEntry]
    raw: Mapping[str, Any] = field(repr=False)

    @classmethod
    def from_dict(cls, name: str, node: Mapping[str, Any], *, schema: str) -> TableEntry:
        """Read one table (and its columns) from its JSON object."""
        columns = _entries(
            node, "columns", lambda column, child: ColumnEntry.from_dict(column, child, schema=schema, table=name)
        )
        return cls(
            name=name,
            schema=schema,
            enabled=_bool(node, "enabled"),
            sync_mode=_str(node, "sync_mode"),
            name_in_destination=_str(node, "name_in_destination"),
            supports_columns_config=_bool(node, "supports_columns_config"),
            supports_history_mode=_bool(node, "supports_history_mode"),
            enabled_patch_settings=_settings(node, "enabled_patch_settings"),
            columns=columns,
            raw=MappingProxyType(node),
        )

    def iter_columns(self) -> Iterator[ColumnEntry]:
        """The columns listed for this table, in the API's order."""
        return iter(self.columns.values())


@dataclass(frozen=True, slots=True)
class SchemaEntry:
    """One schema's settings and its tables.

    Attributes:
        name: The source schema name.
        enabled: Whether the schema is synced.
        name_in_destination: Its name in the destination.
        tables: Table name -> `TableEntry`.
        raw: A read-only view of the schema's JSON as received, unknown fields included.
    """

    name: str
    enabled: bool | None
    name_in_destination: str | None
    tables: Mapping[str, TableEntry]
    raw: Mapping[str, Any] = field(repr=False)

    @classmethod
    def from_dict(cls, name: str, node: Mapping[str, Any]) -> SchemaEntry:
        """Read one schema (and its tables) from its JSON object."""
        tables = _entries(node, "tables", lambda table, child: TableEntry.from_dict(table, child, schema=name))
        return cls(
            name=name,
            enabled=_bool(node, "enabled"),
            name_in_destination=_str(node, "name_in_destination"),
            tables=tables,
            raw=MappingProxyType(node),
        )

    def iter_tables(self) -> Iterator[TableEntry]:
        """The tables of this schema, in the API's order."""
        return iter(self.tables.values())

    def enabled_tables(self) -> list[TableEntry]:
        """The tables that sync: this schema and the table are both enabled."""
        return [table for table in self.tables.values() if self.enabled is True and table.enabled is True]


@dataclass(frozen=True, slots=True)
class SchemaConfig:
    """A connection's schema config (``GET /v1/connections/{id}/schemas``).

    Attributes:
        schema_change_handling: ``ALLOW_ALL``, ``ALLOW_COLUMNS`` or ``BLOCK_ALL``: what happens to new
            schemas, tables and columns.
        enable_new_by_default: Whether new schemas, tables and columns are enabled.
        schemas: Schema name -> `SchemaEntry`.
        raw: A read-only view of the config's JSON as received, unknown fields included.

    Example:
        config = client.connections.get_schema_config("decent_dropsy")
        for table in config.enabled_tables():
            print(f"{table.schema}.{table.name}", table.sync_mode)
        orders = config.table("public", "orders")
    """

    schema_change_handling: str | None
    enable_new_by_default: bool | None
    schemas: Mapping[str, SchemaEntry]
    raw: Mapping[str, Any] = field(repr=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SchemaConfig:
        """Read a schema config from the JSON of the response's ``data``.

        Raises:
            ValueError: ``schemas``, ``tables`` or ``columns`` (or an entry in them) is not an object.
        """
        node = _object(data, "data")
        _check_tree(node)
        schemas = _entries(node, "schemas", SchemaEntry.from_dict)
        return cls(
            schema_change_handling=_str(node, "schema_change_handling"),
            enable_new_by_default=_bool(node, "enable_new_by_default"),
            schemas=schemas,
            raw=MappingProxyType(node),
        )

    def table(self, schema: str, table: str) -> TableEntry:
        """The entry of one table.

        Raises:
            KeyError: no such schema or table in the config.
        """
        return self.schemas[schema].tables[table]

    def iter_tables(self) -> Iterator[TableEntry]:
        """Every table of every schema (each knows its ``schema``), in the API's order."""
        for schema in self.schemas.values():
            yield from schema.iter_tables()

    def iter_columns(self) -> Iterator[ColumnEntry]:
        """Every column listed in the config (each knows its ``schema`` and ``table``)."""
        for table in self.iter_tables():
            yield from table.iter_columns()

    def enabled_tables(self) -> list[TableEntry]:
        """The tables that sync: both the table and its schema are enabled."""
        return [table for schema in self.schemas.values() for table in schema.enabled_tables()]


def table_columns(data: Mapping[str, Any], *, schema: str, table: str) -> dict[str, ColumnEntry]:
    """Column name -> `ColumnEntry` from the ``data`` of ``GET .../tables/{table}/columns``.

    Raises:
        ValueError: ``columns`` (or an entry in it) is not an object.
    """
    where = f"schemas[{schema!r}].tables[{table!r}]"
    return {
        name: ColumnEntry.from_dict(name, node, schema=schema, table=table)
        for name, node in _children(_object(data, "data"), "columns", where)
    }
