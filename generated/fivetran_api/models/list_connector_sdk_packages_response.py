from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_connector_sdk_packages_response_data import ListConnectorSdkPackagesResponseData
    from ..types import UNSET, Unset

__all__ = ["ListConnectorSdkPackagesResponse"]


class ListConnectorSdkPackagesResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Connector SDK packages retrieved successfully.
        data (ListConnectorSdkPackagesResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[ListConnectorSdkPackagesResponseData | Unset] = Field(
        "data", Nested("list_connector_sdk_packages_response_data", "ListConnectorSdkPackagesResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: ListConnectorSdkPackagesResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
