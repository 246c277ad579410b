from __future__ import annotations

from .._model import Field, Model

__all__ = ["MembershipRequest"]


class MembershipRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The connection unique identifier Example: connection_id.
        role (str): The team's role Example: View Connection.
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
