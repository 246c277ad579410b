from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_key_permission_resource_filter import SystemKeyPermissionResourceFilter
    from ..types import UNSET, Unset

__all__ = ["SystemKeyPermissionResponse"]


class SystemKeyPermissionResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        resource_type (None | str | Unset): The resource type for the permission Known values: `ACCOUNT`, `USER`,
            `WEBHOOK`, `TEAM`, `ROLES`, `DESTINATION`, `TRANSFORMATION`, `REMOTE_EXECUTION_AGENT`, `CONNECTOR` (others may
            appear). Example: DESTINATION.
        access_level (None | str | Unset): The access level for the permission Known values: `NONE`, `READ`, `MANAGE`
            (others may appear). Example: MANAGE.
        resource_filter (None | SystemKeyPermissionResourceFilter | Unset):
    """

    resource_type: Field[None | str | Unset] = Field("resource_type")
    access_level: Field[None | str | Unset] = Field("access_level")
    resource_filter: Field[None | SystemKeyPermissionResourceFilter | Unset] = Field(
        "resource_filter", Nested("system_key_permission_resource_filter", "SystemKeyPermissionResourceFilter")
    )

    def __init__(
        self,
        *,
        resource_type: None | str | Unset = UNSET,
        access_level: None | str | Unset = UNSET,
        resource_filter: None | SystemKeyPermissionResourceFilter | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "resource_type": resource_type,
                "access_level": access_level,
                "resource_filter": resource_filter,
            }
        )
