from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Enum, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hybrid_deployment_agent_create_request_auth_type import HybridDeploymentAgentCreateRequestAuthType
    from ..models.hybrid_deployment_agent_create_request_env_type import HybridDeploymentAgentCreateRequestEnvType
    from ..types import UNSET, Unset

__all__ = ["HybridDeploymentAgentCreateRequest"]


class HybridDeploymentAgentCreateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        display_name (str): Hybrid Deployment Agent display name. Example: display_name.
        env_type (HybridDeploymentAgentCreateRequestEnvType): Environment type. Example: DOCKER.
        accept_terms (bool): Boolean, must be true to indicate that the caller accepts the Fivetran On-Prem Software
            License Addendum. Example: True.
        group_id (None | str | Unset): The unique identifier for the group within your Fivetran account. Example:
            group_id.
        auth_type (HybridDeploymentAgentCreateRequestAuthType | Unset): Agent Auth Mode. Defines how agent should be
            authorised. Example: AUTO.
    """

    display_name: Field[str] = Field("display_name", required=True)
    env_type: Field[HybridDeploymentAgentCreateRequestEnvType] = Field(
        "env_type",
        Enum("hybrid_deployment_agent_create_request_env_type", "HybridDeploymentAgentCreateRequestEnvType"),
        required=True,
    )
    accept_terms: Field[bool] = Field("accept_terms", required=True)
    group_id: Field[None | str | Unset] = Field("group_id")
    auth_type: Field[HybridDeploymentAgentCreateRequestAuthType | Unset] = Field(
        "auth_type",
        Enum("hybrid_deployment_agent_create_request_auth_type", "HybridDeploymentAgentCreateRequestAuthType"),
    )

    def __init__(
        self,
        *,
        display_name: str,
        env_type: HybridDeploymentAgentCreateRequestEnvType,
        accept_terms: bool,
        group_id: None | str | Unset = UNSET,
        auth_type: HybridDeploymentAgentCreateRequestAuthType | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "display_name": display_name,
                "env_type": env_type,
                "accept_terms": accept_terms,
                "group_id": group_id,
                "auth_type": auth_type,
            }
        )
