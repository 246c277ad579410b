"""Response bodies (Fivetran's ``data`` objects) used across the parity tests, with ids from Fivetran's docs."""

from __future__ import annotations

from typing import Any

GROUP_ID = "projected_sickle"
CONNECTION_ID = "decent_dropsy"
WEBHOOK_ID = "program_quoth"
USER_ID = "nearly_knack"

# Source names that must travel as one percent-encoded path segment each.
SCHEMA = "my schema.v2"
TABLE = "orders/2024?#"
COLUMN = "100% a"
SCHEMA_RAW = "my%20schema%2Ev2"
TABLE_RAW = "orders%2F2024%3F%23"
COLUMN_RAW = "100%25%20a"

GROUP: dict[str, Any] = {"id": GROUP_ID, "name": "Warehouse", "created_at": "2024-01-01T00:00:00Z"}


def connection(connection_id: str = CONNECTION_ID, **overrides: Any) -> dict[str, Any]:
    """A connection as ``GET /v1/connections/{id}`` returns it (version 2), plus a field this client never saw."""
    data: dict[str, Any] = {
        "id": connection_id,
        "group_id": GROUP_ID,
        "service": "postgres_rds",
        "schema": "pg",
        "created_at": "2024-01-01T00:00:00Z",
        "paused": False,
        "schedule_type": "auto",
        "sync_frequency": 360,
        "daily_sync_time": None,
        "succeeded_at": "2026-07-01T10:20:31.183741Z",
        "failed_at": None,
        "status": {
            "setup_state": "connected",
            "sync_state": "scheduled",
            "update_state": "on_schedule",
            "is_historical_sync": False,
            "tasks": [],
            "warnings": [],
        },
        "config": {"host": "db.example.com", "port": 5432},
        "brand_new_field": {"kept": True},
    }
    data.update(overrides)
    return data


DESTINATION: dict[str, Any] = {
    "id": GROUP_ID,
    "group_id": GROUP_ID,
    "service": "snowflake",
    "region": "GCP_US_EAST4",
    "time_zone_offset": "-5",
    "setup_status": "connected",
    "config": {"host": "account.snowflakecomputing.com", "password": "******"},
    "setup_tests": [{"title": "Connection test", "status": "PASSED", "message": ""}],
}

WEBHOOK: dict[str, Any] = {
    "id": WEBHOOK_ID,
    "type": "account",
    "url": "https://hooks.example.com/fivetran",
    "events": ["sync_start", "sync_end"],
    "active": True,
    "secret": "******",
    "created_at": "2022-04-29T09:41:08.583Z",
    "created_by": "_airworthy",
}

USER: dict[str, Any] = {
    "id": USER_ID,
    "email": "ada@example.com",
    "created_at": "2024-01-01T00:00:00Z",
    "given_name": "Ada",
    "family_name": "Lovelace",
}

SCHEMA_CONFIG: dict[str, Any] = {
    "schema_change_handling": "ALLOW_COLUMNS",
    "enable_new_by_default": False,
    "future_setting": "kept",
    "schemas": {
        "public": {
            "name_in_destination": "public",
            "enabled": True,
            "tables": {
                "orders": {
                    "name_in_destination": "orders",
                    "enabled": True,
                    "sync_mode": "SOFT_DELETE",
                    "supports_columns_config": True,
                    "enabled_patch_settings": {"allowed": True},
                    "columns": {
                        "email": {"name_in_destination": "email", "enabled": True, "hashed": True},
                        "id": {"enabled": True, "hashed": False, "is_primary_key": True, "new_flag": 7},
                    },
                },
                "logs": {"name_in_destination": "logs", "enabled": False, "sync_mode": "LIVE"},
            },
        },
        # A schema literally named "schema": the spec's example key, which the generated model treats apart.
        "schema": {"name_in_destination": "schema", "enabled": False, "tables": {"t": {"enabled": True}}},
        SCHEMA: {"name_in_destination": "my_schema_v2", "enabled": True, "tables": {TABLE: {"enabled": True}}},
    },
}

COLUMNS: dict[str, Any] = {
    "columns": {
        "id": {"name_in_destination": "id", "enabled": True, "hashed": False, "is_primary_key": True},
        COLUMN: {"name_in_destination": "_100_a", "enabled": False, "hashed": False, "is_primary_key": False},
    }
}


def page(*items: dict[str, Any], next_cursor: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"items": list(items)}
    if next_cursor is not None:
        data["next_cursor"] = next_cursor
    return data
