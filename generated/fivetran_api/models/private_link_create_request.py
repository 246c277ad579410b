from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.private_link_create_request_config import PrivateLinkCreateRequestConfig
from ..models.private_link_create_request_region import PrivateLinkCreateRequestRegion
from ..models.private_link_create_request_service import PrivateLinkCreateRequestService

T = TypeVar("T", bound="PrivateLinkCreateRequest")


@_attrs_define
class PrivateLinkCreateRequest:
    """
    Attributes:
        name (str): Private link name Example: PrivateLinkName.
        region (PrivateLinkCreateRequestRegion): Data processing location. This is where Fivetran will operate and run
            computation on data. Example: GCP_US_EAST4.
        service (PrivateLinkCreateRequestService): The name for the service type within the Fivetran system. Example:
            DATABRICKS.
        config (PrivateLinkCreateRequestConfig): Service-specific `config`, kept as a free-form mapping: its keys depend
            on `service` and change over time.
    """

    name: str
    region: PrivateLinkCreateRequestRegion
    service: PrivateLinkCreateRequestService
    config: PrivateLinkCreateRequestConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        region = self.region.value

        service = self.service.value

        config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "region": region,
                "service": service,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        name = d.pop("name")

        region = PrivateLinkCreateRequestRegion(d.pop("region"))

        service = PrivateLinkCreateRequestService(d.pop("service"))

        config = PrivateLinkCreateRequestConfig.from_dict(d.pop("config"))

        private_link_create_request = cls(
            name=name,
            region=region,
            service=service,
            config=config,
        )

        private_link_create_request.additional_properties = d
        return private_link_create_request

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
