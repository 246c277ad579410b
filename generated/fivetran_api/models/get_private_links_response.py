from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_private_links_response_data import GetPrivateLinksResponseData
    from ..types import UNSET, Unset

__all__ = ["GetPrivateLinksResponse"]


class GetPrivateLinksResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Private links retrieved successfully.
        data (GetPrivateLinksResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[GetPrivateLinksResponseData | Unset] = Field(
        "data", Nested("get_private_links_response_data", "GetPrivateLinksResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: GetPrivateLinksResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
