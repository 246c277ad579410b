from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.connect_card_config import ConnectCardConfig
    from ..models.connect_card_response import ConnectCardResponse
    from ..models.connection_status import ConnectionStatus
    from ..models.connector_response_config_type_0 import ConnectorResponseConfigType0
    from ..models.connector_response_external_secrets_keys_config_type_0 import (
        ConnectorResponseExternalSecretsKeysConfigType0,
    )
    from ..models.connector_response_source_sync_details_type_0 import ConnectorResponseSourceSyncDetailsType0
    from ..models.destination_configuration import DestinationConfiguration
    from ..models.setup_test_result import SetupTestResult
    from ..types import UNSET, Unset

__all__ = ["ConnectorResponse"]


class ConnectorResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (None | str | Unset): The unique identifier for the group within the Fivetran system. Example: connection_id.
        service (None | str | Unset): The name for the connector type within the Fivetran system. Example:
            google_sheets.
        schema (None | str | Unset): The name used both as the connection's name within the Fivetran system and as the
            source schema's name within your destination. Example: gsheets.table.
        paused (bool | None | Unset): Specifies whether the connection is paused. Example: False.
        status (ConnectionStatus | None | Unset): The current state of the connection.
        config (ConnectorResponseConfigType0 | None | Unset): The connection setup configuration.
        group_id (None | str | Unset): The unique identifier for the group within the Fivetran system. Example:
            group_id.
        service_version (int | None | Unset): The connector type version within the Fivetran system. Example: 0.
        connected_by (None | str | Unset): The unique identifier of the user who has created the connection in your
            account. Example: user_id.
        created_at (datetime.datetime | None | Unset): The timestamp of when the group was created in your account.
            Example: 2024-12-01T15:43:29.013729Z.
        succeeded_at (datetime.datetime | None | Unset): The timestamp of the time the connection sync succeeded last
            time. Example: 2024-12-01T15:43:29.013729Z.
        failed_at (datetime.datetime | None | Unset): The timestamp of the time the connection sync failed last time.
            Example: 2024-12-01T15:43:29.013729Z.
        pause_after_trial (bool | None | Unset): Specifies whether the connection should be paused after the free trial
            period has ended. Example: False.
        sync_frequency (int | None | Unset): The connection sync frequency in minutes Example: 360.
        data_delay_threshold (int | None | Unset):
        data_delay_sensitivity (None | str | Unset): Known values: `LOW`, `NORMAL`, `HIGH`, `CUSTOM`, `SYNC_FREQUENCY`
            (others may appear).
        daily_sync_time (None | str | Unset): The optional parameter that defines the sync start time when the sync
            frequency is already set or being set by the current request to 1440. It can be specified in one hour increments
            starting from 00:00 to 23:00. If not specified, we will use the baseline sync start time. This parameter has no
            effect on the 0 to 60 minutes offset used to determine the actual sync start time. Example: 14:00.
        schedule_type (None | str | Unset): The connection schedule config type. Supported values: auto, manual. Lets
            you disable or enable an automatic data sync on a schedule. Example: auto.
        setup_tests (list[SetupTestResult] | None | Unset): Setup tests results
        private_link_id (None | str | Unset):
        networking_method (None | str | Unset): Known values: `Directly`, `SshTunnel`, `PrivateLink`, `ProxyAgent`,
            `UnmanagedProxyAgent`, `Unknown` (others may appear).
        proxy_agent_id (None | str | Unset):
        source_sync_details (ConnectorResponseSourceSyncDetailsType0 | None | Unset): The additional information about
            the connection's state. The format of this parameter is specific for each connector type.
        hybrid_deployment_agent_id (None | str | Unset):
        connect_card (ConnectCardResponse | None | Unset):
        connect_card_config (ConnectCardConfig | None | Unset):
        destination_configuration (DestinationConfiguration | None | Unset):
        destination_schema_names (None | str | Unset): Known values: `FIVETRAN_NAMING`, `SOURCE_NAMING` (others may
            appear).
        external_secrets_manager_id (None | str | Unset):
        external_secrets_keys_config (ConnectorResponseExternalSecretsKeysConfigType0 | None | Unset):
    """

    id: Field[None | str | Unset] = Field("id")
    service: Field[None | str | Unset] = Field("service")
    schema: Field[None | str | Unset] = Field("schema")
    paused: Field[bool | None | Unset] = Field("paused")
    status: Field[ConnectionStatus | None | Unset] = Field("status", Nested("connection_status", "ConnectionStatus"))
    config: Field[ConnectorResponseConfigType0 | None | Unset] = Field(
        "config", Nested("connector_response_config_type_0", "ConnectorResponseConfigType0")
    )
    group_id: Field[None | str | Unset] = Field("group_id")
    service_version: Field[int | None | Unset] = Field("service_version")
    connected_by: Field[None | str | Unset] = Field("connected_by")
    created_at: Field[datetime.datetime | None | Unset] = Field("created_at", DATETIME)
    succeeded_at: Field[datetime.datetime | None | Unset] = Field("succeeded_at", DATETIME)
    failed_at: Field[datetime.datetime | None | Unset] = Field("failed_at", DATETIME)
    pause_after_trial: Field[bool | None | Unset] = Field("pause_after_trial")
    sync_frequency: Field[int | None | Unset] = Field("sync_frequency")
    data_delay_threshold: Field[int | None | Unset] = Field("data_delay_threshold")
    data_delay_sensitivity: Field[None | str | Unset] = Field("data_delay_sensitivity")
    daily_sync_time: Field[None | str | Unset] = Field("daily_sync_time")
    schedule_type: Field[None | str | Unset] = Field("schedule_type")
    setup_tests: Field[list[SetupTestResult] | None | Unset] = Field(
        "setup_tests", ListOf(Nested("setup_test_result", "SetupTestResult"))
    )
    private_link_id: Field[None | str | Unset] = Field("private_link_id")
    networking_method: Field[None | str | Unset] = Field("networking_method")
    proxy_agent_id: Field[None | str | Unset] = Field("proxy_agent_id")
    source_sync_details: Field[ConnectorResponseSourceSyncDetailsType0 | None | Unset] = Field(
        "source_sync_details",
        Nested("connector_response_source_sync_details_type_0", "ConnectorResponseSourceSyncDetailsType0"),
    )
    hybrid_deployment_agent_id: Field[None | str | Unset] = Field("hybrid_deployment_agent_id")
    connect_card: Field[ConnectCardResponse | None | Unset] = Field(
        "connect_card", Nested("connect_card_response", "ConnectCardResponse")
    )
    connect_card_config: Field[ConnectCardConfig | None | Unset] = Field(
        "connect_card_config", Nested("connect_card_config", "ConnectCardConfig")
    )
    destination_configuration: Field[DestinationConfiguration | None | Unset] = Field(
        "destination_configuration", Nested("destination_configuration", "DestinationConfiguration")
    )
    destination_schema_names: Field[None | str | Unset] = Field("destination_schema_names")
    external_secrets_manager_id: Field[None | str | Unset] = Field("external_secrets_manager_id")
    external_secrets_keys_config: Field[ConnectorResponseExternalSecretsKeysConfigType0 | None | Unset] = Field(
        "external_secrets_keys_config",
        Nested(
            "connector_response_external_secrets_keys_config_type_0", "ConnectorResponseExternalSecretsKeysConfigType0"
        ),
    )

    def __init__(
        self,
        *,
        id: None | str | Unset = UNSET,
        service: None | str | Unset = UNSET,
        schema: None | str | Unset = UNSET,
        paused: bool | None | Unset = UNSET,
        status: ConnectionStatus | None | Unset = UNSET,
        config: ConnectorResponseConfigType0 | None | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        service_version: int | None | Unset = UNSET,
        connected_by: None | str | Unset = UNSET,
        created_at: datetime.datetime | None | Unset = UNSET,
        succeeded_at: datetime.datetime | None | Unset = UNSET,
        failed_at: datetime.datetime | None | Unset = UNSET,
        pause_after_trial: bool | None | Unset = UNSET,
        sync_frequency: int | None | Unset = UNSET,
        data_delay_threshold: int | None | Unset = UNSET,
        data_delay_sensitivity: None | str | Unset = UNSET,
        daily_sync_time: None | str | Unset = UNSET,
        schedule_type: None | str | Unset = UNSET,
        setup_tests: list[SetupTestResult] | None | Unset = UNSET,
        private_link_id: None | str | Unset = UNSET,
        networking_method: None | str | Unset = UNSET,
        proxy_agent_id: None | str | Unset = UNSET,
        source_sync_details: ConnectorResponseSourceSyncDetailsType0 | None | Unset = UNSET,
        hybrid_deployment_agent_id: None | str | Unset = UNSET,
        connect_card: ConnectCardResponse | None | Unset = UNSET,
        connect_card_config: ConnectCardConfig | None | Unset = UNSET,
        destination_configuration: DestinationConfiguration | None | Unset = UNSET,
        destination_schema_names: None | str | Unset = UNSET,
        external_secrets_manager_id: None | str | Unset = UNSET,
        external_secrets_keys_config: ConnectorResponseExternalSecretsKeysConfigType0 | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "service": service,
                "schema": schema,
                "paused": paused,
                "status": status,
                "config": config,
                "group_id": group_id,
                "service_version": service_version,
                "connected_by": connected_by,
                "created_at": created_at,
                "succeeded_at": succeeded_at,
                "failed_at": failed_at,
                "pause_after_trial": pause_after_trial,
                "sync_frequency": sync_frequency,
                "data_delay_threshold": data_delay_threshold,
                "data_delay_sensitivity": data_delay_sensitivity,
                "daily_sync_time": daily_sync_time,
                "schedule_type": schedule_type,
                "setup_tests": setup_tests,
                "private_link_id": private_link_id,
                "networking_method": networking_method,
                "proxy_agent_id": proxy_agent_id,
                "source_sync_details": source_sync_details,
                "hybrid_deployment_agent_id": hybrid_deployment_agent_id,
                "connect_card": connect_card,
                "connect_card_config": connect_card_config,
                "destination_configuration": destination_configuration,
                "destination_schema_names": destination_schema_names,
                "external_secrets_manager_id": external_secrets_manager_id,
                "external_secrets_keys_config": external_secrets_keys_config,
            }
        )
