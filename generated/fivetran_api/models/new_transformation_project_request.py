from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_transformation_project_request_project_config_type_0 import (
    NewTransformationProjectRequestProjectConfigType0,
)
from ..models.new_transformation_project_request_type import NewTransformationProjectRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewTransformationProjectRequest")


@_attrs_define
class NewTransformationProjectRequest:
    """
    Attributes:
        group_id (None | str | Unset): The unique identifier for the group within the Fivetran system
        type_ (NewTransformationProjectRequestType | Unset): Transformation project type
        run_tests (bool | None | Unset): The boolean flag specifies if the project should be tested after creation or
            update operation
        project_config (NewTransformationProjectRequestProjectConfigType0 | None | Unset): Service-specific
            `project_config`, kept as a free-form mapping: its keys depend on `type` and change over time.
    """

    group_id: None | str | Unset = UNSET
    type_: NewTransformationProjectRequestType | Unset = UNSET
    run_tests: bool | None | Unset = UNSET
    project_config: NewTransformationProjectRequestProjectConfigType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        run_tests: bool | None | Unset
        if isinstance(self.run_tests, Unset):
            run_tests = UNSET
        else:
            run_tests = self.run_tests

        project_config: dict[str, Any] | None | Unset
        if isinstance(self.project_config, Unset):
            project_config = UNSET
        elif isinstance(self.project_config, NewTransformationProjectRequestProjectConfigType0):
            project_config = self.project_config.to_dict()
        else:
            project_config = self.project_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if run_tests is not UNSET:
            field_dict["run_tests"] = run_tests
        if project_config is not UNSET:
            field_dict["project_config"] = project_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        group_id = cast(None | str | Unset, d.pop("group_id", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: NewTransformationProjectRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NewTransformationProjectRequestType(_type_)

        run_tests = cast(bool | None | Unset, d.pop("run_tests", UNSET))

        def _parse_project_config(data: object) -> NewTransformationProjectRequestProjectConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_config_type_0 = NewTransformationProjectRequestProjectConfigType0.from_dict(data)

                return project_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewTransformationProjectRequestProjectConfigType0 | None | Unset, data)

        project_config = _parse_project_config(d.pop("project_config", UNSET))

        new_transformation_project_request = cls(
            group_id=group_id,
            type_=type_,
            run_tests=run_tests,
            project_config=project_config,
        )

        new_transformation_project_request.additional_properties = d
        return new_transformation_project_request

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
