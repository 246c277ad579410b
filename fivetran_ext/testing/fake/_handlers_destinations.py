"""Destinations: at most one per group, with the group's id; CRUD, list, setup tests."""

from __future__ import annotations

from ._context import RequestContext
from ._crud import deleted, page, target
from ._errors import already_exists, conflict
from ._handlers_connections import connection_rows
from ._records import Destination
from ._replies import Reply, created, success
from ._router import Router
from ._setup_tests import setup_test_results
from ._validation import Body
from ._world import World

__all__ = ["REGIONS", "TIME_ZONE_OFFSETS", "create_destination", "register"]

REGIONS = (
    "GCP_US_EAST4", "GCP_US_WEST1", "GCP_US_CENTRAL1", "GCP_EUROPE_WEST3", "GCP_AUSTRALIA_SOUTHEAST1",
    "GCP_NORTHAMERICA_NORTHEAST1", "GCP_EUROPE_WEST2", "GCP_ASIA_SOUTHEAST1", "GCP_ASIA_SOUTHEAST2",
    "GCP_ASIA_SOUTH1", "GCP_ASIA_NORTHEAST1", "AWS_US_EAST_1", "AWS_US_EAST_2", "AWS_US_WEST_2",
    "AWS_AP_NORTHEAST_1", "AWS_AP_SOUTHEAST_1", "AWS_AP_SOUTHEAST_2", "AWS_EU_CENTRAL_1", "AWS_EU_WEST_1",
    "AWS_EU_WEST_2", "AWS_AP_SOUTH_1", "AWS_CA_CENTRAL_1", "AWS_US_GOV_WEST_1", "AZURE_EASTUS2",
    "AZURE_AUSTRALIAEAST", "AZURE_UKSOUTH", "AZURE_WESTEUROPE", "AZURE_CENTRALUS", "AZURE_CANADACENTRAL",
    "AZURE_UAENORTH", "AZURE_SOUTHEASTASIA", "AZURE_EASTUS", "AZURE_JAPANEAST", "AZURE_CENTRALINDIA",
)  # fmt: skip
TIME_ZONE_OFFSETS = tuple(str(hours) if hours <= 0 else f"+{hours}" for hours in range(-11, 13))

_PASSTHROUGH = (
    "networking_method",
    "private_link_id",
    "proxy_agent_id",
    "hybrid_deployment_agent_id",
    "local_processing_agent_id",
    "external_secrets_manager_id",
)


def _run_setup_tests(destination: Destination) -> None:
    destination.setup_tests = setup_test_results(True)
    destination.setup_status = "CONNECTED"


def _apply(destination: Destination, body: Body) -> None:
    destination.region = body.choice("region", REGIONS) or destination.region
    destination.time_zone_offset = body.choice("time_zone_offset", TIME_ZONE_OFFSETS) or destination.time_zone_offset
    dst = body.flag("daylight_saving_time_enabled")
    if dst is not None:
        destination.daylight_saving_time_enabled = dst
    destination.config.update(body.mapping("config") or {})
    destination.extra.update(body.pick(_PASSTHROUGH))


def create_destination(world: World, body: Body) -> Destination:
    """Create the destination of ``group_id`` (``service`` and ``time_zone_offset`` are required).

    Raises:
        FakeAPIError: 400 for missing or invalid fields, 404 for an unknown group, 409 when the group
            already has a destination.
    """
    group = world.store.groups.get(body.required_text("group_id"))
    service = body.required_text("service")
    body.required_text("time_zone_offset")
    if group.id in world.store.destinations:
        raise already_exists(f"Group '{group.id}' already has a destination (a group holds at most one)")
    destination = Destination(id=group.id, service=service, region="GCP_US_EAST4", time_zone_offset="0")
    destination.setup_status = "INCOMPLETE"
    _apply(destination, body)
    if body.flag("run_setup_tests") is not False:
        _run_setup_tests(destination)
    return world.store.destinations.add(destination.id, destination)


def _destination(ctx: RequestContext) -> Destination:
    return target(ctx, ctx.world.store.destinations, "destinationId")


def _list(ctx: RequestContext) -> Reply:
    return page(ctx, ctx.world.store.destinations.rows(), Destination.view, "Destinations list retrieved successfully")


def _create(ctx: RequestContext) -> Reply:
    # Destinations are the one resource the live API creates with code "Created".
    return created(create_destination(ctx.world, ctx.body()).view(), "Destination has been created", code="Created")


def _get(ctx: RequestContext) -> Reply:
    return success(_destination(ctx).view(), "Destination details retrieved successfully")


def _update(ctx: RequestContext) -> Reply:
    destination = _destination(ctx)
    body = ctx.body()
    _apply(destination, body)
    if body.flag("run_setup_tests"):
        _run_setup_tests(destination)
    return success(destination.view(), "Destination has been updated")


def _delete(ctx: RequestContext) -> Reply:
    destination = _destination(ctx)
    if connection_rows(ctx.world, group_id=destination.group_id):
        raise conflict(f"Destination '{destination.id}' still has connections: delete them first")
    ctx.world.store.destinations.remove(destination.id)
    return deleted("Destination", destination.id)


def _test(ctx: RequestContext) -> Reply:
    destination = _destination(ctx)
    _run_setup_tests(destination)
    return success(destination.view(), "Setup tests have been completed")


def register(router: Router) -> None:
    router.add("GET", "/v1/destinations", _list)
    router.add("POST", "/v1/destinations", _create)
    router.add("GET", "/v1/destinations/{destinationId}", _get)
    router.add("PATCH", "/v1/destinations/{destinationId}", _update)
    router.add("DELETE", "/v1/destinations/{destinationId}", _delete)
    router.add("POST", "/v1/destinations/{destinationId}/test", _test)
