from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["AccountInfo"]


class AccountInfo(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        account_id (None | str | Unset): The unique identifier for the account within the Fivetran system. Example:
            account_id.
        account_name (None | str | Unset):
        user_id (None | str | Unset): The user ID from the API key. Returned if the user API key is used to authenticate
            the request. Example: user_id.
        system_key_id (None | str | Unset): The system ID from the API key. Returned if the system API key is used to
            authenticate the request. Example: system_key_id.
    """

    account_id: Field[None | str | Unset] = Field("account_id")
    account_name: Field[None | str | Unset] = Field("account_name")
    user_id: Field[None | str | Unset] = Field("user_id")
    system_key_id: Field[None | str | Unset] = Field("system_key_id")

    def __init__(
        self,
        *,
        account_id: None | str | Unset = UNSET,
        account_name: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        system_key_id: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "account_id": account_id,
                "account_name": account_name,
                "user_id": user_id,
                "system_key_id": system_key_id,
            }
        )
