from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_log_request_config_type_0 import AddLogRequestConfigType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddLogRequest")


@_attrs_define
class AddLogRequest:
    """
    Attributes:
        group_id (None | str | Unset): The unique identifier for the group within the Fivetran system Example: group_id.
        service (None | str | Unset): The name of the log service type within the Fivetran system. We support the
            following log services: `azure_monitor_log`, `cloudwatch`, `datadog_log`, `dynatrace`, `grafana_loki`,
            `splunkLog`, `new_relic_log`, `stackdriver` (Google Cloud Logging). Example: log_service_type.
        enabled (bool | None | Unset): The boolean value specifying whether the log service is enabled. Example: True.
        run_setup_tests (bool | None | Unset): When `true`, Fivetran runs setup tests immediately after creating or
            updating the log service and returns the results in the `setup_tests` field of the response. Defaults to
            `false`. Example: False.
        config (AddLogRequestConfigType0 | None | Unset): Service-specific `config`, kept as a free-form mapping: its
            keys depend on `service` and change over time.
    """

    group_id: None | str | Unset = UNSET
    service: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    run_setup_tests: bool | None | Unset = UNSET
    config: AddLogRequestConfigType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        else:
            service = self.service

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        run_setup_tests: bool | None | Unset
        if isinstance(self.run_setup_tests, Unset):
            run_setup_tests = UNSET
        else:
            run_setup_tests = self.run_setup_tests

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, AddLogRequestConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if service is not UNSET:
            field_dict["service"] = service
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if run_setup_tests is not UNSET:
            field_dict["run_setup_tests"] = run_setup_tests
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        group_id = cast(None | str | Unset, d.pop("group_id", UNSET))

        service = cast(None | str | Unset, d.pop("service", UNSET))

        enabled = cast(bool | None | Unset, d.pop("enabled", UNSET))

        run_setup_tests = cast(bool | None | Unset, d.pop("run_setup_tests", UNSET))

        def _parse_config(data: object) -> AddLogRequestConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = AddLogRequestConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddLogRequestConfigType0 | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        add_log_request = cls(
            group_id=group_id,
            service=service,
            enabled=enabled,
            run_setup_tests=run_setup_tests,
            config=config,
        )

        add_log_request.additional_properties = d
        return add_log_request

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
