from __future__ import annotations

from .._model import Field, Model

__all__ = ["ApproveFingerprintRequest"]


class ApproveFingerprintRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        hash_ (str): Hash of the fingerprint. Example: eUtPirI6yy....
        public_key (str): The SSH public key. Example: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC6 ... fivetran user key.
    """

    hash_: Field[str] = Field("hash", required=True)
    public_key: Field[str] = Field("public_key", required=True)

    def __init__(
        self,
        *,
        hash_: str,
        public_key: str,
    ) -> None:
        self._init(
            {
                "hash_": hash_,
                "public_key": public_key,
            }
        )
