from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["ResyncTablesBody"]


class ResyncTablesBody(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        schema (list[str] | None | Unset): Schema name Example: ['table1', 'table2'].
    """

    schema: Field[list[str] | None | Unset] = Field("schema")

    def __init__(
        self,
        *,
        schema: list[str] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "schema": schema,
            }
        )
