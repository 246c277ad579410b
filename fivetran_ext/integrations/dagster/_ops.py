"""`build_fivetran_sync_op`: an op that syncs one connection and outputs the JSON-safe result."""

# No `from __future__ import annotations`: Dagster reads the `context` annotation of the op at definition.
from typing import Any, Unpack

import dagster as dg

from .._policy import SyncOptions, TaskPolicy
from ._assets import _identifier
from ._resource import FivetranResource

__all__ = ["build_fivetran_sync_op"]


def build_fivetran_sync_op(
    connection_id: str,
    *,
    name: str | None = None,
    resource_key: str = "fivetran",
    **options: Unpack[SyncOptions],
) -> dg.OpDefinition:
    """An op that syncs ``connection_id`` and waits; its output is the result dict (see `sync_result`).

    Takes one optional ``Nothing`` input, ``start_after``, to order it after other ops. Fails with
    ``dagster.Failure`` (Fivetran's reason as description) when the sync does not succeed.
    """
    policy = TaskPolicy.checked(**options)

    @dg.op(
        name=name or f"fivetran_sync_{_identifier(connection_id)}",
        required_resource_keys={resource_key},
        ins={"start_after": dg.In(dg.Nothing)},
        out=dg.Out(dict),
    )
    def _sync(context: dg.OpExecutionContext) -> dict[str, Any]:
        fivetran: FivetranResource = getattr(context.resources, resource_key)
        return fivetran.sync_and_wait(connection_id, policy, context.log)

    return _sync
