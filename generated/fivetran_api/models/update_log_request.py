from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateLogRequest")


@_attrs_define
class UpdateLogRequest:
    """
    Attributes:
        enabled (bool | None | Unset): The boolean value specifying whether the log service is enabled. Example: True.
        config (Any | Unset): The setup configuration. Check possible config formats in [create method](/docs/rest-
            api/api-reference/log-service-management/add-log-service/)
        run_setup_tests (bool | None | Unset): When `true`, Fivetran runs setup tests immediately after creating or
            updating the log service and returns the results in the `setup_tests` field of the response. Defaults to
            `false`. Example: False.
    """

    enabled: bool | None | Unset = UNSET
    config: Any | Unset = UNSET
    run_setup_tests: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        config = self.config

        run_setup_tests: bool | None | Unset
        if isinstance(self.run_setup_tests, Unset):
            run_setup_tests = UNSET
        else:
            run_setup_tests = self.run_setup_tests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if config is not UNSET:
            field_dict["config"] = config
        if run_setup_tests is not UNSET:
            field_dict["run_setup_tests"] = run_setup_tests

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        enabled = cast(bool | None | Unset, d.pop("enabled", UNSET))

        config = d.pop("config", UNSET)

        run_setup_tests = cast(bool | None | Unset, d.pop("run_setup_tests", UNSET))

        update_log_request = cls(
            enabled=enabled,
            config=config,
            run_setup_tests=run_setup_tests,
        )

        update_log_request.additional_properties = d
        return update_log_request

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
