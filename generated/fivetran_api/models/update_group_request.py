from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["UpdateGroupRequest"]


class UpdateGroupRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        name (None | str | Unset): The name of the group within your account. Example: Updated_Group_Name.
    """

    name: Field[None | str | Unset] = Field("name")

    def __init__(
        self,
        *,
        name: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name": name,
            }
        )
