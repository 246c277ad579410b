"""Transformation projects (dbt Core git projects): ``client.transformation_projects`` and its async twin."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, NoData, PageOf, SyncResource
from ._builders import by_id, choice, flag, json_body, json_object, pages, required_text
from ._common import with_extra

if TYPE_CHECKING:
    from .._models import TransformationProject, TransformationProjectDetails

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
create_transformation_project = "fivetran_api.api.transformation_projects_management.create_transformation_project"
delete_transformation_project = "fivetran_api.api.transformation_projects_management.delete_transformation_project"
list_all_transformation_projects = (
    "fivetran_api.api.transformation_projects_management.list_all_transformation_projects"
)
modify_transformation_project = "fivetran_api.api.transformation_projects_management.modify_transformation_project"
test_transformation_project = "fivetran_api.api.transformation_projects_management.test_transformation_project"
transformation_project_details = "fivetran_api.api.transformation_projects_management.transformation_project_details"

__all__ = ["AsyncTransformationProjects", "TransformationProjects"]

_DETAILS = DataOf(lambda: models.TransformationProjectDetails)

_list = pages(list_all_transformation_projects, PageOf(lambda: models.TransformationProject))
_get = by_id(transformation_project_details, _DETAILS, "project_id")
_delete = by_id(delete_transformation_project, NoData(), "project_id")
_test = by_id(test_transformation_project, _DETAILS, "project_id")


# Call builders: validation and request shape, shared by both twins.
def _settings(run_tests: bool | None, project_config: Mapping[str, Any] | None) -> dict[str, Any]:
    """The checked fields create and update share (None = not sent)."""
    return {"run_tests": flag("run_tests", run_tests), "project_config": json_object("project_config", project_config)}


def _create(
    *,
    group_id: str,
    type: str,
    run_tests: bool | None,
    project_config: Mapping[str, Any] | None,
    extra: Mapping[str, Any] | None,
) -> Call[TransformationProjectDetails]:
    fields = {
        "group_id": required_text("group_id", group_id),
        "type": choice("type", type, request_models.NewTransformationProjectRequestType),
        **_settings(run_tests, project_config),
    }
    body = json_body(request_models.NewTransformationProjectRequest, **with_extra(fields, extra))
    return Call(create_transformation_project, {"body": body}, _DETAILS)


def _update(
    project_id: str,
    *,
    run_tests: bool | None,
    project_config: Mapping[str, Any] | None,
    extra: Mapping[str, Any] | None,
) -> Call[TransformationProjectDetails]:
    fields = with_extra(_settings(run_tests, project_config), extra, update=True)
    body = json_body(request_models.UpdateTransformationProjectRequest, **fields)
    return Call(
        modify_transformation_project, {"project_id": path_param("project_id", project_id), "body": body}, _DETAILS
    )


class TransformationProjects(SyncResource):
    """Transformation projects: the git repositories of dbt Core projects that transformations run.

    Example:
        project = client.transformation_projects.create(
            group_id="projected_sickle",
            project_config={"git_remote_url": "git@github.com:acme/dbt.git", "dbt_version": "1.8.0"},
            run_tests=True,
        )
    """

    __slots__ = ()

    def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[TransformationProject]:
        """Fetch one page of transformation projects (``GET /v1/transformation-projects``).

        Args:
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
        """
        return self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[TransformationProject]:
        """Iterate over all transformation projects, fetching pages lazily (``GET /v1/transformation-projects``).

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
            PaginationError: during iteration, if the server repeats a cursor.
        """
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    def create(
        self,
        *,
        group_id: str,
        type: str = "DBT_CORE",
        run_tests: bool | None = None,
        project_config: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> TransformationProjectDetails:
        """Create a transformation project in a group (``POST /v1/transformation-projects``).

        Args:
            group_id: The group (destination) whose data the project transforms.
            type: The project type; the spec allows ``"DBT_CORE"`` only.
            run_tests: Run the setup tests right away; their results are in ``setup_tests``.
            project_config: e.g. ``{"git_remote_url": ..., "git_branch": ..., "dbt_version": ...}``.
            extra: Further body fields this client has no keyword for, sent as given.

        Raises:
            ValueError: ``group_id`` is empty or ``type`` is not allowed (nothing is sent).
        """
        return self._run(
            _create(group_id=group_id, type=type, run_tests=run_tests, project_config=project_config, extra=extra)
        )

    def get(self, project_id: str) -> TransformationProjectDetails:
        """Fetch one transformation project (``GET /v1/transformation-projects/{project_id}``).

        Raises:
            NotFoundError: no such project.
            ValueError: ``project_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(project_id))

    def update(
        self,
        project_id: str,
        *,
        run_tests: bool | None = None,
        project_config: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> TransformationProjectDetails:
        """Change a transformation project's config (``PATCH /v1/transformation-projects/{project_id}``).

        Raises:
            ValueError: no field is given (nothing is sent).
        """
        return self._run(_update(project_id, run_tests=run_tests, project_config=project_config, extra=extra))

    def delete(self, project_id: str) -> None:
        """Delete a transformation project (``DELETE /v1/transformation-projects/{project_id}``)."""
        self._run(_delete(project_id))

    def test(self, project_id: str) -> TransformationProjectDetails:
        """Run a transformation project's setup tests (``POST /v1/transformation-projects/{project_id}/test``)."""
        return self._run(_test(project_id))


class AsyncTransformationProjects(AsyncResource):
    """Async twin of `TransformationProjects`."""

    __slots__ = ()

    async def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[TransformationProject]:
        """See `TransformationProjects.list`."""
        return await self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[TransformationProject]:
        """See `TransformationProjects.stream`."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    async def create(
        self,
        *,
        group_id: str,
        type: str = "DBT_CORE",
        run_tests: bool | None = None,
        project_config: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> TransformationProjectDetails:
        """See `TransformationProjects.create`."""
        return await self._run(
            _create(group_id=group_id, type=type, run_tests=run_tests, project_config=project_config, extra=extra)
        )

    async def get(self, project_id: str) -> TransformationProjectDetails:
        """See `TransformationProjects.get`."""
        return await self._run(_get(project_id))

    async def update(
        self,
        project_id: str,
        *,
        run_tests: bool | None = None,
        project_config: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> TransformationProjectDetails:
        """See `TransformationProjects.update`."""
        return await self._run(_update(project_id, run_tests=run_tests, project_config=project_config, extra=extra))

    async def delete(self, project_id: str) -> None:
        """See `TransformationProjects.delete`."""
        await self._run(_delete(project_id))

    async def test(self, project_id: str) -> TransformationProjectDetails:
        """See `TransformationProjects.test`."""
        return await self._run(_test(project_id))
