"""Dagster integration (``pip install 'fivetran-ext[dagster]'``).

* `FivetranResource`: a ``ConfigurableResource`` (key, secret, base URL; use ``EnvVar`` for secrets) that
  builds a `fivetran_ext.Fivetran` or `AsyncFivetran` per use and closes it after.
* `build_fivetran_asset_specs` / `load_fivetran_asset_specs`: one ``AssetSpec`` per table a connection
  syncs, keyed by the names in the destination; `load_fivetran_group_asset_specs` for every connection of
  a group (all pages).
* `build_fivetran_assets`: a multi-asset that syncs the connection, waits, and materializes those specs;
  `build_fivetran_sync_op`: the same as an op. Both fail with ``dagster.Failure`` carrying Fivetran's reason.

Example:
    import dagster as dg
    from fivetran_ext.integrations.dagster import FivetranResource, build_fivetran_assets, load_fivetran_asset_specs

    fivetran = FivetranResource(api_key=dg.EnvVar("FIVETRAN_API_KEY"), api_secret=dg.EnvVar("FIVETRAN_API_SECRET"))
    orders = build_fivetran_assets("decent_dropsy", load_fivetran_asset_specs(fivetran, "decent_dropsy"))
    defs = dg.Definitions(assets=[orders], resources={"fivetran": fivetran})
"""

from __future__ import annotations

from ._assets import (
    build_fivetran_asset_specs,
    build_fivetran_assets,
    load_fivetran_asset_specs,
    load_fivetran_group_asset_specs,
)
from ._ops import build_fivetran_sync_op
from ._resource import FivetranResource

__all__ = [
    "FivetranResource",
    "build_fivetran_asset_specs",
    "build_fivetran_assets",
    "build_fivetran_sync_op",
    "load_fivetran_asset_specs",
    "load_fivetran_group_asset_specs",
]
