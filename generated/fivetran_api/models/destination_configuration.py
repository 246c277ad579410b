from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["DestinationConfiguration"]


class DestinationConfiguration(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        virtual_warehouse (None | str | Unset): Snowflake's virtual warehouse used in the connection Example:
            virtual_warehouse.
    """

    virtual_warehouse: Field[None | str | Unset] = Field("virtual_warehouse")

    def __init__(
        self,
        *,
        virtual_warehouse: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "virtual_warehouse": virtual_warehouse,
            }
        )
