from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["ProxyAgentSecrets"]


class ProxyAgentSecrets(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        agent_id (str): The unique identifier for the proxy agent within the Fivetran system. Example: id.
        auth_token (str): The auth token. Example: auth_token.
        client_cert (str): Client certificate. Example: client_cert.
        client_private_key (str): Client private key. Example: client_private_key.
        orchestrator_host (None | str | Unset): The hostname that the Proxy Agent uses to connect to the Fivetran
            orchestrator. Example: orchestrator.fivetran.com.
        orchestrator_port (int | None | Unset): The port that the Proxy Agent uses to connect to the Fivetran
            orchestrator. Example: 443.
    """

    agent_id: Field[str] = Field("agent_id", required=True)
    auth_token: Field[str] = Field("auth_token", required=True)
    client_cert: Field[str] = Field("client_cert", required=True)
    client_private_key: Field[str] = Field("client_private_key", required=True)
    orchestrator_host: Field[None | str | Unset] = Field("orchestrator_host")
    orchestrator_port: Field[int | None | Unset] = Field("orchestrator_port")

    def __init__(
        self,
        *,
        agent_id: str,
        auth_token: str,
        client_cert: str,
        client_private_key: str,
        orchestrator_host: None | str | Unset = UNSET,
        orchestrator_port: int | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "agent_id": agent_id,
                "auth_token": auth_token,
                "client_cert": client_cert,
                "client_private_key": client_private_key,
                "orchestrator_host": orchestrator_host,
                "orchestrator_port": orchestrator_port,
            }
        )
