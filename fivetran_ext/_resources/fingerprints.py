"""Approved SSH host key fingerprints: ``client.fingerprints`` (`Fingerprints`) and its async twin."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from ._base import AsyncResource, DataOrBodyOf, SyncResource
from ._trust import TrustCalls

if TYPE_CHECKING:
    from .._models import Fingerprint

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
approve_connection_fingerprint = "fivetran_api.api.certificate_management.approve_connection_fingerprint"
approve_destination_fingerprint = "fivetran_api.api.certificate_management.approve_destination_fingerprint"
get_connection_fingerprint_details = "fivetran_api.api.certificate_management.get_connection_fingerprint_details"
get_connection_fingerprints_list = "fivetran_api.api.certificate_management.get_connection_fingerprints_list"
get_destination_fingerprint_details = "fivetran_api.api.certificate_management.get_destination_fingerprint_details"
get_destination_fingerprints_list = "fivetran_api.api.certificate_management.get_destination_fingerprints_list"
revoke_connection_fingerprint = "fivetran_api.api.certificate_management.revoke_connection_fingerprint"
revoke_destination_fingerprint = "fivetran_api.api.certificate_management.revoke_destination_fingerprint"

__all__ = ["AsyncFingerprints", "Fingerprints"]

# The spec declares the approval's answer as a bare fingerprint; the API wraps it in the envelope.
_APPROVED = DataOrBodyOf(lambda: models.Fingerprint)

_CONNECTIONS = TrustCalls(
    owner="connection_id",
    item="fingerprint_hash",
    proof="public_key",
    model=lambda: models.Fingerprint,
    approved=_APPROVED,
    list_operation=get_connection_fingerprints_list,
    approve_operation=approve_connection_fingerprint,
    get_operation=get_connection_fingerprint_details,
    revoke_operation=revoke_connection_fingerprint,
    approve_body=lambda: request_models.ApproveFingerprintRequest,
)
_DESTINATIONS = TrustCalls(
    owner="destination_id",
    item="fingerprint_hash",
    proof="public_key",
    model=lambda: models.Fingerprint,
    approved=_APPROVED,
    list_operation=get_destination_fingerprints_list,
    approve_operation=approve_destination_fingerprint,
    get_operation=get_destination_fingerprint_details,
    revoke_operation=revoke_destination_fingerprint,
    approve_body=lambda: request_models.ApproveFingerprintRequestApproveDestinationFingerprint,
)


class Fingerprints(SyncResource):
    """SSH host key fingerprints Fivetran trusts for a connection's or destination's SSH tunnel or server.

    Example:
        client.fingerprints.approve_for_connection(
            "decent_dropsy", fingerprint_hash="eUtPirI6yy...", public_key="ssh-rsa AAAAB3Nza..."
        )
    """

    __slots__ = ()

    def list_for_connection(
        self, connection_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Fingerprint]:
        """Fetch one page of a connection's fingerprints (``GET /v1/connections/{connection_id}/fingerprints``)."""
        return self._run(_CONNECTIONS.list(connection_id)(limit, cursor))

    def stream_for_connection(
        self, connection_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[Fingerprint]:
        """Iterate over a connection's fingerprints (``GET /v1/connections/{connection_id}/fingerprints``)."""
        return self._stream(_CONNECTIONS.list(connection_id), limit=limit, cursor=cursor, max_items=max_items)

    def approve_for_connection(self, connection_id: str, *, fingerprint_hash: str, public_key: str) -> Fingerprint:
        """Trust a host key for a connection (``POST /v1/connections/{connection_id}/fingerprints``).

        Args:
            connection_id: The connection.
            fingerprint_hash: The key's fingerprint hash, as reported by the failing setup test.
            public_key: The host's public key, e.g. ``"ssh-rsa AAAAB3Nza..."``.
        """
        return self._run(_CONNECTIONS.approve(connection_id, fingerprint_hash, public_key))

    def get_for_connection(self, connection_id: str, fingerprint_hash: str) -> Fingerprint:
        """Fetch a connection's fingerprint (``GET /v1/connections/{connection_id}/fingerprints/{hash}``)."""
        return self._run(_CONNECTIONS.get(connection_id, fingerprint_hash))

    def revoke_for_connection(self, connection_id: str, fingerprint_hash: str) -> None:
        """Revoke a connection's fingerprint (``DELETE /v1/connections/{connection_id}/fingerprints/{hash}``)."""
        self._run(_CONNECTIONS.revoke(connection_id, fingerprint_hash))

    def list_for_destination(
        self, destination_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Fingerprint]:
        """Fetch one page of a destination's fingerprints (``GET /v1/destinations/{destination_id}/fingerprints``)."""
        return self._run(_DESTINATIONS.list(destination_id)(limit, cursor))

    def stream_for_destination(
        self, destination_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[Fingerprint]:
        """Iterate over a destination's fingerprints (``GET /v1/destinations/{destination_id}/fingerprints``)."""
        return self._stream(_DESTINATIONS.list(destination_id), limit=limit, cursor=cursor, max_items=max_items)

    def approve_for_destination(self, destination_id: str, *, fingerprint_hash: str, public_key: str) -> Fingerprint:
        """Trust a host key for a destination (``POST /v1/destinations/{destination_id}/fingerprints``)."""
        return self._run(_DESTINATIONS.approve(destination_id, fingerprint_hash, public_key))

    def get_for_destination(self, destination_id: str, fingerprint_hash: str) -> Fingerprint:
        """Fetch a destination's fingerprint (``GET /v1/destinations/{destination_id}/fingerprints/{hash}``)."""
        return self._run(_DESTINATIONS.get(destination_id, fingerprint_hash))

    def revoke_for_destination(self, destination_id: str, fingerprint_hash: str) -> None:
        """Revoke a destination's fingerprint (``DELETE /v1/destinations/{destination_id}/fingerprints/{hash}``)."""
        self._run(_DESTINATIONS.revoke(destination_id, fingerprint_hash))


class AsyncFingerprints(AsyncResource):
    """Async twin of `Fingerprints`."""

    __slots__ = ()

    async def list_for_connection(
        self, connection_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Fingerprint]:
        """See `Fingerprints.list_for_connection`."""
        return await self._run(_CONNECTIONS.list(connection_id)(limit, cursor))

    def stream_for_connection(
        self, connection_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[Fingerprint]:
        """See `Fingerprints.stream_for_connection`."""
        return self._stream(_CONNECTIONS.list(connection_id), limit=limit, cursor=cursor, max_items=max_items)

    async def approve_for_connection(
        self, connection_id: str, *, fingerprint_hash: str, public_key: str
    ) -> Fingerprint:
        """See `Fingerprints.approve_for_connection`."""
        return await self._run(_CONNECTIONS.approve(connection_id, fingerprint_hash, public_key))

    async def get_for_connection(self, connection_id: str, fingerprint_hash: str) -> Fingerprint:
        """See `Fingerprints.get_for_connection`."""
        return await self._run(_CONNECTIONS.get(connection_id, fingerprint_hash))

    async def revoke_for_connection(self, connection_id: str, fingerprint_hash: str) -> None:
        """See `Fingerprints.revoke_for_connection`."""
        await self._run(_CONNECTIONS.revoke(connection_id, fingerprint_hash))

    async def list_for_destination(
        self, destination_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Fingerprint]:
        """See `Fingerprints.list_for_destination`."""
        return await self._run(_DESTINATIONS.list(destination_id)(limit, cursor))

    def stream_for_destination(
        self, destination_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[Fingerprint]:
        """See `Fingerprints.stream_for_destination`."""
        return self._stream(_DESTINATIONS.list(destination_id), limit=limit, cursor=cursor, max_items=max_items)

    async def approve_for_destination(
        self, destination_id: str, *, fingerprint_hash: str, public_key: str
    ) -> Fingerprint:
        """See `Fingerprints.approve_for_destination`."""
        return await self._run(_DESTINATIONS.approve(destination_id, fingerprint_hash, public_key))

    async def get_for_destination(self, destination_id: str, fingerprint_hash: str) -> Fingerprint:
        """See `Fingerprints.get_for_destination`."""
        return await self._run(_DESTINATIONS.get(destination_id, fingerprint_hash))

    async def revoke_for_destination(self, destination_id: str, fingerprint_hash: str) -> None:
        """See `Fingerprints.revoke_for_destination`."""
        await self._run(_DESTINATIONS.revoke(destination_id, fingerprint_hash))
