from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.setup_test_result_response import SetupTestResultResponse
from ..models.transformation_project_details_response_project_config_type_0 import (
    TransformationProjectDetailsResponseProjectConfigType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransformationProjectDetailsResponse")


@_attrs_define
class TransformationProjectDetailsResponse:
    """
    Attributes:
        id (None | str | Unset): The unique identifier for the transformation project within the Fivetran system
        type_ (None | str | Unset): Transformation project type Known values: `DBT_CORE` (others may appear).
        status (None | str | Unset): The status of transformation project Known values: `NOT_READY`, `READY`, `ERROR`
            (others may appear).
        errors (list[str] | None | Unset): The list of errors occurred during project processing and setup
        created_at (datetime.datetime | None | Unset): The timestamp when the transformation project was created
        created_by_id (None | str | Unset): The unique identifier for the actor (user or system key) within the Fivetran
            system
        group_id (None | str | Unset): The unique identifier for the group within the Fivetran system
        setup_tests (list[SetupTestResultResponse] | None | Unset): The setup tests results
        project_config (None | TransformationProjectDetailsResponseProjectConfigType0 | Unset): Service-specific
            `project_config`, kept as a free-form mapping: its keys depend on `type` and change over time.
    """

    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    errors: list[str] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    setup_tests: list[SetupTestResultResponse] | None | Unset = UNSET
    project_config: None | TransformationProjectDetailsResponseProjectConfigType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        errors: list[str] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

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

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        setup_tests: list[dict[str, Any]] | None | Unset
        if isinstance(self.setup_tests, Unset):
            setup_tests = UNSET
        elif isinstance(self.setup_tests, list):
            setup_tests = []
            for setup_tests_type_0_item_data in self.setup_tests:
                setup_tests_type_0_item = setup_tests_type_0_item_data.to_dict()
                setup_tests.append(setup_tests_type_0_item)

        else:
            setup_tests = self.setup_tests

        project_config: dict[str, Any] | None | Unset
        if isinstance(self.project_config, Unset):
            project_config = UNSET
        elif isinstance(self.project_config, TransformationProjectDetailsResponseProjectConfigType0):
            project_config = self.project_config.to_dict()
        else:
            project_config = self.project_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if errors is not UNSET:
            field_dict["errors"] = errors
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if setup_tests is not UNSET:
            field_dict["setup_tests"] = setup_tests
        if project_config is not UNSET:
            field_dict["project_config"] = project_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        def _parse_errors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = cast(list[str], data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

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

        group_id = cast(None | str | Unset, d.pop("group_id", UNSET))

        def _parse_setup_tests(data: object) -> list[SetupTestResultResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                setup_tests_type_0 = []
                _setup_tests_type_0 = data
                for setup_tests_type_0_item_data in _setup_tests_type_0:
                    setup_tests_type_0_item = SetupTestResultResponse.from_dict(setup_tests_type_0_item_data)

                    setup_tests_type_0.append(setup_tests_type_0_item)

                return setup_tests_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SetupTestResultResponse] | None | Unset, data)

        setup_tests = _parse_setup_tests(d.pop("setup_tests", UNSET))

        def _parse_project_config(
            data: object,
        ) -> None | TransformationProjectDetailsResponseProjectConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_config_type_0 = TransformationProjectDetailsResponseProjectConfigType0.from_dict(data)

                return project_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransformationProjectDetailsResponseProjectConfigType0 | Unset, data)

        project_config = _parse_project_config(d.pop("project_config", UNSET))

        transformation_project_details_response = cls(
            id=id,
            type_=type_,
            status=status,
            errors=errors,
            created_at=created_at,
            created_by_id=created_by_id,
            group_id=group_id,
            setup_tests=setup_tests,
            project_config=project_config,
        )

        transformation_project_details_response.additional_properties = d
        return transformation_project_details_response

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
