from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.drop_columns_request_schemas import DropColumnsRequestSchemas

T = TypeVar("T", bound="DropColumnsRequest")


@_attrs_define
class DropColumnsRequest:
    """
    Attributes:
        schemas (DropColumnsRequestSchemas): The set of schemas within your connection schema config. Each key is the
            schema name as stored in the connection schema config. Schema names are case-sensitive; an incorrect case
            results in an HTTP 404 error.
    """

    schemas: DropColumnsRequestSchemas
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas = self.schemas.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        schemas = DropColumnsRequestSchemas.from_dict(d.pop("schemas"))

        drop_columns_request = cls(
            schemas=schemas,
        )

        drop_columns_request.additional_properties = d
        return drop_columns_request

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
