from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_transformation_request_transformation_config_type_0 import (
        NewTransformationRequestTransformationConfigType0,
    )
    from ..models.transformation_schedule import TransformationSchedule
    from ..types import UNSET, Unset

__all__ = ["NewTransformationRequest"]


class NewTransformationRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        schedule (None | TransformationSchedule | Unset):
        type_ (str | Unset):  Known values: `NewTransformationRequestType` (others pass as given).
        paused (bool | None | Unset):
        transformation_config (NewTransformationRequestTransformationConfigType0 | None | Unset): Service-specific
            `transformation_config`, kept as a free-form mapping: its keys depend on `type` and change over time.
    """

    schedule: Field[None | TransformationSchedule | Unset] = Field(
        "schedule", Nested("transformation_schedule", "TransformationSchedule")
    )
    type_: Field[str | Unset] = Field("type")
    paused: Field[bool | None | Unset] = Field("paused")
    transformation_config: Field[NewTransformationRequestTransformationConfigType0 | None | Unset] = Field(
        "transformation_config",
        Nested(
            "new_transformation_request_transformation_config_type_0",
            "NewTransformationRequestTransformationConfigType0",
        ),
    )

    def __init__(
        self,
        *,
        schedule: None | TransformationSchedule | Unset = UNSET,
        type_: str | Unset = UNSET,
        paused: bool | None | Unset = UNSET,
        transformation_config: NewTransformationRequestTransformationConfigType0 | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "schedule": schedule,
                "type_": type_,
                "paused": paused,
                "transformation_config": transformation_config,
            }
        )
