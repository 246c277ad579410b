from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.connection_task import ConnectionTask
    from ..models.connection_warning import ConnectionWarning
    from ..types import UNSET, Unset

__all__ = ["ConnectionStatus"]


class ConnectionStatus(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        setup_state (str): The current setup state of the connection. The available values are: <br /> - incomplete -
            the setup config is incomplete, the setup tests never succeeded <br /> - connected - the connection is properly
            set up <br /> - broken - the connection setup config is broken. Example: connected.
        sync_state (str): The current sync state of the connection. The available values are: <br /> - scheduled - the
            sync is waiting to be run <br /> - syncing - the sync is currently running <br /> - paused - the sync is
            currently paused <br /> - rescheduled - the sync is waiting until more API calls are available in the source
            service. Example: scheduled.
        update_state (str): The current data update state of the connection. The available values are: <br /> -
            on_schedule - the sync is running smoothly, no delays <br /> - delayed - the data is delayed for a longer time
            than expected for the update. Example: delayed.
        is_historical_sync (bool): The boolean specifying whether the connection should be triggered to re-sync all
            historical data. If you set this parameter to TRUE, a [historical sync](https://fivetran.com/docs/getting-
            started/glossary#historicalsync) starts immediately. If a sync is currently running, it's canceled and restarted
            as a historical sync. All subsequent syncs after the historical sync completes will be incremental. If the value
            is FALSE or not specified, the connection doesn't re-sync historical data. This parameter is automatically reset
            to FALSE once the historical sync is completed. Example: False.
        tasks (list[ConnectionTask] | None | Unset): The collection of tasks for the connection
        warnings (list[ConnectionWarning] | None | Unset): The collection of warnings for the connection
        schema_status (None | str | Unset): Schema status. Returned only for connectors that support [Universal Column
            Masking flow](https://fivetran.com/docs/rest-api/tutorials/schema-status). Example: ready.
        rescheduled_for (datetime.datetime | None | Unset): The UTC timestamp of the next scheduled sync attempt. Non-
            null only when `sync_state` is `"rescheduled"`. If `schedule_type` is `manual`, the connection expects the sync
            to be triggered at the designated time through the [Sync Connection Data](https://fivetran.com/docs/rest-
            api/api-reference/connections/sync-connection) endpoint. Example: 2024-12-01T15:43:29.013729Z.
    """

    setup_state: Field[str] = Field("setup_state", required=True)
    sync_state: Field[str] = Field("sync_state", required=True)
    update_state: Field[str] = Field("update_state", required=True)
    is_historical_sync: Field[bool] = Field("is_historical_sync", required=True)
    tasks: Field[list[ConnectionTask] | None | Unset] = Field(
        "tasks", ListOf(Nested("connection_task", "ConnectionTask"))
    )
    warnings: Field[list[ConnectionWarning] | None | Unset] = Field(
        "warnings", ListOf(Nested("connection_warning", "ConnectionWarning"))
    )
    schema_status: Field[None | str | Unset] = Field("schema_status")
    rescheduled_for: Field[datetime.datetime | None | Unset] = Field("rescheduled_for", DATETIME)

    def __init__(
        self,
        *,
        setup_state: str,
        sync_state: str,
        update_state: str,
        is_historical_sync: bool,
        tasks: list[ConnectionTask] | None | Unset = UNSET,
        warnings: list[ConnectionWarning] | None | Unset = UNSET,
        schema_status: None | str | Unset = UNSET,
        rescheduled_for: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "setup_state": setup_state,
                "sync_state": sync_state,
                "update_state": update_state,
                "is_historical_sync": is_historical_sync,
                "tasks": tasks,
                "warnings": warnings,
                "schema_status": schema_status,
                "rescheduled_for": rescheduled_for,
            }
        )
