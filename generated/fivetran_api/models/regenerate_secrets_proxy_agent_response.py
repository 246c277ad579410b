from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.proxy_agent_secrets import ProxyAgentSecrets
    from ..types import UNSET, Unset

__all__ = ["RegenerateSecretsProxyAgentResponse"]


class RegenerateSecretsProxyAgentResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Created.
        message (None | str | Unset): Response status text Example: Proxy agent secrets have been regenerated.
        data (None | ProxyAgentSecrets | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[None | ProxyAgentSecrets | Unset] = Field("data", Nested("proxy_agent_secrets", "ProxyAgentSecrets"))

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: None | ProxyAgentSecrets | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
