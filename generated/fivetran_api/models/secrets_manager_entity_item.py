from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretsManagerEntityItem")


@_attrs_define
class SecretsManagerEntityItem:
    """An entity (connection or destination) that uses an External Secrets Manager

    Attributes:
        id (None | str | Unset): The unique identifier of the source connection or destination. Example: connection_id.
        name (None | str | Unset): The schema name of the source connection, or the name of the destination group.
            Example: my_schema.
        enabled (bool | None | Unset): Whether the source connection or destination is currently active and connected.
            Example: True.
        type_ (None | str | Unset): The type of entity using this External Secrets Manager. Possible values: SOURCE,
            DESTINATION. Known values: `SOURCE`, `DESTINATION` (others may appear). Example: SOURCE.
        secret_manager_id (None | str | Unset): The unique identifier of the External Secrets Manager instance. Example:
            lucky_tiger.
        created_at (datetime.datetime | None | Unset): Timestamp when the entity was created Example:
            2024-01-01T00:00:00Z.
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    secret_manager_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
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

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        secret_manager_id: None | str | Unset
        if isinstance(self.secret_manager_id, Unset):
            secret_manager_id = UNSET
        else:
            secret_manager_id = self.secret_manager_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if type_ is not UNSET:
            field_dict["type"] = type_
        if secret_manager_id is not UNSET:
            field_dict["secret_manager_id"] = secret_manager_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        name = cast(None | str | Unset, d.pop("name", UNSET))

        enabled = cast(bool | None | Unset, d.pop("enabled", UNSET))

        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        secret_manager_id = cast(None | str | Unset, d.pop("secret_manager_id", UNSET))

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

        secrets_manager_entity_item = cls(
            id=id,
            name=name,
            enabled=enabled,
            type_=type_,
            secret_manager_id=secret_manager_id,
            created_at=created_at,
        )

        secrets_manager_entity_item.additional_properties = d
        return secrets_manager_entity_item

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
