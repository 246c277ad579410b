from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transformation_response_transformation_config_type_0 import (
    TransformationResponseTransformationConfigType0,
)
from ..models.transformation_schedule import TransformationSchedule
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransformationResponse")


@_attrs_define
class TransformationResponse:
    """
    Attributes:
        id (None | str | Unset): The unique identifier for the transformation within the Fivetran system Example:
            transformation_id.
        status (None | str | Unset): The status of transformation Known values: `NEW`, `SCHEDULING`, `RUNNING`,
            `TERMINATING`, `SUCCEEDED`, `FAILED`, `BLOCKED`, `CANCELED`, `PARTIALLY_SUCCEEDED` (others may appear). Example:
            RUNNING.
        schedule (None | TransformationSchedule | Unset): The transformation schedule
        type_ (None | str | Unset): Transformation type Known values: `DBT_CORE`, `QUICKSTART` (others may appear).
            Example: DBT_CORE.
        paused (bool | None | Unset): The field indicates whether transformation is in paused state Example: True.
        created_at (datetime.datetime | None | Unset): The timestamp when the transformation was created Example:
            2024-01-02T00:00:00.743708Z.
        created_by_id (None | str | Unset): The unique identifier for the actor (user or system key) within the Fivetran
            system Example: user_id.
        last_started_at (datetime.datetime | None | Unset): The timestamp when the transformation was started last time
            Example: 2024-01-02T00:00:00.000001Z.
        last_ended_at (datetime.datetime | None | Unset): The timestamp when the transformation was ended last time
            Example: 2024-01-02T00:00:00.000001Z.
        output_model_names (list[str] | None | Unset): The list of transformation output models
        transformation_config (None | TransformationResponseTransformationConfigType0 | Unset): Service-specific
            `transformation_config`, kept as a free-form mapping: its keys depend on `type` and change over time.
    """

    id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    schedule: None | TransformationSchedule | Unset = UNSET
    type_: None | str | Unset = UNSET
    paused: bool | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    last_started_at: datetime.datetime | None | Unset = UNSET
    last_ended_at: datetime.datetime | None | Unset = UNSET
    output_model_names: list[str] | None | Unset = UNSET
    transformation_config: None | TransformationResponseTransformationConfigType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, TransformationSchedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        paused: bool | None | Unset
        if isinstance(self.paused, Unset):
            paused = UNSET
        else:
            paused = self.paused

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        last_started_at: None | str | Unset
        if isinstance(self.last_started_at, Unset):
            last_started_at = UNSET
        elif isinstance(self.last_started_at, datetime.datetime):
            last_started_at = self.last_started_at.isoformat()
        else:
            last_started_at = self.last_started_at

        last_ended_at: None | str | Unset
        if isinstance(self.last_ended_at, Unset):
            last_ended_at = UNSET
        elif isinstance(self.last_ended_at, datetime.datetime):
            last_ended_at = self.last_ended_at.isoformat()
        else:
            last_ended_at = self.last_ended_at

        output_model_names: list[str] | None | Unset
        if isinstance(self.output_model_names, Unset):
            output_model_names = UNSET
        elif isinstance(self.output_model_names, list):
            output_model_names = self.output_model_names

        else:
            output_model_names = self.output_model_names

        transformation_config: dict[str, Any] | None | Unset
        if isinstance(self.transformation_config, Unset):
            transformation_config = UNSET
        elif isinstance(self.transformation_config, TransformationResponseTransformationConfigType0):
            transformation_config = self.transformation_config.to_dict()
        else:
            transformation_config = self.transformation_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if type_ is not UNSET:
            field_dict["type"] = type_
        if paused is not UNSET:
            field_dict["paused"] = paused
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if last_started_at is not UNSET:
            field_dict["last_started_at"] = last_started_at
        if last_ended_at is not UNSET:
            field_dict["last_ended_at"] = last_ended_at
        if output_model_names is not UNSET:
            field_dict["output_model_names"] = output_model_names
        if transformation_config is not UNSET:
            field_dict["transformation_config"] = transformation_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        def _parse_schedule(data: object) -> None | TransformationSchedule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_1 = TransformationSchedule.from_dict(data)

                return schedule_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransformationSchedule | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        paused = cast(bool | None | Unset, d.pop("paused", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        created_by_id = cast(None | str | Unset, d.pop("created_by_id", UNSET))

        def _parse_last_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_started_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_started_at = _parse_last_started_at(d.pop("last_started_at", UNSET))

        def _parse_last_ended_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_ended_at = _parse_last_ended_at(d.pop("last_ended_at", UNSET))

        def _parse_output_model_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_model_names_type_0 = cast(list[str], data)

                return output_model_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        output_model_names = _parse_output_model_names(d.pop("output_model_names", UNSET))

        def _parse_transformation_config(
            data: object,
        ) -> None | TransformationResponseTransformationConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformation_config_type_0 = TransformationResponseTransformationConfigType0.from_dict(data)

                return transformation_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransformationResponseTransformationConfigType0 | Unset, data)

        transformation_config = _parse_transformation_config(d.pop("transformation_config", UNSET))

        transformation_response = cls(
            id=id,
            status=status,
            schedule=schedule,
            type_=type_,
            paused=paused,
            created_at=created_at,
            created_by_id=created_by_id,
            last_started_at=last_started_at,
            last_ended_at=last_ended_at,
            output_model_names=output_model_names,
            transformation_config=transformation_config,
        )

        transformation_response.additional_properties = d
        return transformation_response

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
