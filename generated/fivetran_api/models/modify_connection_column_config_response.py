from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_config_response import StandardConfigResponse
    from ..types import UNSET, Unset

__all__ = ["ModifyConnectionColumnConfigResponse"]


class ModifyConnectionColumnConfigResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Column configuration has been modified.
        data (None | StandardConfigResponse | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[None | StandardConfigResponse | Unset] = Field(
        "data", Nested("standard_config_response", "StandardConfigResponse")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: None | StandardConfigResponse | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
