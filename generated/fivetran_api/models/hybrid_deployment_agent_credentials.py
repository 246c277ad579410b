from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.hybrid_deployment_agent_files_response import HybridDeploymentAgentFilesResponse
    from ..types import UNSET, Unset

__all__ = ["HybridDeploymentAgentCredentials"]


class HybridDeploymentAgentCredentials(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The unique identifier for the hybrid deployment agent within the Fivetran system. Example: agent_id.
        display_name (str): Hybrid Deployment Agent display name. Example: display_name.
        group_id (str): The unique identifier for the group within your Fivetran account. Example: group_id.
        registered_at (datetime.datetime): Time when this Hybrid Deployment Agent was created. Example:
            2024-12-01T15:43:29.013729Z.
        version (None | str | Unset): Version of the Hybrid Deployment Agent Example: version.
        enabled (bool | None | Unset): The boolean value specifying whether the Hybrid Deployment Agent is enabled.
            Example: True.
        online (bool | None | Unset): The boolean value specifying whether the Hybrid Deployment Agent is online.
            Example: True.
        files (HybridDeploymentAgentFilesResponse | None | Unset):
        token (None | str | Unset): Base64 encoded content of token Example: token_value.
        created_by (None | str | Unset): The actor who created the Hybrid Deployment Agent Example: created_by.
        deployment_type (None | str | Unset): Environment type. Known values: `DOCKER`, `PODMAN`, `KUBERNETES`,
            `SNOWPARK` (others may appear). Example: DOCKER.
        updated_at (datetime.datetime | None | Unset): Time when this Hybrid Deployment Agent was updated. Example:
            2024-12-01T15:43:29.013729Z.
        last_used_at (datetime.datetime | None | Unset): The time this Hybrid Deployment Agent was last used. Example:
            2024-12-01T15:43:29.013729Z.
    """

    id: Field[str] = Field("id", required=True)
    display_name: Field[str] = Field("display_name", required=True)
    group_id: Field[str] = Field("group_id", required=True)
    registered_at: Field[datetime.datetime] = Field("registered_at", DATETIME, required=True)
    version: Field[None | str | Unset] = Field("version")
    enabled: Field[bool | None | Unset] = Field("enabled")
    online: Field[bool | None | Unset] = Field("online")
    files: Field[HybridDeploymentAgentFilesResponse | None | Unset] = Field(
        "files", Nested("hybrid_deployment_agent_files_response", "HybridDeploymentAgentFilesResponse")
    )
    token: Field[None | str | Unset] = Field("token")
    created_by: Field[None | str | Unset] = Field("created_by")
    deployment_type: Field[None | str | Unset] = Field("deployment_type")
    updated_at: Field[datetime.datetime | None | Unset] = Field("updated_at", DATETIME)
    last_used_at: Field[datetime.datetime | None | Unset] = Field("last_used_at", DATETIME)

    def __init__(
        self,
        *,
        id: str,
        display_name: str,
        group_id: str,
        registered_at: datetime.datetime,
        version: None | str | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        online: bool | None | Unset = UNSET,
        files: HybridDeploymentAgentFilesResponse | None | Unset = UNSET,
        token: None | str | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        deployment_type: None | str | Unset = UNSET,
        updated_at: datetime.datetime | None | Unset = UNSET,
        last_used_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "display_name": display_name,
                "group_id": group_id,
                "registered_at": registered_at,
                "version": version,
                "enabled": enabled,
                "online": online,
                "files": files,
                "token": token,
                "created_by": created_by,
                "deployment_type": deployment_type,
                "updated_at": updated_at,
                "last_used_at": last_used_at,
            }
        )
