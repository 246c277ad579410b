from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_destination_fingerprints_list_response_data import GetDestinationFingerprintsListResponseData
    from ..types import UNSET, Unset

__all__ = ["GetDestinationFingerprintsListResponse"]


class GetDestinationFingerprintsListResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Destination fingerprints retrieved successfully.
        data (GetDestinationFingerprintsListResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[GetDestinationFingerprintsListResponseData | Unset] = Field(
        "data", Nested("get_destination_fingerprints_list_response_data", "GetDestinationFingerprintsListResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: GetDestinationFingerprintsListResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
