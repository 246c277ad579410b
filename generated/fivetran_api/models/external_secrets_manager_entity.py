from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..types import UNSET, Unset

__all__ = ["ExternalSecretsManagerEntity"]


class ExternalSecretsManagerEntity(Model):
    """An entity (connection or destination) that uses an External Secrets Manager

    Attributes:
        id (None | str | Unset): The unique identifier of the source connection or destination. Example: connection_id.
        name (None | str | Unset): The schema name of the source connection, or the name of the destination group.
            Example: my_schema.
        enabled (bool | None | Unset): Whether the source connection or destination is currently active and connected.
            Example: True.
        type_ (None | str | Unset): The type of entity using this External Secrets Manager. Possible values: SOURCE,
            DESTINATION. Known values: `SOURCE`, `DESTINATION` (others may appear). Example: SOURCE.
        secret_manager_id (None | str | Unset): The unique identifier of the External Secrets Manager instance. Example:
            lucky_tiger.
        created_at (datetime.datetime | None | Unset): Timestamp when the entity was created Example:
            2024-01-01T00:00:00Z.
    """

    id: Field[None | str | Unset] = Field("id")
    name: Field[None | str | Unset] = Field("name")
    enabled: Field[bool | None | Unset] = Field("enabled")
    type_: Field[None | str | Unset] = Field("type")
    secret_manager_id: Field[None | str | Unset] = Field("secret_manager_id")
    created_at: Field[datetime.datetime | None | Unset] = Field("created_at", DATETIME)

    def __init__(
        self,
        *,
        id: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        type_: None | str | Unset = UNSET,
        secret_manager_id: None | str | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "name": name,
                "enabled": enabled,
                "type_": type_,
                "secret_manager_id": secret_manager_id,
                "created_at": created_at,
            }
        )
