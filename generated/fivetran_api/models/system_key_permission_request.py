from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Enum, Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_key_permission_request_access_level import SystemKeyPermissionRequestAccessLevel
    from ..models.system_key_permission_request_resource_type import SystemKeyPermissionRequestResourceType
    from ..models.system_key_permission_resource_filter import SystemKeyPermissionResourceFilter
    from ..types import UNSET, Unset

__all__ = ["SystemKeyPermissionRequest"]


class SystemKeyPermissionRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        resource_type (SystemKeyPermissionRequestResourceType | Unset): The resource type for the permission Example:
            CONNECTOR.
        access_level (SystemKeyPermissionRequestAccessLevel | Unset): The access level for the permission Example:
            MANAGE.
        resource_filter (None | SystemKeyPermissionResourceFilter | Unset):
    """

    resource_type: Field[SystemKeyPermissionRequestResourceType | Unset] = Field(
        "resource_type", Enum("system_key_permission_request_resource_type", "SystemKeyPermissionRequestResourceType")
    )
    access_level: Field[SystemKeyPermissionRequestAccessLevel | Unset] = Field(
        "access_level", Enum("system_key_permission_request_access_level", "SystemKeyPermissionRequestAccessLevel")
    )
    resource_filter: Field[None | SystemKeyPermissionResourceFilter | Unset] = Field(
        "resource_filter", Nested("system_key_permission_resource_filter", "SystemKeyPermissionResourceFilter")
    )

    def __init__(
        self,
        *,
        resource_type: SystemKeyPermissionRequestResourceType | Unset = UNSET,
        access_level: SystemKeyPermissionRequestAccessLevel | Unset = UNSET,
        resource_filter: None | SystemKeyPermissionResourceFilter | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "resource_type": resource_type,
                "access_level": access_level,
                "resource_filter": resource_filter,
            }
        )
