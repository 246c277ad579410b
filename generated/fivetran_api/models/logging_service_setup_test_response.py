from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.setup_test_result_response import SetupTestResultResponse
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoggingServiceSetupTestResponse")


@_attrs_define
class LoggingServiceSetupTestResponse:
    """
    Attributes:
        setup_tests (list[SetupTestResultResponse] | None | Unset):
    """

    setup_tests: list[SetupTestResultResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if setup_tests is not UNSET:
            field_dict["setup_tests"] = setup_tests

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

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

        logging_service_setup_test_response = cls(
            setup_tests=setup_tests,
        )

        logging_service_setup_test_response.additional_properties = d
        return logging_service_setup_test_response

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
