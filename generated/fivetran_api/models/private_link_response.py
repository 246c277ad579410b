from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.private_link_response_config_type_0 import PrivateLinkResponseConfigType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateLinkResponse")


@_attrs_define
class PrivateLinkResponse:
    """
    Attributes:
        id (None | str | Unset): The unique identifier for the private link within the Fivetran system. Example:
            private_link_id.
        name (None | str | Unset): Private link name Example: PrivateLinkName.
        region (None | str | Unset): Data processing location. This is where Fivetran will operate and run computation
            on data. Known values: `GCP_US_EAST4`, `GCP_US_WEST1`, `GCP_EUROPE_WEST3`, `GCP_AUSTRALIA_SOUTHEAST1`,
            `GCP_NORTHAMERICA_NORTHEAST1`, `GCP_EUROPE_WEST2`, `GCP_ASIA_SOUTHEAST1`, `GCP_ASIA_SOUTHEAST2`,
            `GCP_ASIA_SOUTH1`, `GCP_ASIA_NORTHEAST1`, `AWS_US_EAST_1`, `AWS_US_EAST_2`, `AWS_US_WEST_2`,
            `AWS_AP_NORTHEAST_1`, `AWS_AP_SOUTHEAST_1`, `AWS_AP_SOUTHEAST_2`, `AWS_EU_CENTRAL_1`, `AWS_EU_WEST_1`,
            `AWS_EU_WEST_2`, `AWS_AP_SOUTH_1`, `AWS_CA_CENTRAL_1`, `AWS_US_GOV_WEST_1`, `AZURE_EASTUS2`,
            `AZURE_AUSTRALIAEAST`, `AZURE_UKSOUTH`, `AZURE_WESTEUROPE`, `AZURE_CENTRALUS`, `AZURE_CANADACENTRAL`,
            `AZURE_UAENORTH`, `AZURE_SOUTHEASTASIA` (others may appear). Example: AWS_US_EAST_1.
        service (None | str | Unset): The name for the service type within the Fivetran system. Known values:
            `DATABRICKS_AWS`, `SNOWFLAKE_AWS`, `REDSHIFT_AWS`, `SOURCE_AWS`, `DATABRICKS_AZURE`, `SNOWFLAKE_AZURE`,
            `ONELAKE_AZURE`, `POSTGRES_WAREHOUSE_AZURE`, `SQL_DATA_WAREHOUSE_AZURE`, `SOURCE_AZURE`, `SNOWFLAKE_GCP`,
            `SOURCE_GCP`, `DATABRICKS_GCP` (others may appear). Example: DATABRICKS.
        state (None | str | Unset): Private link state Known values: `CREATING`, `UPDATING`, `DESTROYING`, `OK`, `FAIL`
            (others may appear). Example: OK.
        host (None | str | Unset): The DNS name of the PrivateLink endpoint service. Example: example.host.com.
        account_id (None | str | Unset):
        cloud_provider (None | str | Unset): Private link cloud provider Known values: `AWS`, `GCP`, `AZURE` (others may
            appear). Example: AWS.
        created_at (datetime.datetime | None | Unset): The timestamp of the time the private link was created in your
            account Example: 2023-12-01T15:43:29.013729Z.
        created_by (None | str | Unset): The actor who created the private link Example: user_id.
        state_summary (None | str | Unset): Private link state summary Example: ....
        resource_upstream_status (None | str | Unset): The upstream status of the PrivateLink resource as reported by
            the cloud provider. Example: IDLE.
        config (None | PrivateLinkResponseConfigType0 | Unset): Service-specific `config`, kept as a free-form mapping:
            its keys depend on `service` and change over time.
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    service: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    host: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    cloud_provider: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    state_summary: None | str | Unset = UNSET
    resource_upstream_status: None | str | Unset = UNSET
    config: None | PrivateLinkResponseConfigType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        else:
            service = self.service

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        cloud_provider: None | str | Unset
        if isinstance(self.cloud_provider, Unset):
            cloud_provider = UNSET
        else:
            cloud_provider = self.cloud_provider

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        state_summary: None | str | Unset
        if isinstance(self.state_summary, Unset):
            state_summary = UNSET
        else:
            state_summary = self.state_summary

        resource_upstream_status: None | str | Unset
        if isinstance(self.resource_upstream_status, Unset):
            resource_upstream_status = UNSET
        else:
            resource_upstream_status = self.resource_upstream_status

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, PrivateLinkResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if service is not UNSET:
            field_dict["service"] = service
        if state is not UNSET:
            field_dict["state"] = state
        if host is not UNSET:
            field_dict["host"] = host
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if cloud_provider is not UNSET:
            field_dict["cloud_provider"] = cloud_provider
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if state_summary is not UNSET:
            field_dict["state_summary"] = state_summary
        if resource_upstream_status is not UNSET:
            field_dict["resource_upstream_status"] = resource_upstream_status
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        name = cast(None | str | Unset, d.pop("name", UNSET))

        region = cast(None | str | Unset, d.pop("region", UNSET))

        service = cast(None | str | Unset, d.pop("service", UNSET))

        state = cast(None | str | Unset, d.pop("state", UNSET))

        host = cast(None | str | Unset, d.pop("host", UNSET))

        account_id = cast(None | str | Unset, d.pop("account_id", UNSET))

        cloud_provider = cast(None | str | Unset, d.pop("cloud_provider", UNSET))

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

        created_by = cast(None | str | Unset, d.pop("created_by", UNSET))

        state_summary = cast(None | str | Unset, d.pop("state_summary", UNSET))

        resource_upstream_status = cast(None | str | Unset, d.pop("resource_upstream_status", UNSET))

        def _parse_config(data: object) -> None | PrivateLinkResponseConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = PrivateLinkResponseConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrivateLinkResponseConfigType0 | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        private_link_response = cls(
            id=id,
            name=name,
            region=region,
            service=service,
            state=state,
            host=host,
            account_id=account_id,
            cloud_provider=cloud_provider,
            created_at=created_at,
            created_by=created_by,
            state_summary=state_summary,
            resource_upstream_status=resource_upstream_status,
            config=config,
        )

        private_link_response.additional_properties = d
        return private_link_response

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
