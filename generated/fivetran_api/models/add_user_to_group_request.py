from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["AddUserToGroupRequest"]


class AddUserToGroupRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        email (None | str | Unset): The email address that the user has associated with their user profile. Example:
            user@email.value.
        role (None | str | Unset): The group role that you would like to assign this new user to. Supported group roles:
            ‘Manage Destination‘, ‘View Destination‘, ‘Edit Destination‘, ‘Create Connection‘, or a custom destination role
            Example: Owner.
    """

    email: Field[None | str | Unset] = Field("email")
    role: Field[None | str | Unset] = Field("role")

    def __init__(
        self,
        *,
        email: None | str | Unset = UNSET,
        role: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "email": email,
                "role": role,
            }
        )
