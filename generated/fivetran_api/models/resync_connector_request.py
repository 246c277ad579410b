from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resync_connector_request_scope_type_0 import ResyncConnectorRequestScopeType0
    from ..types import UNSET, Unset

__all__ = ["ResyncConnectorRequest"]


class ResyncConnectorRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        scope (None | ResyncConnectorRequestScopeType0 | Unset): A map where each key is a schema name and each value is
            a non-empty array of table names to re-sync within that schema.
            Both the scope object and each schema's table array must be non-empty — an empty scope object or an empty table
            array returns 400.
            If omitted or set to null, all schemas and tables of the connection are re-synced.
            This parameter is only supported for connectors that support table-level re-sync (typically database connectors
            such as PostgreSQL, MySQL, and Oracle). Sending scope to an unsupported connector type (for example, Google
            Sheets) returns 400.
            Retrieve valid schema and table names from GET /v1/connections/{connectionId}/schemas.
    """

    scope: Field[None | ResyncConnectorRequestScopeType0 | Unset] = Field(
        "scope", Nested("resync_connector_request_scope_type_0", "ResyncConnectorRequestScopeType0")
    )

    def __init__(
        self,
        *,
        scope: None | ResyncConnectorRequestScopeType0 | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "scope": scope,
            }
        )
