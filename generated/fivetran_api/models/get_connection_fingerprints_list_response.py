from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_connection_fingerprints_list_response_data import GetConnectionFingerprintsListResponseData
    from ..types import UNSET, Unset

__all__ = ["GetConnectionFingerprintsListResponse"]


class GetConnectionFingerprintsListResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Connection fingerprints retrieved successfully.
        data (GetConnectionFingerprintsListResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[GetConnectionFingerprintsListResponseData | Unset] = Field(
        "data", Nested("get_connection_fingerprints_list_response_data", "GetConnectionFingerprintsListResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: GetConnectionFingerprintsListResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
