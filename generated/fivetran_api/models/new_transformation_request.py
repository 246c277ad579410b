from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_transformation_request_transformation_config_type_0 import (
    NewTransformationRequestTransformationConfigType0,
)
from ..models.new_transformation_request_type import NewTransformationRequestType
from ..models.transformation_schedule import TransformationSchedule
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewTransformationRequest")


@_attrs_define
class NewTransformationRequest:
    """
    Attributes:
        schedule (None | TransformationSchedule | Unset):
        type_ (NewTransformationRequestType | Unset):
        paused (bool | None | Unset):
        transformation_config (NewTransformationRequestTransformationConfigType0 | None | Unset): Service-specific
            `transformation_config`, kept as a free-form mapping: its keys depend on `type` and change over time.
    """

    schedule: None | TransformationSchedule | Unset = UNSET
    type_: NewTransformationRequestType | Unset = UNSET
    paused: bool | None | Unset = UNSET
    transformation_config: NewTransformationRequestTransformationConfigType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, TransformationSchedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        paused: bool | None | Unset
        if isinstance(self.paused, Unset):
            paused = UNSET
        else:
            paused = self.paused

        transformation_config: dict[str, Any] | None | Unset
        if isinstance(self.transformation_config, Unset):
            transformation_config = UNSET
        elif isinstance(self.transformation_config, NewTransformationRequestTransformationConfigType0):
            transformation_config = self.transformation_config.to_dict()
        else:
            transformation_config = self.transformation_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if type_ is not UNSET:
            field_dict["type"] = type_
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

        _type_ = d.pop("type", UNSET)
        type_: NewTransformationRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NewTransformationRequestType(_type_)

        paused = cast(bool | None | Unset, d.pop("paused", UNSET))

        def _parse_transformation_config(
            data: object,
        ) -> NewTransformationRequestTransformationConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformation_config_type_0 = NewTransformationRequestTransformationConfigType0.from_dict(data)

                return transformation_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewTransformationRequestTransformationConfigType0 | None | Unset, data)

        transformation_config = _parse_transformation_config(d.pop("transformation_config", UNSET))

        new_transformation_request = cls(
            schedule=schedule,
            type_=type_,
            paused=paused,
            transformation_config=transformation_config,
        )

        new_transformation_request.additional_properties = d
        return new_transformation_request

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
