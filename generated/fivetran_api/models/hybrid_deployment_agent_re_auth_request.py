from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Enum, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hybrid_deployment_agent_re_auth_request_auth_type import HybridDeploymentAgentReAuthRequestAuthType
    from ..types import UNSET, Unset

__all__ = ["HybridDeploymentAgentReAuthRequest"]


class HybridDeploymentAgentReAuthRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        auth_type (HybridDeploymentAgentReAuthRequestAuthType | Unset):
    """

    auth_type: Field[HybridDeploymentAgentReAuthRequestAuthType | Unset] = Field(
        "auth_type",
        Enum("hybrid_deployment_agent_re_auth_request_auth_type", "HybridDeploymentAgentReAuthRequestAuthType"),
    )

    def __init__(
        self,
        *,
        auth_type: HybridDeploymentAgentReAuthRequestAuthType | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "auth_type": auth_type,
            }
        )
