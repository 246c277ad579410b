from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_transformation_project_request_project_config_type_0 import (
        UpdateTransformationProjectRequestProjectConfigType0,
    )
    from ..types import UNSET, Unset

__all__ = ["UpdateTransformationProjectRequest"]


class UpdateTransformationProjectRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        run_tests (bool | None | Unset): The boolean flag specifies if the project should be tested after creation or
            update operation
        project_config (None | Unset | UpdateTransformationProjectRequestProjectConfigType0): Service-specific
            `project_config`, kept as a free-form mapping: its keys depend on `type` and change over time.
    """

    run_tests: Field[bool | None | Unset] = Field("run_tests")
    project_config: Field[None | Unset | UpdateTransformationProjectRequestProjectConfigType0] = Field(
        "project_config",
        Nested(
            "update_transformation_project_request_project_config_type_0",
            "UpdateTransformationProjectRequestProjectConfigType0",
        ),
    )

    def __init__(
        self,
        *,
        run_tests: bool | None | Unset = UNSET,
        project_config: None | Unset | UpdateTransformationProjectRequestProjectConfigType0 = UNSET,
    ) -> None:
        self._init(
            {
                "run_tests": run_tests,
                "project_config": project_config,
            }
        )
