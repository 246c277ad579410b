from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_key_permission_request import SystemKeyPermissionRequest
    from ..types import UNSET, Unset

__all__ = ["NewSystemKeyRequest"]


class NewSystemKeyRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        name (None | str | Unset): The system key name within the account Example: MySystemKey.
        expiration_period (str | Unset): The system key's expiration period Example: SIX_MONTHS. Known values:
            `NewSystemKeyRequestExpirationPeriod` (others pass as given).
        permissions (list[SystemKeyPermissionRequest] | None | Unset):
    """

    name: Field[None | str | Unset] = Field("name")
    expiration_period: Field[str | Unset] = Field("expiration_period")
    permissions: Field[list[SystemKeyPermissionRequest] | None | Unset] = Field(
        "permissions", ListOf(Nested("system_key_permission_request", "SystemKeyPermissionRequest"))
    )

    def __init__(
        self,
        *,
        name: None | str | Unset = UNSET,
        expiration_period: str | Unset = UNSET,
        permissions: list[SystemKeyPermissionRequest] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name": name,
                "expiration_period": expiration_period,
                "permissions": permissions,
            }
        )
