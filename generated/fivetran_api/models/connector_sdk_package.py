from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..types import UNSET, Unset

__all__ = ["ConnectorSdkPackage"]


class ConnectorSdkPackage(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The unique identifier for the Connector SDK package. Example: package_id.
        connection_id (None | str | Unset): The connection identifier associated with this package. Each package can
            only be associated with one connection at a time. Returns null if the package is not yet associated with any
            connection. Example: connection_id.
        created_by (None | str | Unset): The unique identifier of the user who created the package. Example: user_id.
        last_updated_by (None | str | Unset): The unique identifier of the user who last updated the package. Example:
            user_id.
        created_at (datetime.datetime | None | Unset): The timestamp when the package was created. Example:
            2024-01-14T19:30:00Z.
        updated_at (datetime.datetime | None | Unset): The timestamp when the package was last updated. Example:
            2024-01-14T20:15:00Z.
        file_sha256_hash (None | str | Unset): The SHA-256 hash of the uploaded package file. Used for integrity
            verification and change detection. Example: a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2.
    """

    id: Field[str] = Field("id", required=True)
    connection_id: Field[None | str | Unset] = Field("connection_id")
    created_by: Field[None | str | Unset] = Field("created_by")
    last_updated_by: Field[None | str | Unset] = Field("last_updated_by")
    created_at: Field[datetime.datetime | None | Unset] = Field("created_at", DATETIME)
    updated_at: Field[datetime.datetime | None | Unset] = Field("updated_at", DATETIME)
    file_sha256_hash: Field[None | str | Unset] = Field("file_sha256_hash")

    def __init__(
        self,
        *,
        id: str,
        connection_id: None | str | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        last_updated_by: None | str | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
        updated_at: datetime.datetime | None | Unset = UNSET,
        file_sha256_hash: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "connection_id": connection_id,
                "created_by": created_by,
                "last_updated_by": last_updated_by,
                "created_at": created_at,
                "updated_at": updated_at,
                "file_sha256_hash": file_sha256_hash,
            }
        )
