from __future__ import annotations

from .._model import Field, Model

__all__ = ["ApproveCertificateRequest"]


class ApproveCertificateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        hash_ (str): Hash of the certificate. Example: jhg5UI7fgrI6yy....
        encoded_cert (str): The certificate encoded in base64. Example:
            MIID9DCCAtygAwIBAgIBQjANBgkqhkiG9w0BAQUFADCBijELMAkGA1UEBhMCV....
    """

    hash_: Field[str] = Field("hash", required=True)
    encoded_cert: Field[str] = Field("encoded_cert", required=True)

    def __init__(
        self,
        *,
        hash_: str,
        encoded_cert: str,
    ) -> None:
        self._init(
            {
                "hash_": hash_,
                "encoded_cert": encoded_cert,
            }
        )
