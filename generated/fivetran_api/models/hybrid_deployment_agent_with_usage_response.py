from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hybrid_deployment_agent_usage_response import HybridDeploymentAgentUsageResponse
from ..types import UNSET, Unset

T = TypeVar("T", bound="HybridDeploymentAgentWithUsageResponse")


@_attrs_define
class HybridDeploymentAgentWithUsageResponse:
    """
    Attributes:
        id (None | str | Unset): The unique identifier for the hybrid deployment agent within the Fivetran system.
            Example: agent_id.
        version (None | str | Unset): Version of the Hybrid Deployment Agent Example: version.
        enabled (bool | None | Unset): The boolean value specifying whether the Hybrid Deployment Agent is enabled.
            Example: True.
        online (bool | None | Unset): The boolean value specifying whether the Hybrid Deployment Agent is online.
            Example: True.
        usage (list[HybridDeploymentAgentUsageResponse] | None | Unset):
        display_name (None | str | Unset): Hybrid Deployment Agent display name. Example: display_name.
        group_id (None | str | Unset): The unique identifier for the group within your Fivetran account. Example:
            group_id.
        registered_at (datetime.datetime | None | Unset): Time when this Hybrid Deployment Agent was created. Example:
            2024-12-01T15:43:29.013729Z.
        created_by (None | str | Unset): The actor who created the Hybrid Deployment Agent Example: created_by.
        deployment_type (None | str | Unset): Environment type. Known values: `DOCKER`, `PODMAN`, `KUBERNETES`,
            `SNOWPARK` (others may appear). Example: DOCKER.
        updated_at (datetime.datetime | None | Unset): Time when this Hybrid Deployment Agent was updated. Example:
            2024-12-01T15:43:29.013729Z.
        last_used_at (datetime.datetime | None | Unset): The time this Hybrid Deployment Agent was last used. Example:
            2024-12-01T15:43:29.013729Z.
    """

    id: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    online: bool | None | Unset = UNSET
    usage: list[HybridDeploymentAgentUsageResponse] | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    registered_at: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    deployment_type: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    last_used_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        online: bool | None | Unset
        if isinstance(self.online, Unset):
            online = UNSET
        else:
            online = self.online

        usage: list[dict[str, Any]] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, list):
            usage = []
            for usage_type_0_item_data in self.usage:
                usage_type_0_item = usage_type_0_item_data.to_dict()
                usage.append(usage_type_0_item)

        else:
            usage = self.usage

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        registered_at: None | str | Unset
        if isinstance(self.registered_at, Unset):
            registered_at = UNSET
        elif isinstance(self.registered_at, datetime.datetime):
            registered_at = self.registered_at.isoformat()
        else:
            registered_at = self.registered_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        deployment_type: None | str | Unset
        if isinstance(self.deployment_type, Unset):
            deployment_type = UNSET
        else:
            deployment_type = self.deployment_type

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if online is not UNSET:
            field_dict["online"] = online
        if usage is not UNSET:
            field_dict["usage"] = usage
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if registered_at is not UNSET:
            field_dict["registered_at"] = registered_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if deployment_type is not UNSET:
            field_dict["deployment_type"] = deployment_type
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        version = cast(None | str | Unset, d.pop("version", UNSET))

        enabled = cast(bool | None | Unset, d.pop("enabled", UNSET))

        online = cast(bool | None | Unset, d.pop("online", UNSET))

        def _parse_usage(data: object) -> list[HybridDeploymentAgentUsageResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                usage_type_0 = []
                _usage_type_0 = data
                for usage_type_0_item_data in _usage_type_0:
                    usage_type_0_item = HybridDeploymentAgentUsageResponse.from_dict(usage_type_0_item_data)

                    usage_type_0.append(usage_type_0_item)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HybridDeploymentAgentUsageResponse] | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        display_name = cast(None | str | Unset, d.pop("display_name", UNSET))

        group_id = cast(None | str | Unset, d.pop("group_id", UNSET))

        def _parse_registered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                registered_at_type_0 = datetime.datetime.fromisoformat(data)

                return registered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        registered_at = _parse_registered_at(d.pop("registered_at", UNSET))

        created_by = cast(None | str | Unset, d.pop("created_by", UNSET))

        deployment_type = cast(None | str | Unset, d.pop("deployment_type", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_last_used_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at", UNSET))

        hybrid_deployment_agent_with_usage_response = cls(
            id=id,
            version=version,
            enabled=enabled,
            online=online,
            usage=usage,
            display_name=display_name,
            group_id=group_id,
            registered_at=registered_at,
            created_by=created_by,
            deployment_type=deployment_type,
            updated_at=updated_at,
            last_used_at=last_used_at,
        )

        hybrid_deployment_agent_with_usage_response.additional_properties = d
        return hybrid_deployment_agent_with_usage_response

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
