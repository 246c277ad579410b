from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_alert import LogAlert
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogStatusResponse")


@_attrs_define
class LogStatusResponse:
    """
    Attributes:
        tasks (list[LogAlert] | None | Unset): List of alerts describing issues with the log service configuration.
        setup_state (None | str | Unset): Current setup state of the log service. Possible values: `connected` — log
            service is reachable and forwarding events; `broken` — configuration errors prevent log delivery; `incomplete` —
            setup has not been completed and log delivery is paused. Example: `connected`. Example: connected.
    """

    tasks: list[LogAlert] | None | Unset = UNSET
    setup_state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks: list[dict[str, Any]] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = []
            for tasks_type_0_item_data in self.tasks:
                tasks_type_0_item = tasks_type_0_item_data.to_dict()
                tasks.append(tasks_type_0_item)

        else:
            tasks = self.tasks

        setup_state: None | str | Unset
        if isinstance(self.setup_state, Unset):
            setup_state = UNSET
        else:
            setup_state = self.setup_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if setup_state is not UNSET:
            field_dict["setup_state"] = setup_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_tasks(data: object) -> list[LogAlert] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tasks_type_0 = []
                _tasks_type_0 = data
                for tasks_type_0_item_data in _tasks_type_0:
                    tasks_type_0_item = LogAlert.from_dict(tasks_type_0_item_data)

                    tasks_type_0.append(tasks_type_0_item)

                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LogAlert] | None | Unset, data)

        tasks = _parse_tasks(d.pop("tasks", UNSET))

        setup_state = cast(None | str | Unset, d.pop("setup_state", UNSET))

        log_status_response = cls(
            tasks=tasks,
            setup_state=setup_state,
        )

        log_status_response.additional_properties = d
        return log_status_response

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
