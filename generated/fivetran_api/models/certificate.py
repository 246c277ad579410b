from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..types import UNSET, Unset

__all__ = ["Certificate"]


class Certificate(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        name (str): The certificate name. Example: Certificate Name.
        hash_ (str): Hash of the certificate. Example: jhg5UI7fgrI6yy....
        type_ (str): Type of the certificate. Example: TLS.
        public_key (str): The certificate decoded public key. Example: Sun RSA public key, 2048 bits params: null
            modulus: 7685655455... public exponent: 65537.
        id (None | str | Unset): The unique identifier of the certificate (Base64URL encoded hash of the certificate).
            Example: Y29ubmVjdG9yIGNlcnRpZmljYXRlIGhhc2g.
        sha1 (None | str | Unset): SHA1 of certificate. Example: c8de1d13vtu435ilj435lj345796d8jh7hk8hgk.
        sha256 (None | str | Unset): SHA256 of certificate. Example:
            5vt6rt6jtr654eef94ec3f91122a623b389f4d331ff330026e43af21013vb45f.
        validated_date (datetime.datetime | None | Unset): Date when certificate has been validated and approved.
            Example: 2023-08-20T10:15:20.677566Z.
        validated_by (None | str | Unset): The unique identified for the user who has approved the certificate. Example:
            user_id.
    """

    name: Field[str] = Field("name", required=True)
    hash_: Field[str] = Field("hash", required=True)
    type_: Field[str] = Field("type", required=True)
    public_key: Field[str] = Field("public_key", required=True)
    id: Field[None | str | Unset] = Field("id")
    sha1: Field[None | str | Unset] = Field("sha1")
    sha256: Field[None | str | Unset] = Field("sha256")
    validated_date: Field[datetime.datetime | None | Unset] = Field("validated_date", DATETIME)
    validated_by: Field[None | str | Unset] = Field("validated_by")

    def __init__(
        self,
        *,
        name: str,
        hash_: str,
        type_: str,
        public_key: str,
        id: None | str | Unset = UNSET,
        sha1: None | str | Unset = UNSET,
        sha256: None | str | Unset = UNSET,
        validated_date: datetime.datetime | None | Unset = UNSET,
        validated_by: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name": name,
                "hash_": hash_,
                "type_": type_,
                "public_key": public_key,
                "id": id,
                "sha1": sha1,
                "sha256": sha256,
                "validated_date": validated_date,
                "validated_by": validated_by,
            }
        )
