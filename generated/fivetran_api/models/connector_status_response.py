from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_task import ConnectionTask
from ..models.connection_warning import ConnectionWarning
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectorStatusResponse")


@_attrs_define
class ConnectorStatusResponse:
    """
    Attributes:
        tasks (list[ConnectionTask] | None | Unset): The collection of tasks for the connection
        warnings (list[ConnectionWarning] | None | Unset): The collection of warnings for the connection
        setup_state (None | str | Unset): The current setup state of the connection. The available values are: <br /> -
            incomplete - the setup config is incomplete, the setup tests never succeeded <br /> - connected - the connection
            is properly set up <br /> - broken - the connection setup config is broken. Example: connected.
        schema_status (None | str | Unset): Schema status. Returned only for connectors that support [Universal Column
            Masking flow](https://fivetran.com/docs/rest-api/tutorials/schema-status). Example: ready.
        sync_state (None | str | Unset): The current sync state of the connection. The available values are: <br /> -
            scheduled - the sync is waiting to be run <br /> - syncing - the sync is currently running <br /> - paused - the
            sync is currently paused <br /> - rescheduled - the sync is waiting until more API calls are available in the
            source service. Example: scheduled.
        update_state (None | str | Unset): The current data update state of the connection. The available values are:
            <br /> - on_schedule - the sync is running smoothly, no delays <br /> - delayed - the data is delayed for a
            longer time than expected for the update. Example: delayed.
        is_historical_sync (bool | None | Unset): The boolean specifying whether the connection should be triggered to
            re-sync all historical data. If you set this parameter to TRUE, a [historical
            sync](https://fivetran.com/docs/getting-started/glossary#historicalsync) starts immediately. If a sync is
            currently running, it's canceled and restarted as a historical sync. All subsequent syncs after the historical
            sync completes will be incremental. If the value is FALSE or not specified, the connection doesn't re-sync
            historical data. This parameter is automatically reset to FALSE once the historical sync is completed. Example:
            False.
        rescheduled_for (datetime.datetime | None | Unset): The UTC timestamp of the next scheduled sync attempt. Non-
            null only when `sync_state` is `"rescheduled"`. If `schedule_type` is `manual`, the connection expects the sync
            to be triggered at the designated time through the [Sync Connection Data](https://fivetran.com/docs/rest-
            api/api-reference/connections/sync-connection) endpoint. Example: 2024-12-01T15:43:29.013729Z.
    """

    tasks: list[ConnectionTask] | None | Unset = UNSET
    warnings: list[ConnectionWarning] | None | Unset = UNSET
    setup_state: None | str | Unset = UNSET
    schema_status: None | str | Unset = UNSET
    sync_state: None | str | Unset = UNSET
    update_state: None | str | Unset = UNSET
    is_historical_sync: bool | None | Unset = UNSET
    rescheduled_for: datetime.datetime | None | Unset = UNSET
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

        warnings: list[dict[str, Any]] | None | Unset
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = []
            for warnings_type_0_item_data in self.warnings:
                warnings_type_0_item = warnings_type_0_item_data.to_dict()
                warnings.append(warnings_type_0_item)

        else:
            warnings = self.warnings

        setup_state: None | str | Unset
        if isinstance(self.setup_state, Unset):
            setup_state = UNSET
        else:
            setup_state = self.setup_state

        schema_status: None | str | Unset
        if isinstance(self.schema_status, Unset):
            schema_status = UNSET
        else:
            schema_status = self.schema_status

        sync_state: None | str | Unset
        if isinstance(self.sync_state, Unset):
            sync_state = UNSET
        else:
            sync_state = self.sync_state

        update_state: None | str | Unset
        if isinstance(self.update_state, Unset):
            update_state = UNSET
        else:
            update_state = self.update_state

        is_historical_sync: bool | None | Unset
        if isinstance(self.is_historical_sync, Unset):
            is_historical_sync = UNSET
        else:
            is_historical_sync = self.is_historical_sync

        rescheduled_for: None | str | Unset
        if isinstance(self.rescheduled_for, Unset):
            rescheduled_for = UNSET
        elif isinstance(self.rescheduled_for, datetime.datetime):
            rescheduled_for = self.rescheduled_for.isoformat()
        else:
            rescheduled_for = self.rescheduled_for

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if setup_state is not UNSET:
            field_dict["setup_state"] = setup_state
        if schema_status is not UNSET:
            field_dict["schema_status"] = schema_status
        if sync_state is not UNSET:
            field_dict["sync_state"] = sync_state
        if update_state is not UNSET:
            field_dict["update_state"] = update_state
        if is_historical_sync is not UNSET:
            field_dict["is_historical_sync"] = is_historical_sync
        if rescheduled_for is not UNSET:
            field_dict["rescheduled_for"] = rescheduled_for

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_tasks(data: object) -> list[ConnectionTask] | None | Unset:
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
                    tasks_type_0_item = ConnectionTask.from_dict(tasks_type_0_item_data)

                    tasks_type_0.append(tasks_type_0_item)

                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConnectionTask] | None | Unset, data)

        tasks = _parse_tasks(d.pop("tasks", UNSET))

        def _parse_warnings(data: object) -> list[ConnectionWarning] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                warnings_type_0 = []
                _warnings_type_0 = data
                for warnings_type_0_item_data in _warnings_type_0:
                    warnings_type_0_item = ConnectionWarning.from_dict(warnings_type_0_item_data)

                    warnings_type_0.append(warnings_type_0_item)

                return warnings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConnectionWarning] | None | Unset, data)

        warnings = _parse_warnings(d.pop("warnings", UNSET))

        setup_state = cast(None | str | Unset, d.pop("setup_state", UNSET))

        schema_status = cast(None | str | Unset, d.pop("schema_status", UNSET))

        sync_state = cast(None | str | Unset, d.pop("sync_state", UNSET))

        update_state = cast(None | str | Unset, d.pop("update_state", UNSET))

        is_historical_sync = cast(bool | None | Unset, d.pop("is_historical_sync", UNSET))

        def _parse_rescheduled_for(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rescheduled_for_type_0 = datetime.datetime.fromisoformat(data)

                return rescheduled_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        rescheduled_for = _parse_rescheduled_for(d.pop("rescheduled_for", UNSET))

        connector_status_response = cls(
            tasks=tasks,
            warnings=warnings,
            setup_state=setup_state,
            schema_status=schema_status,
            sync_state=sync_state,
            update_state=update_state,
            is_historical_sync=is_historical_sync,
            rescheduled_for=rescheduled_for,
        )

        connector_status_response.additional_properties = d
        return connector_status_response

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
