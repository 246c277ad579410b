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
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Operation performed successfully.
        data (ListEsmEntitiesResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[ListEsmEntitiesResponseData | Unset] = Field(
        "data", Nested("list_esm_entities_response_data", "ListEsmEntitiesResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: ListEsmEntitiesResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
