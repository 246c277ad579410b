from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transformation_schedule import TransformationSchedule
from ..models.update_transformation_request_transformation_config_type_0 import (
    UpdateTransformationRequestTransformationConfigType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTransformationRequest")


@_attrs_define
class UpdateTransformationRequest:
    """
    Attributes:
        schedule (None | TransformationSchedule | Unset):
        paused (bool | None | Unset):
        transformation_config (None | Unset | UpdateTransformationRequestTransformationConfigType0): Service-specific
            `transformation_config`, kept as a free-form mapping: its keys depend on `type` and change over time.
    """

    schedule: None | TransformationSchedule | Unset = UNSET
    paused: bool | None | Unset = UNSET
    transformation_config: None | Unset | UpdateTransformationRequestTransformationConfigType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, TransformationSchedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        paused: bool | None | Unset
        if isinstance(self.paused, Unset):
            paused = UNSET
        else:
            paused = self.paused

        transformation_config: dict[str, Any] | None | Unset
        if isinstance(self.transformation_config, Unset):
            transformation_config = UNSET
        elif isinstance(self.transformation_config, UpdateTransformationRequestTransformationConfigType0):
            transformation_config = self.transformation_config.to_dict()
        else:
            transformation_config = self.transformation_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if paused is not UNSET:
            field_dict["paused"] = paused
        if transformation_config is not UNSET:
            field_dict["transformation_config"] = transformation_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

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

        paused = cast(bool | None | Unset, d.pop("paused", UNSET))

        def _parse_transformation_config(
            data: object,
        ) -> None | Unset | UpdateTransformationRequestTransformationConfigType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformation_config_type_0 = UpdateTransformationRequestTransformationConfigType0.from_dict(data)

                return transformation_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateTransformationRequestTransformationConfigType0, data)

        transformation_config = _parse_transformation_config(d.pop("transformation_config", UNSET))

        update_transformation_request = cls(
            schedule=schedule,
            paused=paused,
            transformation_config=transformation_config,
        )

        update_transformation_request.additional_properties = d
        return update_transformation_request

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
