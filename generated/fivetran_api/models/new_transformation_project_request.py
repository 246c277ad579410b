from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_transformation_project_request_project_config_type_0 import (
        NewTransformationProjectRequestProjectConfigType0,
    )
    from ..types import UNSET, Unset

__all__ = ["NewTransformationProjectRequest"]


class NewTransformationProjectRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        group_id (None | str | Unset): The unique identifier for the group within the Fivetran system
        type_ (str | Unset): Transformation project type Known values: `NewTransformationProjectRequestType` (others
            pass as given).
        run_tests (bool | None | Unset): The boolean flag specifies if the project should be tested after creation or
            update operation
        project_config (NewTransformationProjectRequestProjectConfigType0 | None | Unset): Service-specific
            `project_config`, kept as a free-form mapping: its keys depend on `type` and change over time.
    """

    group_id: Field[None | str | Unset] = Field("group_id")
    type_: Field[str | Unset] = Field("type")
    run_tests: Field[bool | None | Unset] = Field("run_tests")
    project_config: Field[NewTransformationProjectRequestProjectConfigType0 | None | Unset] = Field(
        "project_config",
        Nested(
            "new_transformation_project_request_project_config_type_0",
            "NewTransformationProjectRequestProjectConfigType0",
        ),
    )

    def __init__(
        self,
        *,
        group_id: None | str | Unset = UNSET,
        type_: str | Unset = UNSET,
        run_tests: bool | None | Unset = UNSET,
        project_config: NewTransformationProjectRequestProjectConfigType0 | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "group_id": group_id,
                "type_": type_,
                "run_tests": run_tests,
                "project_config": project_config,
            }
        )
