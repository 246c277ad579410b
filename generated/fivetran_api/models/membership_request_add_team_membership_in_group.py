from __future__ import annotations

from .._model import Field, Model

__all__ = ["MembershipRequestAddTeamMembershipInGroup"]


class MembershipRequestAddTeamMembershipInGroup(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The group unique identifier Example: group_id.
        role (str): The team's role Example: Manage Destination.
    """

    id: Field[str] = Field("id", required=True)
    role: Field[str] = Field("role", required=True)

    def __init__(
        self,
        *,
        id: str,
        role: str,
    ) -> None:
        self._init(
            {
                "id": id,
                "role": role,
            }
        )
