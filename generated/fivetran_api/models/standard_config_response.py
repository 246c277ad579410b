from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_config_response_schemas import StandardConfigResponseSchemas
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardConfigResponse")


@_attrs_define
class StandardConfigResponse:
    """
    Attributes:
        enable_new_by_default (bool | None | Unset): The boolean value specifying whether to enable new schemas, tables,
            and columns by default Example: True.
        schemas (None | StandardConfigResponseSchemas | Unset): The set of schemas within your connection schema config.
            Each key is the schema name as stored in the connection schema config. Schema names are case-sensitive; an
            incorrect case results in an HTTP 404 error.
        schema_change_handling (None | str | Unset): The possible values for the schema_change_handling parameter are as
            follows: <br /> ALLOW_ALL - all new schemas, tables, and columns which appear in the source after the initial
            setup are included in syncs <br /> ALLOW_COLUMNS - all new schemas and tables which appear in the source after
            the initial setup are excluded from syncs, but new columns are included <br /> BLOCK_ALL - all new schemas,
            tables, and columns which appear in the source after the initial setup are excluded from syncs Known values:
            `ALLOW_ALL`, `ALLOW_COLUMNS`, `BLOCK_ALL` (others may appear). Example: ALLOW_ALL.
    """

    enable_new_by_default: bool | None | Unset = UNSET
    schemas: None | StandardConfigResponseSchemas | Unset = UNSET
    schema_change_handling: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        enable_new_by_default: bool | None | Unset
        if isinstance(self.enable_new_by_default, Unset):
            enable_new_by_default = UNSET
        else:
            enable_new_by_default = self.enable_new_by_default

        schemas: dict[str, Any] | None | Unset
        if isinstance(self.schemas, Unset):
            schemas = UNSET
        elif isinstance(self.schemas, StandardConfigResponseSchemas):
            schemas = self.schemas.to_dict()
        else:
            schemas = self.schemas

        schema_change_handling: None | str | Unset
        if isinstance(self.schema_change_handling, Unset):
            schema_change_handling = UNSET
        else:
            schema_change_handling = self.schema_change_handling

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_new_by_default is not UNSET:
            field_dict["enable_new_by_default"] = enable_new_by_default
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if schema_change_handling is not UNSET:
            field_dict["schema_change_handling"] = schema_change_handling

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        enable_new_by_default = cast(bool | None | Unset, d.pop("enable_new_by_default", UNSET))

        def _parse_schemas(data: object) -> None | StandardConfigResponseSchemas | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schemas_type_0 = StandardConfigResponseSchemas.from_dict(data)

                return schemas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StandardConfigResponseSchemas | Unset, data)

        schemas = _parse_schemas(d.pop("schemas", UNSET))

        schema_change_handling = cast(None | str | Unset, d.pop("schema_change_handling", UNSET))

        standard_config_response = cls(
            enable_new_by_default=enable_new_by_default,
            schemas=schemas,
            schema_change_handling=schema_change_handling,
        )

        standard_config_response.additional_properties = d
        return standard_config_response

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
