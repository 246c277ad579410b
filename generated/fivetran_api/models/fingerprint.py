from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..types import UNSET, Unset

__all__ = ["Fingerprint"]


class Fingerprint(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        hash_ (str): Hash of the fingerprint. Example: eUtPirI6yy....
        public_key (str): The SSH public key. Example: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC6 ... fivetran user key.
        id (None | str | Unset): The unique identifier of the fingerprint (Base64URL encoded hash of the fingerprint).
            Example: Y29ubmVjdG9yIGZpbmdlcnByaW50IGhhc2g.
        validated_date (datetime.datetime | None | Unset): Date when fingerprint has been validated and approved.
            Example: 2024-01-01T00:00:00Z.
        validated_by (None | str | Unset): The unique identified for the user who has approved the fingerprint. Example:
            user_id.
    """

    hash_: Field[str] = Field("hash", required=True)
    public_key: Field[str] = Field("public_key", required=True)
    id: Field[None | str | Unset] = Field("id")
    validated_date: Field[datetime.datetime | None | Unset] = Field("validated_date", DATETIME)
    validated_by: Field[None | str | Unset] = Field("validated_by")

    def __init__(
        self,
        *,
        hash_: str,
        public_key: str,
        id: None | str | Unset = UNSET,
        validated_date: datetime.datetime | None | Unset = UNSET,
        validated_by: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "hash_": hash_,
                "public_key": public_key,
                "id": id,
                "validated_date": validated_date,
                "validated_by": validated_by,
            }
        )
