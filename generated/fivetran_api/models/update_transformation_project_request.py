from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_transformation_project_request_project_config_type_0 import (
    UpdateTransformationProjectRequestProjectConfigType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTransformationProjectRequest")


@_attrs_define
class UpdateTransformationProjectRequest:
    """
    Attributes:
        run_tests (bool | None | Unset): The boolean flag specifies if the project should be tested after creation or
            update operation
        project_config (None | Unset | UpdateTransformationProjectRequestProjectConfigType0): Service-specific
            `project_config`, kept as a free-form mapping: its keys depend on `type` and change over time.
    """

    run_tests: bool | None | Unset = UNSET
    project_config: None | Unset | UpdateTransformationProjectRequestProjectConfigType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        run_tests: bool | None | Unset
        if isinstance(self.run_tests, Unset):
            run_tests = UNSET
        else:
            run_tests = self.run_tests

        project_config: dict[str, Any] | None | Unset
        if isinstance(self.project_config, Unset):
            project_config = UNSET
        elif isinstance(self.project_config, UpdateTransformationProjectRequestProjectConfigType0):
            project_config = self.project_config.to_dict()
        else:
            project_config = self.project_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_tests is not UNSET:
            field_dict["run_tests"] = run_tests
        if project_config is not UNSET:
            field_dict["project_config"] = project_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        run_tests = cast(bool | None | Unset, d.pop("run_tests", UNSET))

        def _parse_project_config(data: object) -> None | Unset | UpdateTransformationProjectRequestProjectConfigType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_config_type_0 = UpdateTransformationProjectRequestProjectConfigType0.from_dict(data)

                return project_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateTransformationProjectRequestProjectConfigType0, data)

        project_config = _parse_project_config(d.pop("project_config", UNSET))

        update_transformation_project_request = cls(
            run_tests=run_tests,
            project_config=project_config,
        )

        update_transformation_project_request.additional_properties = d
        return update_transformation_project_request

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
