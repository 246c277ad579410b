from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_config_response import StandardConfigResponse
    from ..types import UNSET, Unset

__all__ = ["ConnectionSchemaConfigResponse"]


class ConnectionSchemaConfigResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        data (StandardConfigResponse):
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Schema configuration retrieved successfully.
    """

    data: Field[StandardConfigResponse] = Field(
        "data", Nested("standard_config_response", "StandardConfigResponse"), required=True
    )
    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")

    def __init__(
        self,
        *,
        data: StandardConfigResponse,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "data": data,
                "code": code,
                "message": message,
            }
        )
