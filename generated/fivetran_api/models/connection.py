from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.connect_card_config import ConnectCardConfig
    from ..models.connect_card_response import ConnectCardResponse
    from ..models.connection_config_type_0 import ConnectionConfigType0
    from ..models.connection_external_secrets_keys_config_type_0 import ConnectionExternalSecretsKeysConfigType0
    from ..models.connection_source_sync_details_type_0 import ConnectionSourceSyncDetailsType0
    from ..models.connection_status import ConnectionStatus
    from ..models.destination_configuration import DestinationConfiguration
    from ..models.setup_test_result import SetupTestResult
    from ..types import UNSET, Unset

__all__ = ["Connection"]


class Connection(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The unique identifier of this connection. Use this value as the `connectionId` path parameter when
            calling other Connections API endpoints, such as [Retrieve Connection Details](https://fivetran.com/docs/rest-
            api/api-reference/connections/connection-details) or [Sync Connection Data](https://fivetran.com/docs/rest-
            api/api-reference/connections/sync-connection). Example: connection_id.
        service (str): The connector name within the Fivetran system Example: google_ads.
        schema (str): The name used both as the connection's name within the Fivetran system and as the source schema's
            name within your destination Example: schema.table.
        status (ConnectionStatus):
        group_id (str): The unique identifier of the destination group this connection belongs to. Use this value with
            the [List All Groups](https://fivetran.com/docs/rest-api/api-reference/groups/list-all-groups) or [Retrieve
            Group Details](https://fivetran.com/docs/rest-api/api-reference/groups/group-details) endpoints. Example:
            group_id.
        created_at (datetime.datetime): The timestamp of the time the connection was created in your account Example:
            2023-12-01T15:43:29.013729Z.
        paused (bool | None | Unset): Specifies whether the connection is paused Example: False.
        service_version (int | None | Unset): The connector version within the Fivetran system Example: 0.
        connected_by (None | str | Unset): The unique identifier of the user who created this connection. `null` if the
            connection was created programmatically without a user context. Use this value with the [Retrieve User
            Details](https://fivetran.com/docs/rest-api/api-reference/users/user-details) endpoint. Example:
            priceless_odour.
        succeeded_at (datetime.datetime | None | Unset): The UTC timestamp of the most recent successful sync. `null` if
            the connection has never completed a successful sync. Example: 2024-03-17T12:31:40.870504Z.
        failed_at (datetime.datetime | None | Unset): The UTC timestamp of the most recent failed sync. `null` if the
            connection has never experienced a sync failure. Example: 2024-04-01T18:13:25.043659Z.
        pause_after_trial (bool | None | Unset): Specifies whether the connection should be paused after the free trial
            period has ended Example: False.
        sync_frequency (int | None | Unset): The connection sync frequency in minutes Known values: `1`, `5`, `15`,
            `30`, `60`, `120`, `180`, `360`, `480`, `720`, `1440` (others may appear). Example: 1440.
        data_delay_threshold (int | None | Unset): Custom sync delay notification threshold in minutes. The default
            value is 0. This parameter is only used when data_delay_sensitivity set to CUSTOM. Example: 0.
        data_delay_sensitivity (None | str | Unset): The level of data delay notification threshold. Possible values:
            LOW, NORMAL, HIGH, CUSTOM, SYNC_FREQUENCY. The default value NORMAL. CUSTOM is only available for customers
            using the [Enterprise plan](https://fivetran.com/docs/getting-started/pricing#fivetranplans) or above. Known
            values: `LOW`, `NORMAL`, `HIGH`, `CUSTOM`, `SYNC_FREQUENCY` (others may appear). Example: NORMAL.
        private_link_id (None | str | Unset): The unique identifier for the self-served private link that is used by the
            connection Example: link_id.
        networking_method (None | str | Unset): Known values: `Directly`, `SshTunnel`, `PrivateLink`, `ProxyAgent`,
            `UnmanagedProxyAgent`, `Unknown` (others may appear).
        proxy_agent_id (None | str | Unset): The unique identifier for the proxy agent within the Fivetran system
            Example: agent_id.
        daily_sync_time (None | str | Unset): The daily sync start time, in `HH:MM` format (UTC), at which the
            connection syncs. Returned only when `sync_frequency` is `1440` and `daily_sync_time` was explicitly set. `null`
            otherwise. Example: 14:00.
        schedule_type (None | str | Unset): The connection schedule configuration type. Supported values: auto, manual
            Example: auto.
        setup_tests (list[SetupTestResult] | None | Unset): Setup tests results for this connection
        source_sync_details (ConnectionSourceSyncDetailsType0 | None | Unset): The additional information about the
            connection's state. The format of this parameter is specific for each connection type
        connect_card (ConnectCardResponse | None | Unset):
        connect_card_config (ConnectCardConfig | None | Unset):
        hybrid_deployment_agent_id (None | str | Unset): The unique identifier for the hybrid deployment agent within
            the Fivetran system. If not specified, the agent ID from the destination will be used Example: agent_id.
        destination_configuration (DestinationConfiguration | None | Unset):
        destination_schema_names (None | str | Unset): Defines how schema names appear in your destination.  <br /> The
            possible values are:  <br /> - FIVETRAN_NAMING - Uses Fivetran naming conventions to simplify and standardize
            the schema, table and column names in the destination. <br /> - SOURCE_NAMING - Preserves source schema table
            and column names in the destination. <br /> Known values: `FIVETRAN_NAMING`, `SOURCE_NAMING` (others may
            appear). Example: FIVETRAN_NAMING.
        external_secrets_manager_id (None | str | Unset): The unique identifier of the [External Secrets
            Manager](/docs/rest-api/api-reference/external-secrets-managers) instance. Connector service must
            [support](/docs/core-concepts/features/external-secret-managers#connectors) External Secrets Manager feature to
            use this field. Example: esm_id.
        config (ConnectionConfigType0 | None | Unset): Service-specific `config`, kept as a free-form mapping: its keys
            depend on `service` and change over time.
        external_secrets_keys_config (ConnectionExternalSecretsKeysConfigType0 | None | Unset): Service-specific
            `external_secrets_keys_config`, kept as a free-form mapping: its keys depend on `service` and change over time.
    """

    id: Field[str] = Field("id", required=True)
    service: Field[str] = Field("service", required=True)
    schema: Field[str] = Field("schema", required=True)
    status: Field[ConnectionStatus] = Field("status", Nested("connection_status", "ConnectionStatus"), required=True)
    group_id: Field[str] = Field("group_id", required=True)
    created_at: Field[datetime.datetime] = Field("created_at", DATETIME, required=True)
    paused: Field[bool | None | Unset] = Field("paused")
    service_version: Field[int | None | Unset] = Field("service_version")
    connected_by: Field[None | str | Unset] = Field("connected_by")
    succeeded_at: Field[datetime.datetime | None | Unset] = Field("succeeded_at", DATETIME)
    failed_at: Field[datetime.datetime | None | Unset] = Field("failed_at", DATETIME)
    pause_after_trial: Field[bool | None | Unset] = Field("pause_after_trial")
    sync_frequency: Field[int | None | Unset] = Field("sync_frequency")
    data_delay_threshold: Field[int | None | Unset] = Field("data_delay_threshold")
    data_delay_sensitivity: Field[None | str | Unset] = Field("data_delay_sensitivity")
    private_link_id: Field[None | str | Unset] = Field("private_link_id")
    networking_method: Field[None | str | Unset] = Field("networking_method")
    proxy_agent_id: Field[None | str | Unset] = Field("proxy_agent_id")
    daily_sync_time: Field[None | str | Unset] = Field("daily_sync_time")
    schedule_type: Field[None | str | Unset] = Field("schedule_type")
    setup_tests: Field[list[SetupTestResult] | None | Unset] = Field(
        "setup_tests", ListOf(Nested("setup_test_result", "SetupTestResult"))
    )
    source_sync_details: Field[ConnectionSourceSyncDetailsType0 | None | Unset] = Field(
        "source_sync_details", Nested("connection_source_sync_details_type_0", "ConnectionSourceSyncDetailsType0")
    )
    connect_card: Field[ConnectCardResponse | None | Unset] = Field(
        "connect_card", Nested("connect_card_response", "ConnectCardResponse")
    )
    connect_card_config: Field[ConnectCardConfig | None | Unset] = Field(
        "connect_card_config", Nested("connect_card_config", "ConnectCardConfig")
    )
    hybrid_deployment_agent_id: Field[None | str | Unset] = Field("hybrid_deployment_agent_id")
    destination_configuration: Field[DestinationConfiguration | None | Unset] = Field(
        "destination_configuration", Nested("destination_configuration", "DestinationConfiguration")
    )
    destination_schema_names: Field[None | str | Unset] = Field("destination_schema_names")
    external_secrets_manager_id: Field[None | str | Unset] = Field("external_secrets_manager_id")
    config: Field[ConnectionConfigType0 | None | Unset] = Field(
        "config", Nested("connection_config_type_0", "ConnectionConfigType0")
    )
    external_secrets_keys_config: Field[ConnectionExternalSecretsKeysConfigType0 | None | Unset] = Field(
        "external_secrets_keys_config",
        Nested("connection_external_secrets_keys_config_type_0", "ConnectionExternalSecretsKeysConfigType0"),
    )

    def __init__(
        self,
        *,
        id: str,
        service: str,
        schema: str,
        status: ConnectionStatus,
        group_id: str,
        created_at: datetime.datetime,
        paused: bool | None | Unset = UNSET,
        service_version: int | None | Unset = UNSET,
        connected_by: None | str | Unset = UNSET,
        succeeded_at: datetime.datetime | None | Unset = UNSET,
        failed_at: datetime.datetime | None | Unset = UNSET,
        pause_after_trial: bool | None | Unset = UNSET,
        sync_frequency: int | None | Unset = UNSET,
        data_delay_threshold: int | None | Unset = UNSET,
        data_delay_sensitivity: None | str | Unset = UNSET,
        private_link_id: None | str | Unset = UNSET,
        networking_method: None | str | Unset = UNSET,
        proxy_agent_id: None | str | Unset = UNSET,
        daily_sync_time: None | str | Unset = UNSET,
        schedule_type: None | str | Unset = UNSET,
        setup_tests: list[SetupTestResult] | None | Unset = UNSET,
        source_sync_details: ConnectionSourceSyncDetailsType0 | None | Unset = UNSET,
        connect_card: ConnectCardResponse | None | Unset = UNSET,
        connect_card_config: ConnectCardConfig | None | Unset = UNSET,
        hybrid_deployment_agent_id: None | str | Unset = UNSET,
        destination_configuration: DestinationConfiguration | None | Unset = UNSET,
        destination_schema_names: None | str | Unset = UNSET,
        external_secrets_manager_id: None | str | Unset = UNSET,
        config: ConnectionConfigType0 | None | Unset = UNSET,
        external_secrets_keys_config: ConnectionExternalSecretsKeysConfigType0 | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "service": service,
                "schema": schema,
                "status": status,
                "group_id": group_id,
                "created_at": created_at,
                "paused": paused,
                "service_version": service_version,
                "connected_by": connected_by,
                "succeeded_at": succeeded_at,
                "failed_at": failed_at,
                "pause_after_trial": pause_after_trial,
                "sync_frequency": sync_frequency,
                "data_delay_threshold": data_delay_threshold,
                "data_delay_sensitivity": data_delay_sensitivity,
                "private_link_id": private_link_id,
                "networking_method": networking_method,
                "proxy_agent_id": proxy_agent_id,
                "daily_sync_time": daily_sync_time,
                "schedule_type": schedule_type,
                "setup_tests": setup_tests,
                "source_sync_details": source_sync_details,
                "connect_card": connect_card,
                "connect_card_config": connect_card_config,
                "hybrid_deployment_agent_id": hybrid_deployment_agent_id,
                "destination_configuration": destination_configuration,
                "destination_schema_names": destination_schema_names,
                "external_secrets_manager_id": external_secrets_manager_id,
                "config": config,
                "external_secrets_keys_config": external_secrets_keys_config,
            }
        )
