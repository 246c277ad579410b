from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["TransformationSchedule"]


class TransformationSchedule(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        schedule_type (str): The schedule type. The following values are supported: 'INTEGRATED', 'TIME_OF_DAY',
            'INTERVAL', 'CRON' Known values: `INTEGRATED`, `TIME_OF_DAY`, `INTERVAL`, `CRON` (others may appear). Example:
            TIME_OF_DAY.
        cron (list[str] | None | Unset): Cron schedule: list of CRON strings. Example: ['0 */1 * * *'].
        interval (int | None | Unset): The interval in minutes Example: 60.
        days_of_week (list[str] | None | Unset): The set of days of the week, where an empty set represents a daily
            schedule Example: ['MONDAY', 'FRIDAY'].
        time_of_day (None | str | Unset): The time of the day the transformation should be launched at. The following
            values are supported: '00:00', '00:30', '01:00', '01:30', '02:00', '02:30', '03:00', '03:30', '04:00', '04:30',
            '05:00', '05:30', '06:00', '06:30', '07:00', '07:30', '08:00', '08:30', '09:00', '09:30', '10:00', '10:30',
            '11:00', '11:30', '12:00', '12:30', '13:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30',
            '17:00', '17:30', '18:00', '18:30', '19:00', '19:30', '20:00', '20:30', '21:00', '21:30', '22:00', '22:30',
            '23:00', '23:30' Example: 14:00.
        connection_ids (list[str] | None | Unset): The list of connection IDs that the Transformation for dbt Core
            depends on when using the integrated schedule (`schedule_type: INTEGRATED`) or custom schedules (`schedule_type:
            TIME_OF_DAY` or `schedule_type: INTERVAL`)  with smart syncing enabled (`smart_syncing: true`). These
            connections must belong to the same group as the dbt project. This field should not be used for Quickstart
            transformations. Example: ['connection_id'].
        transformation_ids (list[str] | None | Unset): The list of the transformation identifiers to be used for the
            integrated schedule or custom scheduling with smart syncing enabled Example: ['transformation_id'].
        smart_syncing (bool | None | Unset): The boolean flag that enables the Smart Syncing schedule
    """

    schedule_type: Field[str] = Field("schedule_type", required=True)
    cron: Field[list[str] | None | Unset] = Field("cron")
    interval: Field[int | None | Unset] = Field("interval")
    days_of_week: Field[list[str] | None | Unset] = Field("days_of_week")
    time_of_day: Field[None | str | Unset] = Field("time_of_day")
    connection_ids: Field[list[str] | None | Unset] = Field("connection_ids")
    transformation_ids: Field[list[str] | None | Unset] = Field("transformation_ids")
    smart_syncing: Field[bool | None | Unset] = Field("smart_syncing")

    def __init__(
        self,
        *,
        schedule_type: str,
        cron: list[str] | None | Unset = UNSET,
        interval: int | None | Unset = UNSET,
        days_of_week: list[str] | None | Unset = UNSET,
        time_of_day: None | str | Unset = UNSET,
        connection_ids: list[str] | None | Unset = UNSET,
        transformation_ids: list[str] | None | Unset = UNSET,
        smart_syncing: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "schedule_type": schedule_type,
                "cron": cron,
                "interval": interval,
                "days_of_week": days_of_week,
                "time_of_day": time_of_day,
                "connection_ids": connection_ids,
                "transformation_ids": transformation_ids,
                "smart_syncing": smart_syncing,
            }
        )
