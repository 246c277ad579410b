from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.system_key_permission_response import SystemKeyPermissionResponse
    from ..types import UNSET, Unset

__all__ = ["SystemKey"]


class SystemKey(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (None | str | Unset): The unique identifier for the system key within the Fivetran system Example: key_id.
        name (None | str | Unset): The system key name within the account Example: MySystemKey.
        key (None | str | Unset): The key value of the system key Example: ft_rDefAFDSgFdAGdFG.
        secret (None | str | Unset): The secret value of rotated system key Example:
            uytFfdSfDADFgfCgFBVsdCSFg4fsGfFg87fhRuuFASuTHkETSfg.
        permissions (list[SystemKeyPermissionResponse] | None | Unset):
        created_at (datetime.datetime | None | Unset): The system key creation timestamp Example:
            2023-08-20T10:15:20.677566Z.
        updated_at (datetime.datetime | None | Unset): The system key update timestamp Example:
            2023-08-20T10:15:20.677566Z.
        expired_at (datetime.datetime | None | Unset): The system key expiration timestamp Example:
            2024-08-20T10:15:20.677566Z.
        last_used_at (datetime.datetime | None | Unset): The timestamp of last usage Example:
            2023-08-20T10:15:20.677566Z.
    """

    id: Field[None | str | Unset] = Field("id")
    name: Field[None | str | Unset] = Field("name")
    key: Field[None | str | Unset] = Field("key")
    secret: Field[None | str | Unset] = Field("secret")
    permissions: Field[list[SystemKeyPermissionResponse] | None | Unset] = Field(
        "permissions", ListOf(Nested("system_key_permission_response", "SystemKeyPermissionResponse"))
    )
    created_at: Field[datetime.datetime | None | Unset] = Field("created_at", DATETIME)
    updated_at: Field[datetime.datetime | None | Unset] = Field("updated_at", DATETIME)
    expired_at: Field[datetime.datetime | None | Unset] = Field("expired_at", DATETIME)
    last_used_at: Field[datetime.datetime | None | Unset] = Field("last_used_at", DATETIME)

    def __init__(
        self,
        *,
        id: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        secret: None | str | Unset = UNSET,
        permissions: list[SystemKeyPermissionResponse] | None | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
        updated_at: datetime.datetime | None | Unset = UNSET,
        expired_at: datetime.datetime | None | Unset = UNSET,
        last_used_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "name": name,
                "key": key,
                "secret": secret,
                "permissions": permissions,
                "created_at": created_at,
                "updated_at": updated_at,
                "expired_at": expired_at,
                "last_used_at": last_used_at,
            }
        )
