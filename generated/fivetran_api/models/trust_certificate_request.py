from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["TrustCertificateRequest"]


class TrustCertificateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        hash_ (str): Hash of the certificate. Example: jhg5UI7fgrI6yy....
        encoded_cert (str): The certificate encoded in base64. Example:
            MIID9DCCAtygAwIBAgIBQjANBgkqhkiG9w0BAQUFADCBijELMAkGA1UEBhMCV....
        connection_id (None | str | Unset): The unique identifier for the connection within the Fivetran system.
            Example: connection_id.
        destination_id (None | str | Unset): The unique identifier for the destination within the Fivetran system.
            Example: destination_id.
    """

    hash_: Field[str] = Field("hash", required=True)
    encoded_cert: Field[str] = Field("encoded_cert", required=True)
    connection_id: Field[None | str | Unset] = Field("connection_id")
    destination_id: Field[None | str | Unset] = Field("destination_id")

    def __init__(
        self,
        *,
        hash_: str,
        encoded_cert: str,
        connection_id: None | str | Unset = UNSET,
        destination_id: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "hash_": hash_,
                "encoded_cert": encoded_cert,
                "connection_id": connection_id,
                "destination_id": destination_id,
            }
        )
