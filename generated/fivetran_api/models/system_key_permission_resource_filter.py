from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["SystemKeyPermissionResourceFilter"]


class SystemKeyPermissionResourceFilter(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        ids (list[str] | None | Unset): The IDs of managed entities Example: {}.
        group_ids (list[str] | None | Unset): The IDs of managed groups Example: {}.
    """

    ids: Field[list[str] | None | Unset] = Field("ids")
    group_ids: Field[list[str] | None | Unset] = Field("group_ids")

    def __init__(
        self,
        *,
        ids: list[str] | None | Unset = UNSET,
        group_ids: list[str] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "ids": ids,
                "group_ids": group_ids,
            }
        )
