from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_hybrid_deployment_agent_list_response_data import GetHybridDeploymentAgentListResponseData
    from ..types import UNSET, Unset

__all__ = ["GetHybridDeploymentAgentListResponse"]


class GetHybridDeploymentAgentListResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Hybrid deployment agents retrieved successfully.
        data (GetHybridDeploymentAgentListResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[GetHybridDeploymentAgentListResponseData | Unset] = Field(
        "data", Nested("get_hybrid_deployment_agent_list_response_data", "GetHybridDeploymentAgentListResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: GetHybridDeploymentAgentListResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
