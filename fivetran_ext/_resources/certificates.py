"""Approved TLS certificates: ``client.certificates`` (`Certificates`) and its async twin."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from ._base import AsyncResource, Call, DataOf, NoData, SyncResource
from ._builders import json_body, optional_text, required_text
from ._trust import TrustCalls

if TYPE_CHECKING:
    from .._models import Certificate

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
approve_certificate = "fivetran_api.api.certificate_management.approve_certificate"
approve_connection_certificate = "fivetran_api.api.certificate_management.approve_connection_certificate"
approve_destination_certificate = "fivetran_api.api.certificate_management.approve_destination_certificate"
get_connection_certificate_details = "fivetran_api.api.certificate_management.get_connection_certificate_details"
get_connection_certificates_list = "fivetran_api.api.certificate_management.get_connection_certificates_list"
get_destination_certificate_details = "fivetran_api.api.certificate_management.get_destination_certificate_details"
get_destination_certificates_list = "fivetran_api.api.certificate_management.get_destination_certificates_list"
revoke_connection_certificate = "fivetran_api.api.certificate_management.revoke_connection_certificate"
revoke_destination_certificate = "fivetran_api.api.certificate_management.revoke_destination_certificate"

__all__ = ["AsyncCertificates", "Certificates"]

_CONNECTIONS = TrustCalls(
    owner="connection_id",
    item="certificate_hash",
    proof="encoded_cert",
    model=lambda: models.Certificate,
    approved=DataOf(lambda: models.Certificate),
    list_operation=get_connection_certificates_list,
    approve_operation=approve_connection_certificate,
    get_operation=get_connection_certificate_details,
    revoke_operation=revoke_connection_certificate,
    approve_body=lambda: request_models.ApproveCertificateRequest,
)
_DESTINATIONS = TrustCalls(
    owner="destination_id",
    item="certificate_hash",
    proof="encoded_cert",
    model=lambda: models.Certificate,
    approved=DataOf(lambda: models.Certificate),
    list_operation=get_destination_certificates_list,
    approve_operation=approve_destination_certificate,
    get_operation=get_destination_certificate_details,
    revoke_operation=revoke_destination_certificate,
    approve_body=lambda: request_models.ApproveCertificateRequestApproveDestinationCertificate,
)


def _approve(
    *, certificate_hash: str, encoded_cert: str, connection_id: str | None, destination_id: str | None
) -> Call[None]:
    # The deprecated account-level operation approves for exactly one owner, named in the body.
    if (connection_id is None) == (destination_id is None):
        raise ValueError("pass exactly one of connection_id or destination_id")
    body = json_body(
        request_models.TrustCertificateRequest,
        hash=required_text("certificate_hash", certificate_hash),
        encoded_cert=required_text("encoded_cert", encoded_cert),
        connection_id=optional_text("connection_id", connection_id),
        destination_id=optional_text("destination_id", destination_id),
    )
    return Call(approve_certificate, {"body": body}, NoData())


class Certificates(SyncResource):
    """TLS certificates Fivetran trusts for a connection's or destination's database.

    Setup tests fail on a certificate that is not approved; approve it with the hash and base64 certificate
    the failing test reports.

    Example:
        for certificate in client.certificates.stream_for_connection("decent_dropsy"):
            print(certificate.hash_, certificate.validated_by)
    """

    __slots__ = ()

    def approve(
        self,
        *,
        certificate_hash: str,
        encoded_cert: str,
        connection_id: str | None = None,
        destination_id: str | None = None,
    ) -> None:
        """Approve a certificate for a connection or a destination (``POST /v1/certificates``, deprecated).

        Prefer `approve_for_connection` and `approve_for_destination`, which return the certificate.

        Raises:
            ValueError: not exactly one of ``connection_id`` and ``destination_id`` is given, or a field is
                empty (nothing is sent).
        """
        self._run(
            _approve(
                certificate_hash=certificate_hash,
                encoded_cert=encoded_cert,
                connection_id=connection_id,
                destination_id=destination_id,
            )
        )

    def list_for_connection(
        self, connection_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Certificate]:
        """Fetch one page of a connection's certificates (``GET /v1/connections/{connection_id}/certificates``)."""
        return self._run(_CONNECTIONS.list(connection_id)(limit, cursor))

    def stream_for_connection(
        self, connection_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[Certificate]:
        """Iterate over a connection's certificates (``GET /v1/connections/{connection_id}/certificates``)."""
        return self._stream(_CONNECTIONS.list(connection_id), limit=limit, cursor=cursor, max_items=max_items)

    def approve_for_connection(self, connection_id: str, *, certificate_hash: str, encoded_cert: str) -> Certificate:
        """Trust a certificate for a connection (``POST /v1/connections/{connection_id}/certificates``).

        Args:
            connection_id: The connection.
            certificate_hash: The certificate's hash, as reported by the failing setup test.
            encoded_cert: The certificate, base64-encoded.
        """
        return self._run(_CONNECTIONS.approve(connection_id, certificate_hash, encoded_cert))

    def get_for_connection(self, connection_id: str, certificate_hash: str) -> Certificate:
        """Fetch a connection's certificate (``GET /v1/connections/{connection_id}/certificates/{hash}``)."""
        return self._run(_CONNECTIONS.get(connection_id, certificate_hash))

    def revoke_for_connection(self, connection_id: str, certificate_hash: str) -> None:
        """Revoke a connection's certificate (``DELETE /v1/connections/{connection_id}/certificates/{hash}``)."""
        self._run(_CONNECTIONS.revoke(connection_id, certificate_hash))

    def list_for_destination(
        self, destination_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Certificate]:
        """Fetch one page of a destination's certificates (``GET /v1/destinations/{destination_id}/certificates``)."""
        return self._run(_DESTINATIONS.list(destination_id)(limit, cursor))

    def stream_for_destination(
        self, destination_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[Certificate]:
        """Iterate over a destination's certificates (``GET /v1/destinations/{destination_id}/certificates``)."""
        return self._stream(_DESTINATIONS.list(destination_id), limit=limit, cursor=cursor, max_items=max_items)

    def approve_for_destination(self, destination_id: str, *, certificate_hash: str, encoded_cert: str) -> Certificate:
        """Trust a certificate for a destination (``POST /v1/destinations/{destination_id}/certificates``)."""
        return self._run(_DESTINATIONS.approve(destination_id, certificate_hash, encoded_cert))

    def get_for_destination(self, destination_id: str, certificate_hash: str) -> Certificate:
        """Fetch a destination's certificate (``GET /v1/destinations/{destination_id}/certificates/{hash}``)."""
        return self._run(_DESTINATIONS.get(destination_id, certificate_hash))

    def revoke_for_destination(self, destination_id: str, certificate_hash: str) -> None:
        """Revoke a destination's certificate (``DELETE /v1/destinations/{destination_id}/certificates/{hash}``)."""
        self._run(_DESTINATIONS.revoke(destination_id, certificate_hash))


class AsyncCertificates(AsyncResource):
    """Async twin of `Certificates`."""

    __slots__ = ()

    async def approve(
        self,
        *,
        certificate_hash: str,
        encoded_cert: str,
        connection_id: str | None = None,
        destination_id: str | None = None,
    ) -> None:
        """See `Certificates.approve`."""
        await self._run(
            _approve(
                certificate_hash=certificate_hash,
                encoded_cert=encoded_cert,
                connection_id=connection_id,
                destination_id=destination_id,
            )
        )

    async def list_for_connection(
        self, connection_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Certificate]:
        """See `Certificates.list_for_connection`."""
        return await self._run(_CONNECTIONS.list(connection_id)(limit, cursor))

    def stream_for_connection(
        self, connection_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[Certificate]:
        """See `Certificates.stream_for_connection`."""
        return self._stream(_CONNECTIONS.list(connection_id), limit=limit, cursor=cursor, max_items=max_items)

    async def approve_for_connection(
        self, connection_id: str, *, certificate_hash: str, encoded_cert: str
    ) -> Certificate:
        """See `Certificates.approve_for_connection`."""
        return await self._run(_CONNECTIONS.approve(connection_id, certificate_hash, encoded_cert))

    async def get_for_connection(self, connection_id: str, certificate_hash: str) -> Certificate:
        """See `Certificates.get_for_connection`."""
        return await self._run(_CONNECTIONS.get(connection_id, certificate_hash))

    async def revoke_for_connection(self, connection_id: str, certificate_hash: str) -> None:
        """See `Certificates.revoke_for_connection`."""
        await self._run(_CONNECTIONS.revoke(connection_id, certificate_hash))

    async def list_for_destination(
        self, destination_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Certificate]:
        """See `Certificates.list_for_destination`."""
        return await self._run(_DESTINATIONS.list(destination_id)(limit, cursor))

    def stream_for_destination(
        self, destination_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[Certificate]:
        """See `Certificates.stream_for_destination`."""
        return self._stream(_DESTINATIONS.list(destination_id), limit=limit, cursor=cursor, max_items=max_items)

    async def approve_for_destination(
        self, destination_id: str, *, certificate_hash: str, encoded_cert: str
    ) -> Certificate:
        """See `Certificates.approve_for_destination`."""
        return await self._run(_DESTINATIONS.approve(destination_id, certificate_hash, encoded_cert))

    async def get_for_destination(self, destination_id: str, certificate_hash: str) -> Certificate:
        """See `Certificates.get_for_destination`."""
        return await self._run(_DESTINATIONS.get(destination_id, certificate_hash))

    async def revoke_for_destination(self, destination_id: str, certificate_hash: str) -> None:
        """See `Certificates.revoke_for_destination`."""
        await self._run(_DESTINATIONS.revoke(destination_id, certificate_hash))
