from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_proxy_agent_connections_response_data import GetProxyAgentConnectionsResponseData
    from ..types import UNSET, Unset

__all__ = ["GetProxyAgentConnectionsResponse"]


class GetProxyAgentConnectionsResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Proxy agent connections retrieved successfully.
        data (GetProxyAgentConnectionsResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[GetProxyAgentConnectionsResponseData | Unset] = Field(
        "data", Nested("get_proxy_agent_connections_response_data", "GetProxyAgentConnectionsResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: GetProxyAgentConnectionsResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
