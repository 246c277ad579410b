from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proxy_agent_usage_response import ProxyAgentUsageResponse
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProxyAgentWithUsageResponse")


@_attrs_define
class ProxyAgentWithUsageResponse:
    """
    Attributes:
        id (None | str | Unset): The unique identifier for the proxy agent within the Fivetran system. Example: id.
        account_id (None | str | Unset): Fivetran Account ID. Example: account_id.
        registered_at (datetime.datetime | None | Unset): The timestamp of the time the proxy agent was created in your
            account. Example: 2018-12-01T15:43:29.013729Z.
        region (None | str | Unset): Data processing location. This is where Fivetran will operate and run computation
            on data. Known values: `GCP_US_EAST4`, `GCP_US_WEST1`, `GCP_US_CENTRAL1`, `GCP_EUROPE_WEST3`,
            `GCP_AUSTRALIA_SOUTHEAST1`, `GCP_NORTHAMERICA_NORTHEAST1`, `GCP_EUROPE_WEST2`, `GCP_ASIA_SOUTHEAST1`,
            `GCP_ASIA_SOUTHEAST2`, `GCP_ASIA_SOUTH1`, `GCP_ASIA_NORTHEAST1`, `GCP_ASIA_NORTHEAST3`, `GCP_ME_CENTRAL2`,
            `AWS_US_EAST_1`, `AWS_US_EAST_2`, `AWS_US_WEST_2`, `AWS_AP_NORTHEAST_1`, `AWS_AP_NORTHEAST_2`,
            `AWS_AP_SOUTHEAST_1`, `AWS_AP_SOUTHEAST_2`, `AWS_EU_CENTRAL_1`, `AWS_EU_NORTH_1`, `AWS_EU_WEST_1`,
            `AWS_EU_WEST_2`, `AWS_AP_SOUTH_1`, `AWS_CA_CENTRAL_1`, `AWS_US_GOV_WEST_1`, `AZURE_EASTUS2`,
            `AZURE_AUSTRALIAEAST`, `AZURE_UKSOUTH`, `AZURE_WESTEUROPE`, `AZURE_CENTRALUS`, `AZURE_CANADACENTRAL`,
            `AZURE_UAENORTH`, `AZURE_SOUTHEASTASIA`, `AZURE_EASTUS`, `AZURE_JAPANEAST`, `AZURE_CENTRALINDIA`,
            `AZURE_GERMANYWESTCENTRAL`, `AZURE_WESTUS3`, `AZURE_SWITZERLANDNORTH`, `AZURE_KOREACENTRAL` (others may appear).
            Example: GCP_US_EAST4.
        created_by (None | str | Unset): The actor who created the proxy agent. Example: created_by.
        display_name (None | str | Unset): Proxy agent name. Example: display_name.
        version (None | str | Unset): The version of the proxy agent. Example: 1.0.0.
        status (None | str | Unset): The connection status of the proxy agent. Known values: `NOT_FOUND`, `CONNECTED`,
            `NOT_CONNECTED` (others may appear). Example: CONNECTED.
        usage (list[ProxyAgentUsageResponse] | None | Unset): List of source connections and destinations using this
            proxy agent.
    """

    id: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    registered_at: datetime.datetime | None | Unset = UNSET
    region: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    usage: list[ProxyAgentUsageResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        registered_at: None | str | Unset
        if isinstance(self.registered_at, Unset):
            registered_at = UNSET
        elif isinstance(self.registered_at, datetime.datetime):
            registered_at = self.registered_at.isoformat()
        else:
            registered_at = self.registered_at

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if registered_at is not UNSET:
            field_dict["registered_at"] = registered_at
        if region is not UNSET:
            field_dict["region"] = region
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if version is not UNSET:
            field_dict["version"] = version
        if status is not UNSET:
            field_dict["status"] = status
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        account_id = cast(None | str | Unset, d.pop("account_id", UNSET))

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

        region = cast(None | str | Unset, d.pop("region", UNSET))

        created_by = cast(None | str | Unset, d.pop("created_by", UNSET))

        display_name = cast(None | str | Unset, d.pop("display_name", UNSET))

        version = cast(None | str | Unset, d.pop("version", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        def _parse_usage(data: object) -> list[ProxyAgentUsageResponse] | None | Unset:
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
                    usage_type_0_item = ProxyAgentUsageResponse.from_dict(usage_type_0_item_data)

                    usage_type_0.append(usage_type_0_item)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProxyAgentUsageResponse] | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        proxy_agent_with_usage_response = cls(
            id=id,
            account_id=account_id,
            registered_at=registered_at,
            region=region,
            created_by=created_by,
            display_name=display_name,
            version=version,
            status=status,
            usage=usage,
        )

        proxy_agent_with_usage_response.additional_properties = d
        return proxy_agent_with_usage_response

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
