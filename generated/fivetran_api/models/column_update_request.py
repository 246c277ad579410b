from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["ColumnUpdateRequest"]


class ColumnUpdateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        enabled (bool): The boolean value specifying whether the sync for the table into the destination is enabled.
            Example: True.
        hashed (bool | None | Unset): The boolean value specifying whether a column should be hashed Example: False.
        is_primary_key (bool | None | Unset):
    """

    enabled: Field[bool] = Field("enabled", required=True)
    hashed: Field[bool | None | Unset] = Field("hashed")
    is_primary_key: Field[bool | None | Unset] = Field("is_primary_key")

    def __init__(
        self,
        *,
        enabled: bool,
        hashed: bool | None | Unset = UNSET,
        is_primary_key: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "enabled": enabled,
                "hashed": hashed,
                "is_primary_key": is_primary_key,
            }
        )
