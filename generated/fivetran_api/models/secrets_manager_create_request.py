from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_node import JsonNode
    from ..types import UNSET, Unset

__all__ = ["SecretsManagerCreateRequest"]


class SecretsManagerCreateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        type_ (str): The ESM provider type. Supported values: AWS_SECRET_MANAGER, AZURE_KEY_VAULT, HASHICORP_VAULT.
            Example: AWS_SECRET_MANAGER. Known values: `SecretsManagerCreateRequestType` (others pass as given).
        name (str): The name of the External Secrets Manager instance. Must be unique within the account. Example: My
            AWS Secrets Manager.
        config (JsonNode):
        is_hybrid_deployment (bool | None | Unset): Whether this External Secrets Manager instance is compatible with
            Hybrid Deployment environments. Example: False.
    """

    type_: Field[str] = Field("type", required=True)
    name: Field[str] = Field("name", required=True)
    config: Field[JsonNode] = Field("config", Nested("json_node", "JsonNode"), required=True)
    is_hybrid_deployment: Field[bool | None | Unset] = Field("is_hybrid_deployment")

    def __init__(
        self,
        *,
        type_: str,
        name: str,
        config: JsonNode,
        is_hybrid_deployment: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "type_": type_,
                "name": name,
                "config": config,
                "is_hybrid_deployment": is_hybrid_deployment,
            }
        )
