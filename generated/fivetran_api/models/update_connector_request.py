from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination_configuration import DestinationConfiguration
    from ..models.json_node import JsonNode
    from ..types import UNSET, Unset

__all__ = ["UpdateConnectorRequest"]


class UpdateConnectorRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        config (JsonNode | None | Unset): The setup configuration. Check possible config formats in [create
            method](/docs/rest-api/api-reference/connections/create-connection/)
        auth (Any | Unset): The connector authorization settings. Check possible config formats in [create
            method](/docs/rest-api/api-reference/connections/create-connection/)
        paused (bool | None | Unset): Specifies whether the connection is paused Example: False.
        trust_certificates (bool | None | Unset): Specifies whether we should trust the certificate automatically during
            setup tests. The default value is FALSE. This parameter only affects the behavior of setup tests and does not
            persist in the connection configuration. When using the PATCH endpoint to update a connection, this parameter
            must be combined with `run_setup_tests=true` and at least one persistent configuration parameter (e.g.,
            `sync_frequency`, `paused`, `config`, `auth`). If you only want to run setup tests with automatic certificate
            trust, use the POST `/v1/connections/{connectionId}/test` endpoint instead. If a certificate is not trusted
            automatically during testing, it has to be approved with [Certificates Management API Approve a destination
            certificate](https://fivetran.com/docs/rest-api/certificates#approveadestinationcertificate). Example: True.
        trust_fingerprints (bool | None | Unset): Specifies whether we should trust the SSH fingerprint automatically
            during setup tests. The default value is FALSE. This parameter only affects the behavior of setup tests and does
            not persist in the connection configuration. When using the PATCH endpoint to update a connection, this
            parameter must be combined with `run_setup_tests=true` and at least one persistent configuration parameter
            (e.g., `sync_frequency`, `paused`, `config`, `auth`). If you only want to run setup tests with automatic
            fingerprint trust, use the POST `/v1/connections/{connectionId}/test` endpoint instead. If a fingerprint is not
            trusted automatically during testing, it has to be approved with [Certificates Management API Approve a
            destination fingerprint](https://fivetran.com/docs/rest-api/certificates#approveadestinationfingerprint).
            Example: True.
        sync_frequency (int | Unset): The connection sync frequency in minutes Example: 1440. Known values:
            `UpdateConnectorRequestSyncFrequency` (others pass as given).
        data_delay_threshold (int | None | Unset):
        data_delay_sensitivity (str | Unset):  Known values: `UpdateConnectorRequestDataDelaySensitivity` (others pass
            as given).
        daily_sync_time (None | str | Unset): The daily sync start time, in `HH:MM` format (UTC), at which the
            connection syncs. Returned only when `sync_frequency` is `1440` and `daily_sync_time` was explicitly set. `null`
            otherwise. Example: 14:00.
        pause_after_trial (bool | None | Unset): Specifies whether the connection should be paused after the free trial
            period has ended Example: False.
        schema_status (str | Unset): Schema status. Example: BLOCKED_ON_CAPTURE. Known values:
            `UpdateConnectorRequestSchemaStatus` (others pass as given).
        is_historical_sync (bool | None | Unset): The boolean specifying whether the connection should be triggered to
            re-sync all historical data. If you set this parameter to TRUE, a [historical
            sync](https://fivetran.com/docs/getting-started/glossary#historicalsync) starts immediately. If a sync is
            currently running, it's canceled and restarted as a historical sync. All subsequent syncs after the historical
            sync completes will be incremental. If the value is FALSE or not specified, the connection doesn't re-sync
            historical data. This parameter is automatically reset to FALSE once the historical sync is completed. Example:
            True.
        schedule_type (str | Unset): The connection schedule configuration type. Supported values: auto, manual Example:
            auto. Known values: `UpdateConnectorRequestScheduleType` (others pass as given).
        run_setup_tests (bool | None | Unset): Specifies whether the setup tests should be run automatically after
            updating the connection. The default value is TRUE. When using this parameter in a PATCH request, you must also
            include at least one persistent configuration parameter (e.g., `sync_frequency`, `paused`, `config`, `auth`).
            This parameter can be combined with `trust_certificates` or `trust_fingerprints` to automatically approve
            `certificates/fingerprints` during the test run. To run setup tests without making configuration changes, use
            the POST `/v1/connections/{connectionId}/test` endpoint instead. Example: True.
        networking_method (str | Unset):  Known values: `UpdateConnectorRequestNetworkingMethod` (others pass as given).
        hybrid_deployment_agent_id (None | str | Unset): The unique identifier for the hybrid deployment agent within
            the Fivetran system. If not specified, the agent ID from the destination will be used Example:
            hybrid_deployment_agent_id.
        proxy_agent_id (None | str | Unset): The unique identifier for the proxy agent within the Fivetran system
            Example: proxy_agent_id.
        private_link_id (None | str | Unset): The unique identifier for the self-served private link that is used by the
            connection Example: private_link_id.
        destination_configuration (DestinationConfiguration | None | Unset):
        external_secrets_manager_id (None | str | Unset): The unique identifier of the [External Secrets
            Manager](/docs/rest-api/api-reference/external-secrets-managers) instance. Connector service must
            [support](/docs/core-concepts/features/external-secret-managers#connectors) External Secrets Manager feature to
            use this field.
        external_secrets_keys_config (Any | Unset): The setup configuration keys to be stored in external secrets
            manager. Check possible config formats in [create method](/docs/rest-api/api-reference/connections/create-
            connection/)
    """

    config: Field[JsonNode | None | Unset] = Field("config", Nested("json_node", "JsonNode"))
    auth: Field[Any | Unset] = Field("auth")
    paused: Field[bool | None | Unset] = Field("paused")
    trust_certificates: Field[bool | None | Unset] = Field("trust_certificates")
    trust_fingerprints: Field[bool | None | Unset] = Field("trust_fingerprints")
    sync_frequency: Field[int | Unset] = Field("sync_frequency")
    data_delay_threshold: Field[int | None | Unset] = Field("data_delay_threshold")
    data_delay_sensitivity: Field[str | Unset] = Field("data_delay_sensitivity")
    daily_sync_time: Field[None | str | Unset] = Field("daily_sync_time")
    pause_after_trial: Field[bool | None | Unset] = Field("pause_after_trial")
    schema_status: Field[str | Unset] = Field("schema_status")
    is_historical_sync: Field[bool | None | Unset] = Field("is_historical_sync")
    schedule_type: Field[str | Unset] = Field("schedule_type")
    run_setup_tests: Field[bool | None | Unset] = Field("run_setup_tests")
    networking_method: Field[str | Unset] = Field("networking_method")
    hybrid_deployment_agent_id: Field[None | str | Unset] = Field("hybrid_deployment_agent_id")
    proxy_agent_id: Field[None | str | Unset] = Field("proxy_agent_id")
    private_link_id: Field[None | str | Unset] = Field("private_link_id")
    destination_configuration: Field[DestinationConfiguration | None | Unset] = Field(
        "destination_configuration", Nested("destination_configuration", "DestinationConfiguration")
    )
    external_secrets_manager_id: Field[None | str | Unset] = Field("external_secrets_manager_id")
    external_secrets_keys_config: Field[Any | Unset] = Field("external_secrets_keys_config")

    def __init__(
        self,
        *,
        config: JsonNode | None | Unset = UNSET,
        auth: Any | Unset = UNSET,
        paused: bool | None | Unset = UNSET,
        trust_certificates: bool | None | Unset = UNSET,
        trust_fingerprints: bool | None | Unset = UNSET,
        sync_frequency: int | Unset = UNSET,
        data_delay_threshold: int | None | Unset = UNSET,
        data_delay_sensitivity: str | Unset = UNSET,
        daily_sync_time: None | str | Unset = UNSET,
        pause_after_trial: bool | None | Unset = UNSET,
        schema_status: str | Unset = UNSET,
        is_historical_sync: bool | None | Unset = UNSET,
        schedule_type: str | Unset = UNSET,
        run_setup_tests: bool | None | Unset = UNSET,
        networking_method: str | Unset = UNSET,
        hybrid_deployment_agent_id: None | str | Unset = UNSET,
        proxy_agent_id: None | str | Unset = UNSET,
        private_link_id: None | str | Unset = UNSET,
        destination_configuration: DestinationConfiguration | None | Unset = UNSET,
        external_secrets_manager_id: None | str | Unset = UNSET,
        external_secrets_keys_config: Any | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "config": config,
                "auth": auth,
                "paused": paused,
                "trust_certificates": trust_certificates,
                "trust_fingerprints": trust_fingerprints,
                "sync_frequency": sync_frequency,
                "data_delay_threshold": data_delay_threshold,
                "data_delay_sensitivity": data_delay_sensitivity,
                "daily_sync_time": daily_sync_time,
                "pause_after_trial": pause_after_trial,
                "schema_status": schema_status,
                "is_historical_sync": is_historical_sync,
                "schedule_type": schedule_type,
                "run_setup_tests": run_setup_tests,
                "networking_method": networking_method,
                "hybrid_deployment_agent_id": hybrid_deployment_agent_id,
                "proxy_agent_id": proxy_agent_id,
                "private_link_id": private_link_id,
                "destination_configuration": destination_configuration,
                "external_secrets_manager_id": external_secrets_manager_id,
                "external_secrets_keys_config": external_secrets_keys_config,
            }
        )
