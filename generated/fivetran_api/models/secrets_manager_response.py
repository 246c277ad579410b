from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.secrets_manager_response_config_type_0 import SecretsManagerResponseConfigType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretsManagerResponse")


@_attrs_define
class SecretsManagerResponse:
    """
    Attributes:
        id (None | str | Unset): The unique identifier of the External Secrets Manager instance. Example: lucky_tiger.
        type_ (None | str | Unset): The ESM provider type Known values: `AWS_SECRET_MANAGER`, `AZURE_KEY_VAULT`,
            `HASHICORP_VAULT` (others may appear). Example: AWS_SECRET_MANAGER.
        name (None | str | Unset): The name of the ESM instance Example: My AWS Secrets Manager.
        config (None | SecretsManagerResponseConfigType0 | Unset): Provider-specific configuration.
        is_hybrid_deployment (bool | None | Unset): Whether this External Secrets Manager instance is compatible with
            Hybrid Deployment environments. Example: True.
        created_at (datetime.datetime | None | Unset): The timestamp when the ESM instance was created. Example:
            2026-05-20T00:00:00Z.
        updated_at (datetime.datetime | None | Unset): The timestamp when the ESM instance was last updated. Example:
            2026-05-20T00:00:00Z.
    """

    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    config: None | SecretsManagerResponseConfigType0 | Unset = UNSET
    is_hybrid_deployment: bool | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, SecretsManagerResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        is_hybrid_deployment: bool | None | Unset
        if isinstance(self.is_hybrid_deployment, Unset):
            is_hybrid_deployment = UNSET
        else:
            is_hybrid_deployment = self.is_hybrid_deployment

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if config is not UNSET:
            field_dict["config"] = config
        if is_hybrid_deployment is not UNSET:
            field_dict["is_hybrid_deployment"] = is_hybrid_deployment
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        name = cast(None | str | Unset, d.pop("name", UNSET))

        def _parse_config(data: object) -> None | SecretsManagerResponseConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = SecretsManagerResponseConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SecretsManagerResponseConfigType0 | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        is_hybrid_deployment = cast(bool | None | Unset, d.pop("is_hybrid_deployment", UNSET))

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

        secrets_manager_response = cls(
            id=id,
            type_=type_,
            name=name,
            config=config,
            is_hybrid_deployment=is_hybrid_deployment,
            created_at=created_at,
            updated_at=updated_at,
        )

        secrets_manager_response.additional_properties = d
        return secrets_manager_response

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
