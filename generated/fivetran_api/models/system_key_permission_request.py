from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_key_permission_resource_filter import SystemKeyPermissionResourceFilter
    from ..types import UNSET, Unset

__all__ = ["SystemKeyPermissionRequest"]


class SystemKeyPermissionRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        resource_type (str | Unset): The resource type for the permission Example: CONNECTOR. Known values:
            `SystemKeyPermissionRequestResourceType` (others pass as given).
        access_level (str | Unset): The access level for the permission Example: MANAGE. Known values:
            `SystemKeyPermissionRequestAccessLevel` (others pass as given).
        resource_filter (None | SystemKeyPermissionResourceFilter | Unset):
    """

    resource_type: Field[str | Unset] = Field("resource_type")
    access_level: Field[str | Unset] = Field("access_level")
    resource_filter: Field[None | SystemKeyPermissionResourceFilter | Unset] = Field(
        "resource_filter", Nested("system_key_permission_resource_filter", "SystemKeyPermissionResourceFilter")
    )

    def __init__(
        self,
        *,
        resource_type: str | Unset = UNSET,
        access_level: str | Unset = UNSET,
        resource_filter: None | SystemKeyPermissionResourceFilter | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "resource_type": resource_type,
                "access_level": access_level,
                "resource_filter": resource_filter,
            }
        )
