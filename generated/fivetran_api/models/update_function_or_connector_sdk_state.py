from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.json_node import JsonNode
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFunctionOrConnectorSdkState")


@_attrs_define
class UpdateFunctionOrConnectorSdkState:
    """
    Attributes:
        state (JsonNode | None | Unset): A freeform JSON object representing the connector's cursor or internal state to
            write. The structure is defined by the connector implementation and varies by connector type. If omitted or set
            to null, the existing state is preserved and the response returns 200 without modification. Example: {'cursor':
            '2024-01-01T00:00:00Z'}.
    """

    state: JsonNode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, JsonNode):
            state = self.state.to_dict()
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_state(data: object) -> JsonNode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_1 = JsonNode.from_dict(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonNode | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        update_function_or_connector_sdk_state = cls(
            state=state,
        )

        update_function_or_connector_sdk_state.additional_properties = d
        return update_function_or_connector_sdk_state

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
