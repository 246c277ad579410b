"""Transformations (dbt Core and Quickstart): ``client.transformations`` and its async twin."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, NoData, PageCall, PageOf, SyncResource
from ._builders import by_id, choice, flag, json_body, json_object, optional_text, pages, present
from ._common import with_extra

if TYPE_CHECKING:
    from .._models import Transformation, TransformationPackage

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
cancel_transformation = "fivetran_api.api.transformation_management.cancel_transformation"
create_transformation = "fivetran_api.api.transformation_management.create_transformation"
delete_transformation = "fivetran_api.api.transformation_management.delete_transformation"
run_transformation = "fivetran_api.api.transformation_management.run_transformation"
transformation_details = "fivetran_api.api.transformation_management.transformation_details"
transformation_package_metadata_details = (
    "fivetran_api.api.transformation_management.transformation_package_metadata_details"
)
transformation_package_metadata_list = "fivetran_api.api.transformation_management.transformation_package_metadata_list"
transformations_list = "fivetran_api.api.transformation_management.transformations_list"
update_transformation = "fivetran_api.api.transformation_management.update_transformation"
upgrade_transformation_package = "fivetran_api.api.transformation_management.upgrade_transformation_package"

__all__ = ["AsyncTransformations", "Transformations"]

_TRANSFORMATION = DataOf(lambda: models.Transformation)
_NO_DATA = NoData()

_get = by_id(transformation_details, _TRANSFORMATION, "transformation_id")
_delete = by_id(delete_transformation, _NO_DATA, "transformation_id")
_cancel = by_id(cancel_transformation, _NO_DATA, "transformation_id")
_upgrade_package = by_id(upgrade_transformation_package, _NO_DATA, "transformation_id")
_get_package_metadata = by_id(
    transformation_package_metadata_details, DataOf(lambda: models.TransformationPackage), "package_definition_id"
)


# Call builders: validation and request shape, shared by both twins.
def _schedule(schedule: Mapping[str, Any] | None) -> dict[str, Any] | None:
    # The generated model silently sends a schedule it cannot read as-is, so check the one required key here.
    checked = json_object("schedule", schedule)
    if checked is not None and "schedule_type" not in checked:
        raise ValueError("schedule needs a schedule_type: INTEGRATED, TIME_OF_DAY, INTERVAL or CRON")
    return checked


def _list(group_id: str | None, project_id: str | None, type: str | None) -> PageCall[Transformation]:
    filters = present(
        group_id=optional_text("group_id", group_id),
        project_id=optional_text("project_id", project_id),
        type_=choice("type", type, request_models.TransformationsListType),
    )
    return pages(transformations_list, PageOf(lambda: models.Transformation), **filters)


def _list_package_metadata(service: str | None, name: str | None) -> PageCall[TransformationPackage]:
    filters = present(service=optional_text("service", service), name=optional_text("name", name))
    return pages(transformation_package_metadata_list, PageOf(lambda: models.TransformationPackage), **filters)


def _settings(
    schedule: Mapping[str, Any] | None, paused: bool | None, transformation_config: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The checked fields create and update share (None = not sent)."""
    return {
        "schedule": _schedule(schedule),
        "paused": flag("paused", paused),
        "transformation_config": json_object("transformation_config", transformation_config),
    }


def _create(
    *,
    type: str,
    schedule: Mapping[str, Any] | None,
    paused: bool | None,
    transformation_config: Mapping[str, Any] | None,
    extra: Mapping[str, Any] | None,
) -> Call[Transformation]:
    type_value = choice("type", type, request_models.NewTransformationRequestType)
    if type_value is None:
        raise ValueError("type is required: DBT_CORE or QUICKSTART")
    fields = with_extra({"type": type_value, **_settings(schedule, paused, transformation_config)}, extra)
    return Call(
        create_transformation, {"body": json_body(request_models.NewTransformationRequest, **fields)}, _TRANSFORMATION
    )


def _update(
    transformation_id: str,
    *,
    schedule: Mapping[str, Any] | None,
    paused: bool | None,
    transformation_config: Mapping[str, Any] | None,
    extra: Mapping[str, Any] | None,
) -> Call[Transformation]:
    fields = with_extra(_settings(schedule, paused, transformation_config), extra, update=True)
    body = json_body(request_models.UpdateTransformationRequest, **fields)
    return Call(
        update_transformation,
        {"transformation_id": path_param("transformation_id", transformation_id), "body": body},
        _TRANSFORMATION,
    )


