from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_all_webhooks_response_data import ListAllWebhooksResponseData
    from ..types import UNSET, Unset

__all__ = ["ListAllWebhooksResponse"]


class ListAllWebhooksResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Webhooks retrieved successfully.
        data (ListAllWebhooksResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[ListAllWebhooksResponseData | Unset] = Field(
        "data", Nested("list_all_webhooks_response_data", "ListAllWebhooksResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: ListAllWebhooksResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
