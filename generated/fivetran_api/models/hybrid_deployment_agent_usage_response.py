from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HybridDeploymentAgentUsageResponse")


@_attrs_define
class HybridDeploymentAgentUsageResponse:
    """
    Attributes:
        schema (None | str | Unset): The name used both as the connection's name within the Fivetran system and as the
            source schema's name within your group. Example: schema_name.
        service (None | str | Unset): The connector type name within the Fivetran system. Example: service.
        connection_id (None | str | Unset): The unique identifier for the connection within the Fivetran Example:
            connection_id.
    """

    schema: None | str | Unset = UNSET
    service: None | str | Unset = UNSET
    connection_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema: None | str | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        else:
            schema = self.schema

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        else:
            service = self.service

        connection_id: None | str | Unset
        if isinstance(self.connection_id, Unset):
            connection_id = UNSET
        else:
            connection_id = self.connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if service is not UNSET:
            field_dict["service"] = service
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        schema = cast(None | str | Unset, d.pop("schema", UNSET))

        service = cast(None | str | Unset, d.pop("service", UNSET))

        connection_id = cast(None | str | Unset, d.pop("connection_id", UNSET))

        hybrid_deployment_agent_usage_response = cls(
            schema=schema,
            service=service,
            connection_id=connection_id,
        )

        hybrid_deployment_agent_usage_response.additional_properties = d
        return hybrid_deployment_agent_usage_response

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
