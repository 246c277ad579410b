from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.transformation_schedule import TransformationSchedule
    from ..models.transformation_transformation_config_type_0 import TransformationTransformationConfigType0
    from ..types import UNSET, Unset

__all__ = ["Transformation"]


class Transformation(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The unique identifier for the transformation within the Fivetran system Example: transformation_id.
        status (str): The status of transformation Known values: `NEW`, `SCHEDULING`, `RUNNING`, `TERMINATING`,
            `SUCCEEDED`, `FAILED`, `BLOCKED`, `CANCELED`, `PARTIALLY_SUCCEEDED` (others may appear). Example: RUNNING.
        type_ (str): Transformation type Known values: `DBT_CORE`, `QUICKSTART` (others may appear). Example: DBT_CORE.
        paused (bool): The field indicates whether transformation is in paused state Example: True.
        created_at (datetime.datetime): The timestamp when the transformation was created Example:
            2024-01-02T00:00:00.743708Z.
        schedule (None | TransformationSchedule | Unset): The transformation schedule
        created_by_id (None | str | Unset): The unique identifier for the actor (user or system key) within the Fivetran
            system Example: user_id.
        last_started_at (datetime.datetime | None | Unset): The timestamp when the transformation was started last time
            Example: 2024-01-02T00:00:00.000001Z.
        last_ended_at (datetime.datetime | None | Unset): The timestamp when the transformation was ended last time
            Example: 2024-01-02T00:00:00.000001Z.
        output_model_names (list[str] | None | Unset): The list of transformation output models
        transformation_config (None | TransformationTransformationConfigType0 | Unset): Service-specific
            `transformation_config`, kept as a free-form mapping: its keys depend on `type` and change over time.
    """

    id: Field[str] = Field("id", required=True)
    status: Field[str] = Field("status", required=True)
    type_: Field[str] = Field("type", required=True)
    paused: Field[bool] = Field("paused", required=True)
    created_at: Field[datetime.datetime] = Field("created_at", DATETIME, required=True)
    schedule: Field[None | TransformationSchedule | Unset] = Field(
        "schedule", Nested("transformation_schedule", "TransformationSchedule")
    )
    created_by_id: Field[None | str | Unset] = Field("created_by_id")
    last_started_at: Field[datetime.datetime | None | Unset] = Field("last_started_at", DATETIME)
    last_ended_at: Field[datetime.datetime | None | Unset] = Field("last_ended_at", DATETIME)
    output_model_names: Field[list[str] | None | Unset] = Field("output_model_names")
    transformation_config: Field[None | TransformationTransformationConfigType0 | Unset] = Field(
        "transformation_config",
        Nested("transformation_transformation_config_type_0", "TransformationTransformationConfigType0"),
    )

    def __init__(
        self,
        *,
        id: str,
        status: str,
        type_: str,
        paused: bool,
        created_at: datetime.datetime,
        schedule: None | TransformationSchedule | Unset = UNSET,
        created_by_id: None | str | Unset = UNSET,
        last_started_at: datetime.datetime | None | Unset = UNSET,
        last_ended_at: datetime.datetime | None | Unset = UNSET,
        output_model_names: list[str] | None | Unset = UNSET,
        transformation_config: None | TransformationTransformationConfigType0 | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "status": status,
                "type_": type_,
                "paused": paused,
                "created_at": created_at,
                "schedule": schedule,
                "created_by_id": created_by_id,
                "last_started_at": last_started_at,
                "last_ended_at": last_ended_at,
                "output_model_names": output_model_names,
                "transformation_config": transformation_config,
            }
        )
