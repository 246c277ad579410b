"""Destinations: ``client.destinations`` (`Destinations`) and its async twin `AsyncDestinations`.

A group has at most one destination, and the destination's id is the group's id. Unlike what Fivetrex
assumes, the account-wide list ``GET /v1/destinations`` exists; ``list``/``stream`` use it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cache, partial
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, NoData, PageOf, SyncResource
from ._builders import by_id, choice, flag, json_body, json_object, optional_text, pages, required_text
from ._common import Check, JsonBody, check_options, trust_flags, with_extra

if TYPE_CHECKING:
    from .._models import Destination

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
create_destination = "fivetran_api.api.destination_management.create_destination"
delete_destination = "fivetran_api.api.destination_management.delete_destination"
destination_details = "fivetran_api.api.destination_management.destination_details"
list_destinations = "fivetran_api.api.destination_management.list_destinations"
modify_destination = "fivetran_api.api.destination_management.modify_destination"
run_destination_setup_tests = "fivetran_api.api.destination_management.run_destination_setup_tests"

__all__ = ["AsyncDestinations", "DestinationOptions", "Destinations"]


class DestinationOptions(TypedDict, total=False):
    """Documented settings of a destination, the keyword arguments of `Destinations.create` and ``update``.

    Anything else Fivetran accepts goes in ``extra={...}``.
    """

    region: str
    """Where Fivetran processes the data, e.g. ``"GCP_US_EAST4"``, ``"AWS_EU_CENTRAL_1"``."""
    config: Mapping[str, Any]
    """Service-specific configuration (free-form; the shape depends on ``service``)."""
    trust_certificates: bool
    trust_fingerprints: bool
    run_setup_tests: bool
    daylight_saving_time_enabled: bool
    networking_method: Literal["Directly", "SshTunnel", "ProxyAgent", "PrivateLink"]
    hybrid_deployment_agent_id: str
    private_link_id: str
    proxy_agent_id: str
    external_secrets_manager_id: str


@cache
def _option_checks() -> dict[str, Check]:
    # Built on first use: the generated enums are imported when a destination is first created or updated.
    return {
        "region": partial(choice, allowed=request_models.NewDestinationRequestRegion),
        "config": json_object,
        "trust_certificates": flag,
        "trust_fingerprints": flag,
        "run_setup_tests": flag,
        "daylight_saving_time_enabled": flag,
        "networking_method": partial(choice, allowed=request_models.NewDestinationRequestNetworkingMethod),
        "hybrid_deployment_agent_id": optional_text,
        "private_link_id": optional_text,
        "proxy_agent_id": optional_text,
        "external_secrets_manager_id": optional_text,
    }


_DESTINATION = DataOf(lambda: models.Destination)

_list = pages(list_destinations, PageOf(lambda: models.Destination))
_get = by_id(destination_details, _DESTINATION, "destination_id")
_delete = by_id(delete_destination, NoData(), "destination_id")


def _time_zone_offset(value: str | None) -> str | None:
    return choice("time_zone_offset", value, request_models.NewDestinationRequestTimeZoneOffset)


# Call builders: validation and request shape, shared by both twins.
def _create(
    group_id: str, service: str, time_zone_offset: str, extra: Mapping[str, Any] | None, options: Mapping[str, Any]
) -> Call[Destination]:
    fields = {
        "group_id": required_text("group_id", group_id),
        "service": required_text("service", service),
        "time_zone_offset": _time_zone_offset(time_zone_offset),
        **check_options(options, _option_checks()),
    }
    return Call(
        create_destination,
        {"body": json_body(request_models.NewDestinationRequest, **with_extra(fields, extra))},
        _DESTINATION,
    )


def _update_body(fields: Mapping[str, Any]) -> request_models.UpdateDestinationRequest | JsonBody:
    if "time_zone_offset" in fields:
        return json_body(request_models.UpdateDestinationRequest, **fields)
    # The spec marks time_zone_offset required on update, which the API does not (Fivetran's docs, the Go
    # SDK and Fivetrex all send partial updates): the model checks the other fields, then they go alone.
    checked = json_body(request_models.UpdateDestinationRequest, **fields, time_zone_offset="0").to_dict()
    del checked["time_zone_offset"]
    return JsonBody(checked)


def _update(
    destination_id: str, time_zone_offset: str | None, extra: Mapping[str, Any] | None, options: Mapping[str, Any]
) -> Call[Destination]:
    fields = {"time_zone_offset": _time_zone_offset(time_zone_offset), **check_options(options, _option_checks())}
    body = _update_body(with_extra(fields, extra, update=True))
    return Call(
        modify_destination, {"destination_id": path_param("destination_id", destination_id), "body": body}, _DESTINATION
    )


def _test(destination_id: str, trust_certificates: bool | None, trust_fingerprints: bool | None) -> Call[Destination]:
    # Always a body ({} at least), like the connection setup tests.
    body = json_body(
        request_models.RunSetupTestsRequestRunDestinationSetupTests,
        **trust_flags(trust_certificates, trust_fingerprints),
    )
    arguments = {"destination_id": path_param("destination_id", destination_id), "body": body}
    return Call(run_destination_setup_tests, arguments, _DESTINATION)


class Destinations(SyncResource):
    """Fivetran destinations (one per group; the destination id is the group id).

    Example:
        destination = client.destinations.create(
            group_id="projected_sickle", service="snowflake", time_zone_offset="-5", region="GCP_US_EAST4",
            config={"host": "account.snowflakecomputing.com", "database": "ANALYTICS"},
        )
        result = client.destinations.test(destination.id)
        print(result.setup_status, [(t.title, t.status) for t in result.setup_tests or []])
    """

    __slots__ = ()

    def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[Destination]:
        """Fetch one page of the account's destinations (``GET /v1/destinations``).

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
        """
        return self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[Destination]:
        """Iterate over the account's destinations, fetching pages lazily."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    def get(self, destination_id: str) -> Destination:
        """Fetch one destination (``GET /v1/destinations/{destination_id}``).

        Raises:
            NotFoundError: no such destination.
        """
        return self._run(_get(destination_id))

    def create(
        self,
        *,
        group_id: str,
        service: str,
        time_zone_offset: str,
        extra: Mapping[str, Any] | None = None,
        **options: Unpack[DestinationOptions],
    ) -> Destination:
        """Create the destination of a group (``POST /v1/destinations``).

        Args:
            group_id: The group; its destination gets the same id.
            service: The destination type, e.g. ``"snowflake"``, ``"big_query"``.
            time_zone_offset: ``"-11"`` .. ``"+12"`` (``"0"`` for UTC): the time zone of sync schedules.
            extra: Further body fields this client has no keyword for, sent as given.
            **options: The documented settings (`DestinationOptions`): ``region``, ``config``, ...

        Raises:
            ValueError: a value is outside its allowed values (nothing is sent).
            ConflictError: the group already has a destination.
        """
        return self._run(_create(group_id, service, time_zone_offset, extra, options))

    def update(
        self,
        destination_id: str,
        *,
        time_zone_offset: str | None = None,
        extra: Mapping[str, Any] | None = None,
        **options: Unpack[DestinationOptions],
    ) -> Destination:
        """Change a destination's settings (``PATCH /v1/destinations/{destination_id}``); only given ones are sent.

        Example:
            client.destinations.update("projected_sickle", config={"password": "rotated"}, run_setup_tests=True)
        """
        return self._run(_update(destination_id, time_zone_offset, extra, options))

    def delete(self, destination_id: str) -> None:
        """Delete a destination (``DELETE /v1/destinations/{destination_id}``); 409 while connections use it."""
        return self._run(_delete(destination_id))

    def test(
        self, destination_id: str, trust_certificates: bool | None = None, trust_fingerprints: bool | None = None
    ) -> Destination:
        """Run the destination's setup tests (``POST .../test``); results in ``setup_tests``/``setup_status``.

        Args:
            destination_id: The destination.
            trust_certificates: Approve the server's TLS certificate while testing.
            trust_fingerprints: Approve the SSH host's fingerprint while testing.
        """
        return self._run(_test(destination_id, trust_certificates, trust_fingerprints))


