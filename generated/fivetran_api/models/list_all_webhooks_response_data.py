from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook import Webhook
    from ..types import UNSET, Unset

__all__ = ["ListAllWebhooksResponseData"]


class ListAllWebhooksResponseData(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        items (list[Webhook] | None | Unset): The collection of returned items
        next_cursor (None | str | Unset): The value of the cursor parameter for the next page Example: cursor_value.
    """

    items: Field[list[Webhook] | None | Unset] = Field("items", ListOf(Nested("webhook", "Webhook")))
    next_cursor: Field[None | str | Unset] = Field("next_cursor")

    def __init__(
        self,
        *,
        items: list[Webhook] | None | Unset = UNSET,
        next_cursor: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "items": items,
                "next_cursor": next_cursor,
            }
        )
