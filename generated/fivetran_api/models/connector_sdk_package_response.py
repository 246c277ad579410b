from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectorSdkPackageResponse")


@_attrs_define
class ConnectorSdkPackageResponse:
    """
    Attributes:
        id (None | str | Unset): The unique identifier for the Connector SDK package. Example: package_id.
        connection_id (None | str | Unset): The connection identifier associated with this package. Each package can
            only be associated with one connection at a time. Returns null if the package is not yet associated with any
            connection. Example: connection_id.
        created_by (None | str | Unset): The unique identifier of the user who created the package. Example: user_id.
        last_updated_by (None | str | Unset): The unique identifier of the user who last updated the package. Example:
            user_id.
        created_at (datetime.datetime | None | Unset): The timestamp when the package was created. Example:
            2024-01-14T19:30:00Z.
        updated_at (datetime.datetime | None | Unset): The timestamp when the package was last updated. Example:
            2024-01-14T20:15:00Z.
        file_sha256_hash (None | str | Unset): The SHA-256 hash of the uploaded package file. Used for integrity
            verification and change detection. Example: a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2.
    """

    id: None | str | Unset = UNSET
    connection_id: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    last_updated_by: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    file_sha256_hash: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        connection_id: None | str | Unset
        if isinstance(self.connection_id, Unset):
            connection_id = UNSET
        else:
            connection_id = self.connection_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        last_updated_by: None | str | Unset
        if isinstance(self.last_updated_by, Unset):
            last_updated_by = UNSET
        else:
            last_updated_by = self.last_updated_by

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

        file_sha256_hash: None | str | Unset
        if isinstance(self.file_sha256_hash, Unset):
            file_sha256_hash = UNSET
        else:
            file_sha256_hash = self.file_sha256_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_updated_by is not UNSET:
            field_dict["last_updated_by"] = last_updated_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if file_sha256_hash is not UNSET:
            field_dict["file_sha256_hash"] = file_sha256_hash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        connection_id = cast(None | str | Unset, d.pop("connection_id", UNSET))

        created_by = cast(None | str | Unset, d.pop("created_by", UNSET))

        last_updated_by = cast(None | str | Unset, d.pop("last_updated_by", UNSET))

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

        file_sha256_hash = cast(None | str | Unset, d.pop("file_sha256_hash", UNSET))

        connector_sdk_package_response = cls(
            id=id,
            connection_id=connection_id,
            created_by=created_by,
            last_updated_by=last_updated_by,
            created_at=created_at,
            updated_at=updated_at,
            file_sha256_hash=file_sha256_hash,
        )

        connector_sdk_package_response.additional_properties = d
        return connector_sdk_package_response

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
