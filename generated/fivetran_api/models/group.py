from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..types import UNSET, Unset

__all__ = ["Group"]


class Group(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The unique identifier for the group within the Fivetran system. Example: group_id.
        name (str): The name of the group within your account. Example: Group_Name.
        created_at (datetime.datetime | None | Unset): The timestamp of when the group was created in your account.
            Example: 2024-01-01T00:00:00Z.
    """

    id: Field[str] = Field("id", required=True)
    name: Field[str] = Field("name", required=True)
    created_at: Field[datetime.datetime | None | Unset] = Field("created_at", DATETIME)

    def __init__(
        self,
        *,
        id: str,
        name: str,
        created_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
            }
        )
