from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_destination_certificates_list_response_data import GetDestinationCertificatesListResponseData
    from ..types import UNSET, Unset

__all__ = ["GetDestinationCertificatesListResponse"]


class GetDestinationCertificatesListResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Destination certificates retrieved successfully.
        data (GetDestinationCertificatesListResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[GetDestinationCertificatesListResponseData | Unset] = Field(
        "data", Nested("get_destination_certificates_list_response_data", "GetDestinationCertificatesListResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: GetDestinationCertificatesListResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
