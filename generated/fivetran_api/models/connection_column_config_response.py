from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_columns_config_response import TableColumnsConfigResponse
    from ..types import UNSET, Unset

__all__ = ["ConnectionColumnConfigResponse"]


class ConnectionColumnConfigResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Column configuration retrieved successfully.
        data (None | TableColumnsConfigResponse | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[None | TableColumnsConfigResponse | Unset] = Field(
        "data", Nested("table_columns_config_response", "TableColumnsConfigResponse")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: None | TableColumnsConfigResponse | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
