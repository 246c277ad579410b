from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["ResyncConnectorRequestScopeType0"]


class ResyncConnectorRequestScopeType0(Model):
    """A map where each key is a schema name and each value is a non-empty array of table names to re-sync within that
    schema.
    Both the scope object and each schema's table array must be non-empty — an empty scope object or an empty table
    array returns 400.
    If omitted or set to null, all schemas and tables of the connection are re-synced.
    This parameter is only supported for connectors that support table-level re-sync (typically database connectors such
    as PostgreSQL, MySQL, and Oracle). Sending scope to an unsupported connector type (for example, Google Sheets)
    returns 400.
    Retrieve valid schema and table names from GET /v1/connections/{connectionId}/schemas.

        Attributes:
            schema (list[str] | None | Unset): Schema name Example: ['table1', 'table2'].
    """

    schema: Field[list[str] | None | Unset] = Field("schema")

    def __init__(
        self,
        *,
        schema: list[str] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "schema": schema,
            }
        )
