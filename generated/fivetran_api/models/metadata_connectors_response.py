from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_connectors_response_data import MetadataConnectorsResponseData
    from ..types import UNSET, Unset

__all__ = ["MetadataConnectorsResponse"]


class MetadataConnectorsResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Connectors list retrieved successfully.
        data (MetadataConnectorsResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[MetadataConnectorsResponseData | Unset] = Field(
        "data", Nested("metadata_connectors_response_data", "MetadataConnectorsResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: MetadataConnectorsResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
