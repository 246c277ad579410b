from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.external_secrets_manager_config_type_0 import ExternalSecretsManagerConfigType0
    from ..types import UNSET, Unset

__all__ = ["ExternalSecretsManager"]


class ExternalSecretsManager(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (None | str | Unset): The unique identifier of the External Secrets Manager instance. Example: lucky_tiger.
        type_ (None | str | Unset): The ESM provider type Known values: `AWS_SECRET_MANAGER`, `AZURE_KEY_VAULT`,
            `HASHICORP_VAULT` (others may appear). Example: AWS_SECRET_MANAGER.
        name (None | str | Unset): The name of the ESM instance Example: My AWS Secrets Manager.
        config (ExternalSecretsManagerConfigType0 | None | Unset): Provider-specific configuration.
        is_hybrid_deployment (bool | None | Unset): Whether this External Secrets Manager instance is compatible with
            Hybrid Deployment environments. Example: True.
        created_at (datetime.datetime | None | Unset): The timestamp when the ESM instance was created. Example:
            2026-05-20T00:00:00Z.
        updated_at (datetime.datetime | None | Unset): The timestamp when the ESM instance was last updated. Example:
            2026-05-20T00:00:00Z.
    """

    id: Field[None | str | Unset] = Field("id")
    type_: Field[None | str | Unset] = Field("type")
    name: Field[None | str | Unset] = Field("name")
    config: Field[ExternalSecretsManagerConfigType0 | None | Unset] = Field(
        "config", Nested("external_secrets_manager_config_type_0", "ExternalSecretsManagerConfigType0")
    )
    is_hybrid_deployment: Field[bool | None | Unset] = Field("is_hybrid_deployment")
    created_at: Field[datetime.datetime | None | Unset] = Field("created_at", DATETIME)
    updated_at: Field[datetime.datetime | None | Unset] = Field("updated_at", DATETIME)

    def __init__(
        self,
        *,
        id: None | str | Unset = UNSET,
        type_: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        config: ExternalSecretsManagerConfigType0 | None | Unset = UNSET,
        is_hybrid_deployment: bool | None | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
        updated_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "type_": type_,
                "name": name,
                "config": config,
                "is_hybrid_deployment": is_hybrid_deployment,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
