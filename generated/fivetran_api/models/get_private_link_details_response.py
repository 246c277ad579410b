from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.private_link import PrivateLink
    from ..types import UNSET, Unset

__all__ = ["GetPrivateLinkDetailsResponse"]


class GetPrivateLinkDetailsResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        data (PrivateLink):
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Private link details retrieved successfully.
    """

    data: Field[PrivateLink] = Field("data", Nested("private_link", "PrivateLink"), required=True)
    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")

    def __init__(
        self,
        *,
        data: PrivateLink,
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
