from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_log_services_response_data import ListLogServicesResponseData
    from ..types import UNSET, Unset

__all__ = ["ListLogServicesResponse"]


class ListLogServicesResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: External logging services retrieved successfully.
        data (ListLogServicesResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[ListLogServicesResponseData | Unset] = Field(
        "data", Nested("list_log_services_response_data", "ListLogServicesResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: ListLogServicesResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
