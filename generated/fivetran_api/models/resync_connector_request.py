from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resync_connector_request_scope_type_0 import ResyncConnectorRequestScopeType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResyncConnectorRequest")


@_attrs_define
class ResyncConnectorRequest:
    """
    Attributes:
        scope (None | ResyncConnectorRequestScopeType0 | Unset): A map where each key is a schema name and each value is
            a non-empty array of table names to re-sync within that schema.
            Both the scope object and each schema's table array must be non-empty — an empty scope object or an empty table
            array returns 400.
            If omitted or set to null, all schemas and tables of the connection are re-synced.
            This parameter is only supported for connectors that support table-level re-sync (typically database connectors
            such as PostgreSQL, MySQL, and Oracle). Sending scope to an unsupported connector type (for example, Google
            Sheets) returns 400.
            Retrieve valid schema and table names from GET /v1/connections/{connectionId}/schemas.
    """

    scope: None | ResyncConnectorRequestScopeType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        scope: dict[str, Any] | None | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, ResyncConnectorRequestScopeType0):
            scope = self.scope.to_dict()
        else:
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_scope(data: object) -> None | ResyncConnectorRequestScopeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scope_type_0 = ResyncConnectorRequestScopeType0.from_dict(data)

                return scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResyncConnectorRequestScopeType0 | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        resync_connector_request = cls(
            scope=scope,
        )

        resync_connector_request.additional_properties = d
        return resync_connector_request

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
