from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transformation_schedule import TransformationSchedule
    from ..models.update_transformation_request_transformation_config_type_0 import (
        UpdateTransformationRequestTransformationConfigType0,
    )
    from ..types import UNSET, Unset

__all__ = ["UpdateTransformationRequest"]


class UpdateTransformationRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        schedule (None | TransformationSchedule | Unset):
        paused (bool | None | Unset):
        transformation_config (None | Unset | UpdateTransformationRequestTransformationConfigType0): Service-specific
            `transformation_config`, kept as a free-form mapping: its keys depend on `type` and change over time.
    """

    schedule: Field[None | TransformationSchedule | Unset] = Field(
        "schedule", Nested("transformation_schedule", "TransformationSchedule")
    )
    paused: Field[bool | None | Unset] = Field("paused")
    transformation_config: Field[None | Unset | UpdateTransformationRequestTransformationConfigType0] = Field(
        "transformation_config",
        Nested(
            "update_transformation_request_transformation_config_type_0",
            "UpdateTransformationRequestTransformationConfigType0",
        ),
    )

    def __init__(
        self,
        *,
        schedule: None | TransformationSchedule | Unset = UNSET,
        paused: bool | None | Unset = UNSET,
        transformation_config: None | Unset | UpdateTransformationRequestTransformationConfigType0 = UNSET,
    ) -> None:
        self._init(
            {
                "schedule": schedule,
                "paused": paused,
                "transformation_config": transformation_config,
            }
        )
