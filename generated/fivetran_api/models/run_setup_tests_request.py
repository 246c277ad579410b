from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["RunSetupTestsRequest"]


class RunSetupTestsRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        trust_certificates (bool | None | Unset): Specifies whether we should trust the certificate automatically during
            setup tests. The default value is FALSE. This parameter only affects the behavior of setup tests and does not
            persist in the connection configuration. When using the PATCH endpoint to update a connection, this parameter
            must be combined with `run_setup_tests=true` and at least one persistent configuration parameter (e.g.,
            `sync_frequency`, `paused`, `config`, `auth`). If you only want to run setup tests with automatic certificate
            trust, use the POST `/v1/connections/{connectionId}/test` endpoint instead. If a certificate is not trusted
            automatically during testing, it has to be approved with [Certificates Management API Approve a destination
            certificate](https://fivetran.com/docs/rest-api/certificates#approveadestinationcertificate). Example: True.
        trust_fingerprints (bool | None | Unset): Specifies whether we should trust the SSH fingerprint automatically
            during setup tests. The default value is FALSE. This parameter only affects the behavior of setup tests and does
            not persist in the connection configuration. When using the PATCH endpoint to update a connection, this
            parameter must be combined with `run_setup_tests=true` and at least one persistent configuration parameter
            (e.g., `sync_frequency`, `paused`, `config`, `auth`). If you only want to run setup tests with automatic
            fingerprint trust, use the POST `/v1/connections/{connectionId}/test` endpoint instead. If a fingerprint is not
            trusted automatically during testing, it has to be approved with [Certificates Management API Approve a
            destination fingerprint](https://fivetran.com/docs/rest-api/certificates#approveadestinationfingerprint).
            Example: True.
    """

    trust_certificates: Field[bool | None | Unset] = Field("trust_certificates")
    trust_fingerprints: Field[bool | None | Unset] = Field("trust_fingerprints")

    def __init__(
        self,
        *,
        trust_certificates: bool | None | Unset = UNSET,
        trust_fingerprints: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "trust_certificates": trust_certificates,
                "trust_fingerprints": trust_fingerprints,
            }
        )
