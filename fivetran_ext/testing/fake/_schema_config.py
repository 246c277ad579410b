"""A connection's schema configuration ("standard config") and the source catalog it is built from.

The catalog is what the fake pretends the source contains: ``{schema: {table: [column, ...]}}``. The
schema config records which of those the user syncs. As in the live API, the config view lists every
schema and table but only the columns a user has touched; the full column list is the table-columns
endpoint's job. Names are source names; ``name_in_destination`` is derived from them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._errors import FakeAPIError, invalid_input

__all__ = [
    "EXCLUDE_MODES",
    "SCHEMA_CHANGE_HANDLING",
    "SYNC_MODES",
    "Catalog",
    "SchemaConfig",
    "default_catalog",
]

Catalog = dict[str, dict[str, list[str]]]

SCHEMA_CHANGE_HANDLING = ("ALLOW_ALL", "ALLOW_COLUMNS", "BLOCK_ALL")
SYNC_MODES = ("SOFT_DELETE", "HISTORY", "LIVE")
EXCLUDE_MODES = ("PRESERVE", "INCLUDE", "EXCLUDE")

_NOT_IDENTIFIER = re.compile(r"[^0-9a-z_]+")


def default_catalog(schema: str) -> Catalog:
    """What a new connection's source contains unless the test says otherwise: two small tables."""
    return {
        schema: {
            "accounts": ["id", "name", "updated_at"],
            "events": ["id", "account_id", "occurred_at"],
        }
    }


def _destination_name(name: str) -> str:
    return _NOT_IDENTIFIER.sub("_", name.lower()).strip("_") or "_"


def _schema_not_found(kind: str, name: str) -> FakeAPIError:
    return FakeAPIError(404, f"NotFound_{kind}", f"Cannot find {kind.lower()} '{name}' in the schema config.")


def _flag(body: Mapping[str, Any], name: str) -> bool | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, bool):
        raise invalid_input(f"'{name}' must be a boolean")
    return value


def _choice(body: Mapping[str, Any], name: str, allowed: Sequence[str]) -> str | None:
    value = body.get(name)
    if value is None:
        return None
    if value not in allowed:
        raise invalid_input(f"Invalid value '{value}' for '{name}'; allowed: {', '.join(allowed)}")
    return str(value)


def _children(body: Mapping[str, Any], name: str) -> dict[str, Mapping[str, Any]]:
    value = body.get(name) or {}
    if not isinstance(value, dict) or not all(isinstance(child, dict) for child in value.values()):
        raise invalid_input(f"'{name}' must be an object of objects keyed by name")
    return value


@dataclass
class ColumnConfig:
    enabled: bool = True
    hashed: bool = False
    is_primary_key: bool = False
    # Only columns a user has patched appear in the schema config view (live API behaviour).
    touched: bool = False

    def view(self, name: str) -> dict[str, Any]:
        settings: dict[str, Any] = {"allowed": not self.is_primary_key}
        if self.is_primary_key:
            settings.update(reason_code="OTHER", reason="Primary key columns are always synced")
        return {
            "name_in_destination": _destination_name(name),
            "enabled": self.enabled,
            "hashed": self.hashed,
            "is_primary_key": self.is_primary_key,
            "enabled_patch_settings": settings,
        }

    def patch(self, name: str, body: Mapping[str, Any]) -> None:
        enabled = _flag(body, "enabled")
        if enabled is False and self.is_primary_key:
            raise invalid_input(f"Column '{name}' is a primary key and cannot be disabled")
        self.enabled = self.enabled if enabled is None else enabled
        hashed = _flag(body, "hashed")
        self.hashed = self.hashed if hashed is None else hashed
        self.touched = True


@dataclass
class TableConfig:
    enabled: bool = True
    sync_mode: str = "SOFT_DELETE"
    columns: dict[str, ColumnConfig] = field(default_factory=dict)

    def view(self, name: str, *, all_columns: bool = False) -> dict[str, Any]:
        return {
            "name_in_destination": _destination_name(name),
            "enabled": self.enabled,
            "sync_mode": self.sync_mode,
            "supports_columns_config": True,
            "supports_history_mode": True,
            "enabled_patch_settings": {"allowed": True},
            "columns": self.columns_view(all_columns=all_columns),
        }

    def columns_view(self, *, all_columns: bool = True) -> dict[str, Any]:
        return {name: column.view(name) for name, column in self.columns.items() if all_columns or column.touched}

    def patch(self, body: Mapping[str, Any], *, create_missing: bool) -> None:
        enabled = _flag(body, "enabled")
        self.enabled = self.enabled if enabled is None else enabled
        self.sync_mode = _choice(body, "sync_mode", SYNC_MODES) or self.sync_mode
        for column_name, column_body in _children(body, "columns").items():
            self.column(column_name, create_missing=create_missing).patch(column_name, column_body)

    def column(self, name: str, *, create_missing: bool = False) -> ColumnConfig:
        if name not in self.columns:
            if not create_missing:
                raise _schema_not_found("Column", name)
            self.columns[name] = ColumnConfig()
        return self.columns[name]


