from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..types import UNSET, Unset

__all__ = ["TransformationProject"]


class TransformationProject(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (None | str | Unset): The unique identifier for the transformation project within the Fivetran system
        type_ (None | str | Unset): Transformation project type Known values: `DBT_CORE` (others may appear).
        created_at (datetime.datetime | None | Unset): The timestamp when the transformation project was created
        created_by_id (None | str | Unset): The unique identifier for the actor (user or system key) within the Fivetran
            system
        group_id (None | str | Unset): The unique identifier for the group within the Fivetran system
    """

    id: Field[None | str | Unset] = Field("id")
    type_: Field[None | str | Unset] = Field("type")
    created_at: Field[datetime.datetime | None | Unset] = Field("created_at", DATETIME)
    created_by_id: Field[None | str | Unset] = Field("created_by_id")
    group_id: Field[None | str | Unset] = Field("group_id")

    def __init__(
        self,
        *,
        id: None | str | Unset = UNSET,
        type_: None | str | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
        created_by_id: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "type_": type_,
                "created_at": created_at,
                "created_by_id": created_by_id,
                "group_id": group_id,
            }
        )
