from __future__ import annotations

from .._model import Field, Model

__all__ = ["UpdateMembershipRequest"]


class UpdateMembershipRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        role (str): The team's role Example: Edit Connection.
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
