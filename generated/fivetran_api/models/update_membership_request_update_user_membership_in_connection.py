from __future__ import annotations

from .._model import Field, Model

__all__ = ["UpdateMembershipRequestUpdateUserMembershipInConnection"]


class UpdateMembershipRequestUpdateUserMembershipInConnection(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        role (str): The role that you would like to assign to the user
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
