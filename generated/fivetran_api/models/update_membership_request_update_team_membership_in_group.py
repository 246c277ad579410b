from __future__ import annotations

from .._model import Field, Model

__all__ = ["UpdateMembershipRequestUpdateTeamMembershipInGroup"]


class UpdateMembershipRequestUpdateTeamMembershipInGroup(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        role (str): The user's role within the team Example: Manage Destination.
    """

    role: Field[str] = Field("role", required=True)

    def __init__(
        self,
        *,
        role: str,
    ) -> None:
        self._init(
            {
                "role": role,
            }
        )
