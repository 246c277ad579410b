"""Friendly names for the generated models the ergonomic layer returns.

They are the generated attrs classes themselves (no copying, no wrapping): every field is optional,
unknown keys are kept in ``additional_properties``, and ``to_dict()`` round-trips. Imported module by
module rather than through ``fivetran_api.models`` so only the models in use are loaded.
"""

from __future__ import annotations

from fivetran_api.models.connector_response_v1 import ConnectorResponseV1
from fivetran_api.models.group_response import GroupResponse

__all__ = ["Connection", "Group"]

Group = GroupResponse
"""A group (``GET /v1/groups/{group_id}`` ``data``; items of ``GET /v1/groups``)."""

Connection = ConnectorResponseV1
"""A connection (``GET /v1/connections/{connection_id}`` ``data``, with ``Accept: ...;version=2``)."""
