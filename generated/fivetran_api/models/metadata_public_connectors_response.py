from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connector_type_details import ConnectorTypeDetails
    from ..types import UNSET, Unset

__all__ = ["MetadataPublicConnectorsResponse"]


class MetadataPublicConnectorsResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Connector metadata retrieved successfully.
        data (ConnectorTypeDetails | None | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[ConnectorTypeDetails | None | Unset] = Field(
        "data", Nested("connector_type_details", "ConnectorTypeDetails")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: ConnectorTypeDetails | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
