from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_esm_entities_response_data import ListEsmEntitiesResponseData
    from ..types import UNSET, Unset

__all__ = ["ListEsmEntitiesResponse"]


class ListEsmEntitiesResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        data (ListEsmEntitiesResponseData):
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Operation performed successfully.
    """

    data: Field[ListEsmEntitiesResponseData] = Field(
        "data", Nested("list_esm_entities_response_data", "ListEsmEntitiesResponseData"), required=True
    )
    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")

    def __init__(
        self,
        *,
        data: ListEsmEntitiesResponseData,
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
