from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_status_response import LogStatusResponse
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogResponse")


@_attrs_define
class LogResponse:
    """
    Attributes:
        id (None | str | Unset): The unique identifier for the log service within the Fivetran system. Example: log_id.
        service (None | str | Unset): The name of the log service type within the Fivetran system. We support the
            following log services: `azure_monitor_log`, `cloudwatch`, `datadog_log`, `dynatrace`, `grafana_loki`,
            `splunkLog`, `new_relic_log`, `stackdriver` (Google Cloud Logging). Example: log_service_type.
        enabled (bool | None | Unset): The boolean value specifying whether the log service is enabled. Example: True.
        status (LogStatusResponse | None | Unset): Setup status of the log service. Present when a setup status exists
            for the log service.
    """

    id: None | str | Unset = UNSET
    service: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    status: LogStatusResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LogStatusResponse):
            status = self.status.to_dict()
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if service is not UNSET:
            field_dict["service"] = service
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        service = cast(None | str | Unset, d.pop("service", UNSET))

        enabled = cast(bool | None | Unset, d.pop("enabled", UNSET))

        def _parse_status(data: object) -> LogStatusResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_1 = LogStatusResponse.from_dict(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogStatusResponse | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        log_response = cls(
            id=id,
            service=service,
            enabled=enabled,
            status=status,
        )

        log_response.additional_properties = d
        return log_response

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
