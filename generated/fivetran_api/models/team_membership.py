from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..types import UNSET, Unset

__all__ = ["TeamMembership"]


class TeamMembership(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        user_id (None | str | Unset): The unique identifier of user Example: user_id.
        role (None | str | Unset): The user's role within the team Example: Team Member.
        created_at (datetime.datetime | None | Unset): The date and time the membership was created Example:
            2023-08-20T10:15:20.677566Z.
    """

    user_id: Field[None | str | Unset] = Field("user_id")
    role: Field[None | str | Unset] = Field("role")
    created_at: Field[datetime.datetime | None | Unset] = Field("created_at", DATETIME)

    def __init__(
        self,
        *,
        user_id: None | str | Unset = UNSET,
        role: None | str | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "user_id": user_id,
                "role": role,
                "created_at": created_at,
            }
        )
