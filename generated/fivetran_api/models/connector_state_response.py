from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connector_state_response_state_type_0 import ConnectorStateResponseStateType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectorStateResponse")


@_attrs_define
class ConnectorStateResponse:
    """
    Attributes:
        state (ConnectorStateResponseStateType0 | None | Unset): A freeform JSON object representing the connector's
            cursor or internal state. The structure is defined by the connector implementation and varies by connector type.
            Returns 400 if no state has been written yet. Example: {'cursor': '2024-01-01T00:00:00Z'}.
    """

    state: ConnectorStateResponseStateType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ConnectorStateResponseStateType0):
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

        def _parse_state(data: object) -> ConnectorStateResponseStateType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = ConnectorStateResponseStateType0.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectorStateResponseStateType0 | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        connector_state_response = cls(
            state=state,
        )

        connector_state_response.additional_properties = d
        return connector_state_response

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