class AsyncDestinations(AsyncResource):
    """Async twin of `Destinations`; ``stream()`` is used with ``async for``."""

    __slots__ = ()

    async def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[Destination]:
        """See `Destinations.list`."""
        return await self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[Destination]:
        """See `Destinations.stream`."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    async def get(self, destination_id: str) -> Destination:
        """See `Destinations.get`."""
        return await self._run(_get(destination_id))

    async def create(
        self,
        *,
        group_id: str,
        service: str,
        time_zone_offset: str,
        extra: Mapping[str, Any] | None = None,
        **options: Unpack[DestinationOptions],
    ) -> Destination:
        """See `Destinations.create`."""
        return await self._run(_create(group_id, service, time_zone_offset, extra, options))

    async def update(
        self,
        destination_id: str,
        *,
        time_zone_offset: str | None = None,
        extra: Mapping[str, Any] | None = None,
        **options: Unpack[DestinationOptions],
    ) -> Destination:
        """See `Destinations.update`."""
        return await self._run(_update(destination_id, time_zone_offset, extra, options))

    async def delete(self, destination_id: str) -> None:
        """See `Destinations.delete`."""
        return await self._run(_delete(destination_id))

    async def test(
        self, destination_id: str, trust_certificates: bool | None = None, trust_fingerprints: bool | None = None
    ) -> Destination:
        """See `Destinations.test`."""
        return await self._run(_test(destination_id, trust_certificates, trust_fingerprints))
