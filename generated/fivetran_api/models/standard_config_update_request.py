from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_config_update_request_schema_change_handling import (
    StandardConfigUpdateRequestSchemaChangeHandling,
)
from ..models.standard_config_update_request_schemas_type_0 import StandardConfigUpdateRequestSchemasType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardConfigUpdateRequest")


@_attrs_define
class StandardConfigUpdateRequest:
    """
    Attributes:
        schemas (None | StandardConfigUpdateRequestSchemasType0 | Unset): The set of schemas within your connection
            schema config. Each key is the schema name as stored in the connection schema config. Schema names are case-
            sensitive; an incorrect case results in an HTTP 404 error. Example: {'schema_name': {'enabled': True, 'tables':
            {'table_name': {'enabled': True, 'columns': {'column_name': {'enabled': True}}}}}}.
        schema_change_handling (StandardConfigUpdateRequestSchemaChangeHandling | Unset): The possible values for the
            schema_change_handling parameter are as follows: <br /> ALLOW_ALL - all new schemas, tables, and columns which
            appear in the source after the initial setup are included in syncs <br /> ALLOW_COLUMNS - all new schemas and
            tables which appear in the source after the initial setup are excluded from syncs, but new columns are included
            <br /> BLOCK_ALL - all new schemas, tables, and columns which appear in the source after the initial setup are
            excluded from syncs Example: BLOCK_ALL.
        is_type_locked (bool | None | Unset): The boolean value specifying whether the connection’s destination data
            types are locked to the types determined from the source. If enabled before or immediately after the initial
            sync, the [type lock](https://fivetran.com/docs/using-fivetran/features/type-locking) captures the types
            determined at the initial sync; if enabled later, it captures the types determined on the first sync after
            enabling. Re-enabling an already-enabled lock does not change previously locked types. Example: False.
    """

    schemas: None | StandardConfigUpdateRequestSchemasType0 | Unset = UNSET
    schema_change_handling: StandardConfigUpdateRequestSchemaChangeHandling | Unset = UNSET
    is_type_locked: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        schemas: dict[str, Any] | None | Unset
        if isinstance(self.schemas, Unset):
            schemas = UNSET
        elif isinstance(self.schemas, StandardConfigUpdateRequestSchemasType0):
            schemas = self.schemas.to_dict()
        else:
            schemas = self.schemas

        schema_change_handling: str | Unset = UNSET
        if not isinstance(self.schema_change_handling, Unset):
            schema_change_handling = self.schema_change_handling.value

        is_type_locked: bool | None | Unset
        if isinstance(self.is_type_locked, Unset):
            is_type_locked = UNSET
        else:
            is_type_locked = self.is_type_locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if schema_change_handling is not UNSET:
            field_dict["schema_change_handling"] = schema_change_handling
        if is_type_locked is not UNSET:
            field_dict["is_type_locked"] = is_type_locked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_schemas(data: object) -> None | StandardConfigUpdateRequestSchemasType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schemas_type_0 = StandardConfigUpdateRequestSchemasType0.from_dict(data)

                return schemas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StandardConfigUpdateRequestSchemasType0 | Unset, data)

        schemas = _parse_schemas(d.pop("schemas", UNSET))

        _schema_change_handling = d.pop("schema_change_handling", UNSET)
        schema_change_handling: StandardConfigUpdateRequestSchemaChangeHandling | Unset
        if isinstance(_schema_change_handling, Unset):
            schema_change_handling = UNSET
        else:
            schema_change_handling = StandardConfigUpdateRequestSchemaChangeHandling(_schema_change_handling)

        is_type_locked = cast(bool | None | Unset, d.pop("is_type_locked", UNSET))

        standard_config_update_request = cls(
            schemas=schemas,
            schema_change_handling=schema_change_handling,
            is_type_locked=is_type_locked,
        )

        standard_config_update_request.additional_properties = d
        return standard_config_update_request

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