@dataclass
class SchemaEntry:
    enabled: bool = True
    tables: dict[str, TableConfig] = field(default_factory=dict)

    def view(self, name: str) -> dict[str, Any]:
        return {
            "name_in_destination": _destination_name(name),
            "enabled": self.enabled,
            "tables": {table_name: table.view(table_name) for table_name, table in self.tables.items()},
        }

    def patch(self, body: Mapping[str, Any], *, create_missing: bool) -> None:
        enabled = _flag(body, "enabled")
        self.enabled = self.enabled if enabled is None else enabled
        for table_name, table_body in _children(body, "tables").items():
            self.table(table_name, create_missing=create_missing).patch(table_body, create_missing=create_missing)

    def table(self, name: str, *, create_missing: bool = False) -> TableConfig:
        if name not in self.tables:
            if not create_missing:
                raise _schema_not_found("Table", name)
            self.tables[name] = TableConfig()
        return self.tables[name]


@dataclass
class SchemaConfig:
    """The standard config of one connection, plus the catalog it mirrors."""

    schema_change_handling: str = "ALLOW_ALL"
    enable_new_by_default: bool = True
    is_type_locked: bool = False
    schemas: dict[str, SchemaEntry] = field(default_factory=dict)
    catalog: Catalog = field(default_factory=dict)

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> SchemaConfig:
        config = cls(catalog={schema: {t: list(c) for t, c in tables.items()} for schema, tables in catalog.items()})
        config.reload("INCLUDE")
        return config

    def view(self) -> dict[str, Any]:
        return {
            "schema_change_handling": self.schema_change_handling,
            "enable_new_by_default": self.enable_new_by_default,
            "schemas": {name: entry.view(name) for name, entry in self.schemas.items()},
        }

    def schema(self, name: str, *, create_missing: bool = False) -> SchemaEntry:
        if name not in self.schemas:
            if not create_missing:
                raise _schema_not_found("Schema", name)
            self.schemas[name] = SchemaEntry()
        return self.schemas[name]

    def update(self, body: Mapping[str, Any], *, create_missing: bool = False) -> None:
        """Apply a ``PATCH .../schemas`` body (``create_missing`` for the pre-create ``POST``)."""
        handling = _choice(body, "schema_change_handling", SCHEMA_CHANGE_HANDLING)
        if handling is not None:
            self.schema_change_handling = handling
            # The live API derives this flag from the handling mode.
            self.enable_new_by_default = handling != "BLOCK_ALL"
        locked = _flag(body, "is_type_locked")
        self.is_type_locked = self.is_type_locked if locked is None else locked
        for schema_name, schema_body in _children(body, "schemas").items():
            self.schema(schema_name, create_missing=create_missing).patch(schema_body, create_missing=create_missing)

    def reload(self, exclude_mode: str = "PRESERVE") -> None:
        """Re-read the catalog: keep known entries' settings (``PRESERVE``), or enable (``INCLUDE``) or
        disable (``EXCLUDE``) everything; new entries follow ``schema_change_handling``; entries gone from
        the source disappear."""
        new_entry_enabled = {"ALLOW_ALL": True, "ALLOW_COLUMNS": False, "BLOCK_ALL": False}[self.schema_change_handling]
        schemas: dict[str, SchemaEntry] = {}
        for schema_name, tables in self.catalog.items():
            old_schema = self.schemas.get(schema_name)
            entry = SchemaEntry(enabled=old_schema.enabled if old_schema else new_entry_enabled)
            for table_name, columns in tables.items():
                old_table = old_schema.tables.get(table_name) if old_schema else None
                table = TableConfig(
                    enabled=old_table.enabled if old_table else new_entry_enabled,
                    sync_mode=old_table.sync_mode if old_table else "SOFT_DELETE",
                )
                for position, column_name in enumerate(columns):
                    old_column = old_table.columns.get(column_name) if old_table else None
                    # The first column plays the primary key: enough for "cannot disable a key" behaviour.
                    table.columns[column_name] = old_column or ColumnConfig(
                        enabled=self.schema_change_handling != "BLOCK_ALL", is_primary_key=position == 0
                    )
                entry.tables[table_name] = table
            schemas[schema_name] = entry
        if exclude_mode != "PRESERVE":
            enabled = exclude_mode == "INCLUDE"
            for entry in schemas.values():
                entry.enabled = enabled
                for table in entry.tables.values():
                    table.enabled = enabled
        self.schemas = schemas

    def drop_column(self, schema: str, table: str, column: str) -> None:
        """Forget a column (``DELETE .../columns/{column}`` marks it for deletion in the destination)."""
        columns = self.schema(schema).table(table).columns
        if column not in columns:
            raise _schema_not_found("Column", column)
        del columns[column]
