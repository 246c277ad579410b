from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_proxy_agent_response_data import GetProxyAgentResponseData
    from ..types import UNSET, Unset

__all__ = ["GetProxyAgentResponse"]


class GetProxyAgentResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Proxy agent retrieved successfully.
        data (GetProxyAgentResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[GetProxyAgentResponseData | Unset] = Field(
        "data", Nested("get_proxy_agent_response_data", "GetProxyAgentResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: GetProxyAgentResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
