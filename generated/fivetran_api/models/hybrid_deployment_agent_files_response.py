from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["HybridDeploymentAgentFilesResponse"]


class HybridDeploymentAgentFilesResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        config_json (None | str | Unset): Base64 encoded content of the config.json Example: Base64 {... config.json
            contents ...}.
        auth_json (None | str | Unset): Base64 encoded content of the auth.json Example: Base64 {... auth.json contents
            ...}.
        docker_compose_yaml (None | str | Unset): Base64 encoded content of the docker-compose.yaml Example: Base64 {...
            docker-compose.yaml contents ...}.
    """

    config_json: Field[None | str | Unset] = Field("config_json")
    auth_json: Field[None | str | Unset] = Field("auth_json")
    docker_compose_yaml: Field[None | str | Unset] = Field("docker_compose_yaml")

    def __init__(
        self,
        *,
        config_json: None | str | Unset = UNSET,
        auth_json: None | str | Unset = UNSET,
        docker_compose_yaml: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "config_json": config_json,
                "auth_json": auth_json,
                "docker_compose_yaml": docker_compose_yaml,
            }
        )
