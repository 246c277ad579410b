from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.setup_test_result import SetupTestResult
    from ..models.transformation_project_details_project_config_type_0 import (
        TransformationProjectDetailsProjectConfigType0,
    )
    from ..types import UNSET, Unset

__all__ = ["TransformationProjectDetails"]


class TransformationProjectDetails(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (None | str | Unset): The unique identifier for the transformation project within the Fivetran system
        type_ (None | str | Unset): Transformation project type Known values: `DBT_CORE` (others may appear).
        status (None | str | Unset): The status of transformation project Known values: `NOT_READY`, `READY`, `ERROR`
            (others may appear).
        errors (list[str] | None | Unset): The list of errors occurred during project processing and setup
        created_at (datetime.datetime | None | Unset): The timestamp when the transformation project was created
        created_by_id (None | str | Unset): The unique identifier for the actor (user or system key) within the Fivetran
            system
        group_id (None | str | Unset): The unique identifier for the group within the Fivetran system
        setup_tests (list[SetupTestResult] | None | Unset): The setup tests results
        project_config (None | TransformationProjectDetailsProjectConfigType0 | Unset): Service-specific
            `project_config`, kept as a free-form mapping: its keys depend on `type` and change over time.
    """

    id: Field[None | str | Unset] = Field("id")
    type_: Field[None | str | Unset] = Field("type")
    status: Field[None | str | Unset] = Field("status")
    errors: Field[list[str] | None | Unset] = Field("errors")
    created_at: Field[datetime.datetime | None | Unset] = Field("created_at", DATETIME)
    created_by_id: Field[None | str | Unset] = Field("created_by_id")
    group_id: Field[None | str | Unset] = Field("group_id")
    setup_tests: Field[list[SetupTestResult] | None | Unset] = Field(
        "setup_tests", ListOf(Nested("setup_test_result", "SetupTestResult"))
    )
    project_config: Field[None | TransformationProjectDetailsProjectConfigType0 | Unset] = Field(
        "project_config",
        Nested(
            "transformation_project_details_project_config_type_0", "TransformationProjectDetailsProjectConfigType0"
        ),
    )

    def __init__(
        self,
        *,
        id: None | str | Unset = UNSET,
        type_: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        errors: list[str] | None | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
        created_by_id: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        setup_tests: list[SetupTestResult] | None | Unset = UNSET,
        project_config: None | TransformationProjectDetailsProjectConfigType0 | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "type_": type_,
                "status": status,
                "errors": errors,
                "created_at": created_at,
                "created_by_id": created_by_id,
                "group_id": group_id,
                "setup_tests": setup_tests,
                "project_config": project_config,
            }
        )
