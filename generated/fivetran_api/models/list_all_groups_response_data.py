from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group
    from ..types import UNSET, Unset

__all__ = ["ListAllGroupsResponseData"]


class ListAllGroupsResponseData(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        items (list[Group] | None | Unset): The collection of returned items
        next_cursor (None | str | Unset): The value of the cursor parameter for the next page Example: cursor_value.
    """

    items: Field[list[Group] | None | Unset] = Field("items", ListOf(Nested("group", "Group")))
    next_cursor: Field[None | str | Unset] = Field("next_cursor")

    def __init__(
        self,
        *,
        items: list[Group] | None | Unset = UNSET,
        next_cursor: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "items": items,
                "next_cursor": next_cursor,
            }
        )
