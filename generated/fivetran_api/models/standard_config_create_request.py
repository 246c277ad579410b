from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_config_create_request_schema_change_handling import (
    StandardConfigCreateRequestSchemaChangeHandling,
)
from ..models.standard_config_create_request_schemas import StandardConfigCreateRequestSchemas
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardConfigCreateRequest")


@_attrs_define
class StandardConfigCreateRequest:
    """
    Attributes:
        schemas (StandardConfigCreateRequestSchemas): The set of schemas within your connection schema config. Each key
            is the schema name as stored in the connection schema config. Schema names are case-sensitive; an incorrect case
            results in an HTTP 404 error. Example: {'schema_name': {'enabled': True, 'tables': {'table_name': {'enabled':
            True, 'columns': {'column_name': {'enabled': True}}}}}}.
        schema_change_handling (StandardConfigCreateRequestSchemaChangeHandling | Unset): The possible values for the
            schema_change_handling parameter are as follows: <br /> ALLOW_ALL - all new schemas, tables, and columns which
            appear in the source after the initial setup are included in syncs <br /> ALLOW_COLUMNS - all new schemas and
            tables which appear in the source after the initial setup are excluded from syncs, but new columns are included
            <br /> BLOCK_ALL - all new schemas, tables, and columns which appear in the source after the initial setup are
            excluded from syncs Example: ALLOW_COLUMNS.
    """

    schemas: StandardConfigCreateRequestSchemas
    schema_change_handling: StandardConfigCreateRequestSchemaChangeHandling | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas = self.schemas.to_dict()

        schema_change_handling: str | Unset = UNSET
        if not isinstance(self.schema_change_handling, Unset):
            schema_change_handling = self.schema_change_handling.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
            }
        )
        if schema_change_handling is not UNSET:
            field_dict["schema_change_handling"] = schema_change_handling

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        schemas = StandardConfigCreateRequestSchemas.from_dict(d.pop("schemas"))

        _schema_change_handling = d.pop("schema_change_handling", UNSET)
        schema_change_handling: StandardConfigCreateRequestSchemaChangeHandling | Unset
        if isinstance(_schema_change_handling, Unset):
            schema_change_handling = UNSET
        else:
            schema_change_handling = StandardConfigCreateRequestSchemaChangeHandling(_schema_change_handling)

        standard_config_create_request = cls(
            schemas=schemas,
            schema_change_handling=schema_change_handling,
        )

        standard_config_create_request.additional_properties = d
        return standard_config_create_request

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
