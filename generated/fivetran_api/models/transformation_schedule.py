from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transformation_schedule_days_of_week_type_0_item import TransformationScheduleDaysOfWeekType0Item
from ..models.transformation_schedule_schedule_type import TransformationScheduleScheduleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransformationSchedule")


@_attrs_define
class TransformationSchedule:
    """
    Attributes:
        schedule_type (TransformationScheduleScheduleType): The schedule type. The following values are supported:
            'INTEGRATED', 'TIME_OF_DAY', 'INTERVAL', 'CRON' Example: TIME_OF_DAY.
        cron (list[str] | None | Unset): Cron schedule: list of CRON strings. Example: ['0 */1 * * *'].
        interval (int | None | Unset): The interval in minutes Example: 60.
        days_of_week (list[TransformationScheduleDaysOfWeekType0Item] | None | Unset): The set of days of the week,
            where an empty set represents a daily schedule Example: ['MONDAY', 'FRIDAY'].
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

    schedule_type: TransformationScheduleScheduleType
    cron: list[str] | None | Unset = UNSET
    interval: int | None | Unset = UNSET
    days_of_week: list[TransformationScheduleDaysOfWeekType0Item] | None | Unset = UNSET
    time_of_day: None | str | Unset = UNSET
    connection_ids: list[str] | None | Unset = UNSET
    transformation_ids: list[str] | None | Unset = UNSET
    smart_syncing: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_type = self.schedule_type.value

        cron: list[str] | None | Unset
        if isinstance(self.cron, Unset):
            cron = UNSET
        elif isinstance(self.cron, list):
            cron = self.cron

        else:
            cron = self.cron

        interval: int | None | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        else:
            interval = self.interval

        days_of_week: list[str] | None | Unset
        if isinstance(self.days_of_week, Unset):
            days_of_week = UNSET
        elif isinstance(self.days_of_week, list):
            days_of_week = []
            for days_of_week_type_0_item_data in self.days_of_week:
                days_of_week_type_0_item = days_of_week_type_0_item_data.value
                days_of_week.append(days_of_week_type_0_item)

        else:
            days_of_week = self.days_of_week

        time_of_day: None | str | Unset
        if isinstance(self.time_of_day, Unset):
            time_of_day = UNSET
        else:
            time_of_day = self.time_of_day

        connection_ids: list[str] | None | Unset
        if isinstance(self.connection_ids, Unset):
            connection_ids = UNSET
        elif isinstance(self.connection_ids, list):
            connection_ids = self.connection_ids

        else:
            connection_ids = self.connection_ids

        transformation_ids: list[str] | None | Unset
        if isinstance(self.transformation_ids, Unset):
            transformation_ids = UNSET
        elif isinstance(self.transformation_ids, list):
            transformation_ids = self.transformation_ids

        else:
            transformation_ids = self.transformation_ids

        smart_syncing: bool | None | Unset
        if isinstance(self.smart_syncing, Unset):
            smart_syncing = UNSET
        else:
            smart_syncing = self.smart_syncing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule_type": schedule_type,
            }
        )
        if cron is not UNSET:
            field_dict["cron"] = cron
        if interval is not UNSET:
            field_dict["interval"] = interval
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if time_of_day is not UNSET:
            field_dict["time_of_day"] = time_of_day
        if connection_ids is not UNSET:
            field_dict["connection_ids"] = connection_ids
        if transformation_ids is not UNSET:
            field_dict["transformation_ids"] = transformation_ids
        if smart_syncing is not UNSET:
            field_dict["smart_syncing"] = smart_syncing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        schedule_type = TransformationScheduleScheduleType(d.pop("schedule_type"))

        def _parse_cron(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cron_type_0 = cast(list[str], data)

                return cron_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cron = _parse_cron(d.pop("cron", UNSET))

        interval = cast(int | None | Unset, d.pop("interval", UNSET))

        def _parse_days_of_week(data: object) -> list[TransformationScheduleDaysOfWeekType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                days_of_week_type_0 = []
                _days_of_week_type_0 = data
                for days_of_week_type_0_item_data in _days_of_week_type_0:
                    days_of_week_type_0_item = TransformationScheduleDaysOfWeekType0Item(days_of_week_type_0_item_data)

                    days_of_week_type_0.append(days_of_week_type_0_item)

                return days_of_week_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TransformationScheduleDaysOfWeekType0Item] | None | Unset, data)

        days_of_week = _parse_days_of_week(d.pop("days_of_week", UNSET))

        time_of_day = cast(None | str | Unset, d.pop("time_of_day", UNSET))

        def _parse_connection_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                connection_ids_type_0 = cast(list[str], data)

                return connection_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        connection_ids = _parse_connection_ids(d.pop("connection_ids", UNSET))

        def _parse_transformation_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transformation_ids_type_0 = cast(list[str], data)

                return transformation_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        transformation_ids = _parse_transformation_ids(d.pop("transformation_ids", UNSET))

        smart_syncing = cast(bool | None | Unset, d.pop("smart_syncing", UNSET))

        transformation_schedule = cls(
            schedule_type=schedule_type,
            cron=cron,
            interval=interval,
            days_of_week=days_of_week,
            time_of_day=time_of_day,
            connection_ids=connection_ids,
            transformation_ids=transformation_ids,
            smart_syncing=smart_syncing,
        )

        transformation_schedule.additional_properties = d
        return transformation_schedule

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
