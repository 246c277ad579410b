from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["UpdateUserRequest"]


class UpdateUserRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        phone (None | str | Unset): The phone number of the user. Example: +9876543210.
        picture (None | str | Unset): The user's avatar as a URL link (for example, 'http:<!--
            -->//mycompany.com/avatars/john_white.png') or base64 data URI (for example,
            'data:image/png;base64,aHR0cDovL215Y29tcGFueS5jb20vYXZhdGFycy9qb2huX3doaXRlLnBuZw==') Example:
            AFg65aoa7af4r3feaAa6bi7se ... base64 encoded image ... blDFSs87gQ==.
        role (None | str | Unset): The account role that you would like to assign to the user. You cannot change your
            own role.  Example: Account Administrator.
        family_name (None | str | Unset): The last name of the user. Example: Doe.
        given_name (None | str | Unset): The first name of the user. Example: Jane.
    """

    phone: Field[None | str | Unset] = Field("phone")
    picture: Field[None | str | Unset] = Field("picture")
    role: Field[None | str | Unset] = Field("role")
    family_name: Field[None | str | Unset] = Field("family_name")
    given_name: Field[None | str | Unset] = Field("given_name")

    def __init__(
        self,
        *,
        phone: None | str | Unset = UNSET,
        picture: None | str | Unset = UNSET,
        role: None | str | Unset = UNSET,
        family_name: None | str | Unset = UNSET,
        given_name: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "phone": phone,
                "picture": picture,
                "role": role,
                "family_name": family_name,
                "given_name": given_name,
            }
        )
