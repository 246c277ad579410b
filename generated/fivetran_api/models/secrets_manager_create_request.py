from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.json_node import JsonNode
from ..models.secrets_manager_create_request_type import SecretsManagerCreateRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretsManagerCreateRequest")


@_attrs_define
class SecretsManagerCreateRequest:
    """
    Attributes:
        type_ (SecretsManagerCreateRequestType): The ESM provider type. Supported values: AWS_SECRET_MANAGER,
            AZURE_KEY_VAULT, HASHICORP_VAULT. Example: AWS_SECRET_MANAGER.
        name (str): The name of the External Secrets Manager instance. Must be unique within the account. Example: My
            AWS Secrets Manager.
        config (JsonNode):
        is_hybrid_deployment (bool | None | Unset): Whether this External Secrets Manager instance is compatible with
            Hybrid Deployment environments. Example: False.
    """

    type_: SecretsManagerCreateRequestType
    name: str
    config: JsonNode
    is_hybrid_deployment: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        config = self.config.to_dict()

        is_hybrid_deployment: bool | None | Unset
        if isinstance(self.is_hybrid_deployment, Unset):
            is_hybrid_deployment = UNSET
        else:
            is_hybrid_deployment = self.is_hybrid_deployment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "config": config,
            }
        )
        if is_hybrid_deployment is not UNSET:
            field_dict["is_hybrid_deployment"] = is_hybrid_deployment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = SecretsManagerCreateRequestType(d.pop("type"))

        name = d.pop("name")

        config = JsonNode.from_dict(d.pop("config"))

        is_hybrid_deployment = cast(bool | None | Unset, d.pop("is_hybrid_deployment", UNSET))

        secrets_manager_create_request = cls(
            type_=type_,
            name=name,
            config=config,
            is_hybrid_deployment=is_hybrid_deployment,
        )

        secrets_manager_create_request.additional_properties = d
        return secrets_manager_create_request

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
