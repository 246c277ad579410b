from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..types import UNSET, Unset

__all__ = ["User"]


class User(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The unique identifier for the user within the Fivetran system. Example: user_id.
        email (str): The email address that the user has associated with their user profile. Example: user@email.value.
        created_at (datetime.datetime): The timestamp that the user created their Fivetran account Example:
            2024-01-01T00:00:00Z.
        verified (bool | None | Unset): The field indicates whether the user has verified their email address in the
            account creation process. Example: True.
        invited (bool | None | Unset): The field indicates whether the user has been invited to your account. Example:
            True.
        picture (None | str | Unset): The user's avatar as a URL link (for example, 'http:<!--
            -->//mycompany.com/avatars/john_white.png') or base64 data URI (for example,
            'data:image/png;base64,aHR0cDovL215Y29tcGFueS5jb20vYXZhdGFycy9qb2huX3doaXRlLnBuZw==') Example:
            AFg65aoa7af4r3feaAa6bi7se ... base64 encoded image ... blDFSs87gQ==.
        phone (None | str | Unset): The phone number of the user. Example: +1234567890.
        role (None | str | Unset): The role that you would like to assign to the user  Example: Account Administrator.
        active (bool | None | Unset): The field indicates if the user is an active Fivetran account user. Example: True.
        given_name (None | str | Unset): The first name of the user. Example: John.
        family_name (None | str | Unset): The last name of the user. Example: Doe.
        logged_in_at (datetime.datetime | None | Unset): The last time that the user has logged into their Fivetran
            account. Example: 2024-01-01T00:00:00Z.
    """

    id: Field[str] = Field("id", required=True)
    email: Field[str] = Field("email", required=True)
    created_at: Field[datetime.datetime] = Field("created_at", DATETIME, required=True)
    verified: Field[bool | None | Unset] = Field("verified")
    invited: Field[bool | None | Unset] = Field("invited")
    picture: Field[None | str | Unset] = Field("picture")
    phone: Field[None | str | Unset] = Field("phone")
    role: Field[None | str | Unset] = Field("role")
    active: Field[bool | None | Unset] = Field("active")
    given_name: Field[None | str | Unset] = Field("given_name")
    family_name: Field[None | str | Unset] = Field("family_name")
    logged_in_at: Field[datetime.datetime | None | Unset] = Field("logged_in_at", DATETIME)

    def __init__(
        self,
        *,
        id: str,
        email: str,
        created_at: datetime.datetime,
        verified: bool | None | Unset = UNSET,
        invited: bool | None | Unset = UNSET,
        picture: None | str | Unset = UNSET,
        phone: None | str | Unset = UNSET,
        role: None | str | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        given_name: None | str | Unset = UNSET,
        family_name: None | str | Unset = UNSET,
        logged_in_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "email": email,
                "created_at": created_at,
                "verified": verified,
                "invited": invited,
                "picture": picture,
                "phone": phone,
                "role": role,
                "active": active,
                "given_name": given_name,
                "family_name": family_name,
                "logged_in_at": logged_in_at,
            }
        )
