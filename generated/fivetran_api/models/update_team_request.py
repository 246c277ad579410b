from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["UpdateTeamRequest"]


class UpdateTeamRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        name (None | str | Unset): The name of the team within your account Example: Team Name.
        description (None | str | Unset): The description of the team within your account Example: Team description.
        role (None | str | Unset): The account role of the team Example: Account Analyst.
    """

    name: Field[None | str | Unset] = Field("name")
    description: Field[None | str | Unset] = Field("description")
    role: Field[None | str | Unset] = Field("role")

    def __init__(
        self,
        *,
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        role: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name": name,
                "description": description,
                "role": role,
            }
        )