def _run(transformation_id: str, full_refresh: bool | None) -> Call[None]:
    # Always a JSON object, possibly empty: a POST declared as JSON is never sent without a body.
    body = json_body(request_models.RunTransformationRequest, full_refresh=flag("full_refresh", full_refresh))
    return Call(
        run_transformation,
        {"transformation_id": path_param("transformation_id", transformation_id), "body": body},
        _NO_DATA,
    )


class Transformations(SyncResource):
    """Transformations: dbt Core models of a transformation project, or Quickstart packages.

    Example:
        for transformation in client.transformations.stream(group_id="projected_sickle"):
            if transformation.status == "FAILED":
                client.transformations.run(transformation.id)
    """

    __slots__ = ()

    def list(
        self,
        *,
        group_id: str | None = None,
        project_id: str | None = None,
        type: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[Transformation]:
        """Fetch one page of transformations (``GET /v1/transformations``).

        Args:
            group_id: Only the transformations of this group.
            project_id: Only the transformations of this transformation project.
            type: Only ``"DBT_CORE"`` or only ``"QUICKSTART"`` transformations.
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: an argument is invalid (nothing is sent).
        """
        return self._run(_list(group_id, project_id, type)(limit, cursor))

    def stream(
        self,
        *,
        group_id: str | None = None,
        project_id: str | None = None,
        type: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Iterator[Transformation]:
        """Iterate over all transformations, fetching pages lazily (``GET /v1/transformations``).

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
            PaginationError: during iteration, if the server repeats a cursor.
        """
        return self._stream(_list(group_id, project_id, type), limit=limit, cursor=cursor, max_items=max_items)

    def create(
        self,
        *,
        type: str,
        schedule: Mapping[str, Any] | None = None,
        paused: bool | None = None,
        transformation_config: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Transformation:
        """Create a transformation (``POST /v1/transformations``).

        Args:
            type: ``"DBT_CORE"`` or ``"QUICKSTART"``.
            schedule: e.g. ``{"schedule_type": "INTERVAL", "interval": 60}``.
            paused: Create it paused.
            transformation_config: For dbt Core ``{"project_id": ..., "name": ..., "steps": [...]}``; for
                Quickstart ``{"package_name": ..., "connection_ids": [...]}``.
            extra: Further body fields this client has no keyword for, sent as given.

        Raises:
            ValueError: ``type`` is not an allowed value, or ``schedule`` lacks ``schedule_type`` (nothing is sent).
        """
        return self._run(
            _create(
                type=type,
                schedule=schedule,
                paused=paused,
                transformation_config=transformation_config,
                extra=extra,
            )
        )

    def get(self, transformation_id: str) -> Transformation:
        """Fetch one transformation (``GET /v1/transformations/{transformation_id}``).

        Raises:
            NotFoundError: no such transformation.
            ValueError: ``transformation_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(transformation_id))

    def update(
        self,
        transformation_id: str,
        *,
        schedule: Mapping[str, Any] | None = None,
        paused: bool | None = None,
        transformation_config: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Transformation:
        """Change a transformation's schedule, pause or config (``PATCH /v1/transformations/{transformation_id}``).

        Raises:
            ValueError: no field is given (nothing is sent).
        """
        return self._run(
            _update(
                transformation_id,
                schedule=schedule,
                paused=paused,
                transformation_config=transformation_config,
                extra=extra,
            )
        )

    def delete(self, transformation_id: str) -> None:
        """Delete a transformation (``DELETE /v1/transformations/{transformation_id}``)."""
        self._run(_delete(transformation_id))

    def run(self, transformation_id: str, *, full_refresh: bool | None = None) -> None:
        """Start a transformation run now (``POST /v1/transformations/{transformation_id}/run``).

        Never retried once it may have reached the API: a duplicate would start a second run.

        Args:
            transformation_id: The transformation.
            full_refresh: Rebuild incremental models from scratch.
        """
        self._run(_run(transformation_id, full_refresh))

    def cancel(self, transformation_id: str) -> None:
        """Cancel the running transformation run (``POST /v1/transformations/{transformation_id}/cancel``)."""
        self._run(_cancel(transformation_id))

    def upgrade_package(self, transformation_id: str) -> None:
        """Upgrade to the latest package version (``POST /v1/transformations/{transformation_id}/upgrade``)."""
        self._run(_upgrade_package(transformation_id))

    def list_package_metadata(
        self,
        *,
        service: str | None = None,
        name: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[TransformationPackage]:
        """Fetch one page of Quickstart package metadata (``GET /v1/transformations/package-metadata``).

        Args:
            service: Only packages for this connector type.
            name: Only the package with this name.
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.
        """
        return self._run(_list_package_metadata(service, name)(limit, cursor))

    def stream_package_metadata(
        self,
        *,
        service: str | None = None,
        name: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Iterator[TransformationPackage]:
        """Iterate over all Quickstart package metadata (``GET /v1/transformations/package-metadata``)."""
        page_call = _list_package_metadata(service, name)
        return self._stream(page_call, limit=limit, cursor=cursor, max_items=max_items)

    def get_package_metadata(self, package_definition_id: str) -> TransformationPackage:
        """Fetch a package's metadata (``GET /v1/transformations/package-metadata/{package_definition_id}``)."""
        return self._run(_get_package_metadata(package_definition_id))


class AsyncTransformations(AsyncResource):
    """Async twin of `Transformations`."""

    __slots__ = ()

    async def list(
        self,
        *,
        group_id: str | None = None,
        project_id: str | None = None,
        type: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[Transformation]:
        """See `Transformations.list`."""
        return await self._run(_list(group_id, project_id, type)(limit, cursor))

    def stream(
        self,
        *,
        group_id: str | None = None,
        project_id: str | None = None,
        type: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Transformation]:
        """See `Transformations.stream`."""
        return self._stream(_list(group_id, project_id, type), limit=limit, cursor=cursor, max_items=max_items)

    async def create(
        self,
        *,
        type: str,
        schedule: Mapping[str, Any] | None = None,
        paused: bool | None = None,
        transformation_config: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Transformation:
        """See `Transformations.create`."""
        return await self._run(
            _create(
                type=type,
                schedule=schedule,
                paused=paused,
                transformation_config=transformation_config,
                extra=extra,
            )
        )

    async def get(self, transformation_id: str) -> Transformation:
        """See `Transformations.get`."""
        return await self._run(_get(transformation_id))

    async def update(
        self,
        transformation_id: str,
        *,
        schedule: Mapping[str, Any] | None = None,
        paused: bool | None = None,
        transformation_config: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Transformation:
        """See `Transformations.update`."""
        return await self._run(
            _update(
                transformation_id,
                schedule=schedule,
                paused=paused,
                transformation_config=transformation_config,
                extra=extra,
            )
        )

    async def delete(self, transformation_id: str) -> None:
        """See `Transformations.delete`."""
        await self._run(_delete(transformation_id))

    async def run(self, transformation_id: str, *, full_refresh: bool | None = None) -> None:
        """See `Transformations.run`."""
        await self._run(_run(transformation_id, full_refresh))

    async def cancel(self, transformation_id: str) -> None:
        """See `Transformations.cancel`."""
        await self._run(_cancel(transformation_id))

    async def upgrade_package(self, transformation_id: str) -> None:
        """See `Transformations.upgrade_package`."""
        await self._run(_upgrade_package(transformation_id))

    async def list_package_metadata(
        self,
        *,
        service: str | None = None,
        name: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[TransformationPackage]:
        """See `Transformations.list_package_metadata`."""
        return await self._run(_list_package_metadata(service, name)(limit, cursor))

    def stream_package_metadata(
        self,
        *,
        service: str | None = None,
        name: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[TransformationPackage]:
        """See `Transformations.stream_package_metadata`."""
        page_call = _list_package_metadata(service, name)
        return self._stream(page_call, limit=limit, cursor=cursor, max_items=max_items)

    async def get_package_metadata(self, package_definition_id: str) -> TransformationPackage:
        """See `Transformations.get_package_metadata`."""
        return await self._run(_get_package_metadata(package_definition_id))
