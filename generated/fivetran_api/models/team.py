from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["Team"]


class Team(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The unique identifier for the team within your account Example: team_id.
        role (str): The account role of the team Example: Account Reviewer.
        name (None | str | Unset): The name of the team within your account Example: Team Title.
        description (None | str | Unset): The description of the team within your account Example: Team Description.
    """

    id: Field[str] = Field("id", required=True)
    role: Field[str] = Field("role", required=True)
    name: Field[None | str | Unset] = Field("name")
    description: Field[None | str | Unset] = Field("description")

    def __init__(
        self,
        *,
        id: str,
        role: str,
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "role": role,
                "name": name,
                "description": description,
            }
        )
