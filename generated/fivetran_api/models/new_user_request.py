from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["NewUserRequest"]


class NewUserRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        email (str): The email address that the user has associated with their user profile. Example: user@email.value.
        family_name (str): The last name of the user. Example: Doe.
        given_name (str): The first name of the user. Example: John.
        phone (None | str | Unset): The phone number of the user. Example: +1234567890.
        picture (None | str | Unset): The user's avatar as a URL link (for example, 'http:<!--
            -->//mycompany.com/avatars/john_white.png') or base64 data URI (for example,
            'data:image/png;base64,aHR0cDovL215Y29tcGFueS5jb20vYXZhdGFycy9qb2huX3doaXRlLnBuZw==') Example:
            AFg65aoa7af4r3feaAa6bi7se ... base64 encoded image ... blDFSs87gQ==.
        role (None | str | Unset): The role that you would like to assign to the user  Example: Account Administrator.
    """

    email: Field[str] = Field("email", required=True)
    family_name: Field[str] = Field("family_name", required=True)
    given_name: Field[str] = Field("given_name", required=True)
    phone: Field[None | str | Unset] = Field("phone")
    picture: Field[None | str | Unset] = Field("picture")
    role: Field[None | str | Unset] = Field("role")

    def __init__(
        self,
        *,
        email: str,
        family_name: str,
        given_name: str,
        phone: None | str | Unset = UNSET,
        picture: None | str | Unset = UNSET,
        role: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "email": email,
                "family_name": family_name,
                "given_name": given_name,
                "phone": phone,
                "picture": picture,
                "role": role,
            }
        )
