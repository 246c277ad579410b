"""Asset specs from a connection's schema config, and the multi-asset that syncs them.

A Fivetran connection loads each enabled table into ``<schema name in destination>.<table name in
destination>``; those destination names (not the source names) are what downstream assets read, so they
make the asset keys. Disabled schemas and tables are left out: they are not synced, so they never change.
"""

# No `from __future__ import annotations`: Dagster reads the `context` annotation of the op at definition.
from collections.abc import Iterator, Sequence
from typing import Unpack

import dagster as dg

from ..._schema_config import SchemaConfig
from .._policy import SyncOptions, TaskPolicy
from ._resource import FivetranResource

__all__ = [
    "build_fivetran_asset_specs",
    "build_fivetran_assets",
    "load_fivetran_asset_specs",
    "load_fivetran_group_asset_specs",
]


def build_fivetran_asset_specs(
    schema_config: SchemaConfig,
    connection_id: str,
    *,
    key_prefix: Sequence[str] = (),
    group_name: str | None = None,
) -> list[dg.AssetSpec]:
    """One ``AssetSpec`` per enabled table, keyed ``[*key_prefix, schema_in_destination, table_in_destination]``.

    Each spec's metadata names the connection and the source table (``fivetran/connection_id``,
    ``fivetran/source_table``); its kind is ``fivetran``.
    """
    specs = []
    for table in schema_config.enabled_tables():
        schema = schema_config.schemas[table.schema]
        destination = (schema.name_in_destination or schema.name, table.name_in_destination or table.name)
        specs.append(
            dg.AssetSpec(
                key=dg.AssetKey([*key_prefix, *destination]),
                description=f"{'.'.join(destination)}: table {table.schema}.{table.name} synced by Fivetran "
                f"connection {connection_id}",
                group_name=group_name,
                kinds={"fivetran"},
                metadata={
                    "fivetran/connection_id": connection_id,
                    "fivetran/source_table": f"{table.schema}.{table.name}",
                },
            )
        )
    return specs


def load_fivetran_asset_specs(
    fivetran: FivetranResource,
    connection_id: str,
    *,
    key_prefix: Sequence[str] = (),
    group_name: str | None = None,
) -> list[dg.AssetSpec]:
    """`build_fivetran_asset_specs` from the connection's current schema config (one API read).

    Called when the definitions load, outside any run: ``EnvVar`` fields are resolved here first.
    """
    with fivetran.process_config_and_initialize().get_client() as client:
        config = client.connections.get_schema_config(connection_id)
    return build_fivetran_asset_specs(config, connection_id, key_prefix=key_prefix, group_name=group_name)


def load_fivetran_group_asset_specs(
    fivetran: FivetranResource,
    group_id: str,
    *,
    key_prefix: Sequence[str] = (),
    group_name: str | None = None,
) -> dict[str, list[dg.AssetSpec]]:
    """Connection id -> its asset specs, for every connection of a group (every page, 1,000 per page).

    One list request per 1,000 connections, then one schema config read per connection. Paused and
    broken connections are included (their tables exist in the destination); build one
    `build_fivetran_assets` per entry.
    """
    specs: dict[str, list[dg.AssetSpec]] = {}
    with fivetran.process_config_and_initialize().get_client() as client:
        for connection in client.connections.stream(group_id=group_id, limit=1000):
            config = client.connections.get_schema_config(connection.id)
            specs[connection.id] = build_fivetran_asset_specs(
                config, connection.id, key_prefix=key_prefix, group_name=group_name
            )
    return specs


def build_fivetran_assets(
    connection_id: str,
    specs: Sequence[dg.AssetSpec],
    *,
    name: str | None = None,
    resource_key: str = "fivetran",
    **options: Unpack[SyncOptions],
) -> dg.AssetsDefinition:
    """A multi-asset that syncs ``connection_id``, waits for the outcome and materializes ``specs``.

    The sync options are `TaskPolicy`'s (checked here, when the definitions load). A sync that does not
    succeed fails the step with ``dagster.Failure`` whose description is Fivetran's reason and whose
    metadata holds the whole result; a success materializes every spec with the sync's times as metadata.
    """
    policy = TaskPolicy.checked(**options)

    @dg.multi_asset(
        name=name or f"fivetran_sync_{_identifier(connection_id)}",
        specs=list(specs),
        required_resource_keys={resource_key},
    )
    def _sync(context: dg.AssetExecutionContext) -> Iterator[dg.MaterializeResult]:
        fivetran: FivetranResource = getattr(context.resources, resource_key)
        result = fivetran.sync_and_wait(connection_id, policy, context.log)
        metadata = {
            "fivetran/state": result["state"],
            "fivetran/completed_at": result["completed_at"] or "",
            "fivetran/triggers": result["triggers"],
        }
        for spec in specs:
            yield dg.MaterializeResult(asset_key=spec.key, metadata=metadata)

    return _sync


def _identifier(text: str) -> str:
    # Dagster names allow letters, digits and underscores only; connection ids are mostly that already.
    return "".join(character if character.isalnum() else "_" for character in text)
