from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..types import UNSET, Unset

__all__ = ["Membership"]


class Membership(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (None | str | Unset): The membership entity unique identifier Example: resource_id.
        role (None | str | Unset): The role the user has within the entity Example: Role Title.
        created_at (datetime.datetime | None | Unset): The timestamp that the user created their Fivetran account
            Example: 2024-01-01T00:00:00Z.
    """

    id: Field[None | str | Unset] = Field("id")
    role: Field[None | str | Unset] = Field("role")
    created_at: Field[datetime.datetime | None | Unset] = Field("created_at", DATETIME)

    def __init__(
        self,
        *,
        id: None | str | Unset = UNSET,
        role: None | str | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "role": role,
                "created_at": created_at,
            }
        )
