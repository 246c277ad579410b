from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hybrid_deployment_agent_credentials import HybridDeploymentAgentCredentials
    from ..types import UNSET, Unset

__all__ = ["CreateHybridDeploymentAgentResponse"]


class CreateHybridDeploymentAgentResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Hybrid deployment agent has been created.
        data (HybridDeploymentAgentCredentials | None | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[HybridDeploymentAgentCredentials | None | Unset] = Field(
        "data", Nested("hybrid_deployment_agent_credentials", "HybridDeploymentAgentCredentials")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: HybridDeploymentAgentCredentials | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
