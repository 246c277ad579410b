from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connect_card_config import ConnectCardConfig
    from ..models.destination_configuration import DestinationConfiguration
    from ..models.new_connector_request_v1_auth_type_0 import NewConnectorRequestV1AuthType0
    from ..models.new_connector_request_v1_config_type_0 import NewConnectorRequestV1ConfigType0
    from ..models.new_connector_request_v1_external_secrets_keys_config_type_0 import (
        NewConnectorRequestV1ExternalSecretsKeysConfigType0,
    )
    from ..types import UNSET, Unset

__all__ = ["NewConnectorRequestV1"]


class NewConnectorRequestV1(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        group_id (str): The unique identifier of the destination group to create the connection in. Retrieve group IDs
            from the [List All Groups](https://fivetran.com/docs/rest-api/api-reference/groups/list-all-groups) endpoint.
            Example: group_id.
        service (str): The connector name within the Fivetran system Example: google_ads.
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
        run_setup_tests (bool | None | Unset): Specifies whether the setup tests should be run automatically after
            updating the connection. The default value is TRUE. When using this parameter in a PATCH request, you must also
            include at least one persistent configuration parameter (e.g., `sync_frequency`, `paused`, `config`, `auth`).
            This parameter can be combined with `trust_certificates` or `trust_fingerprints` to automatically approve
            `certificates/fingerprints` during the test run. To run setup tests without making configuration changes, use
            the POST `/v1/connections/{connectionId}/test` endpoint instead. Example: True.
        paused (bool | None | Unset): Specifies whether the connection is paused Example: False.
        pause_after_trial (bool | None | Unset): Specifies whether the connection should be paused after the free trial
            period has ended Example: False.
        sync_frequency (int | Unset): The connection sync frequency in minutes Example: 1440. Known values:
            `NewConnectorRequestV1SyncFrequency` (others pass as given).
        data_delay_sensitivity (str | Unset): The level of data delay notification threshold. Possible values: LOW,
            NORMAL, HIGH, CUSTOM, SYNC_FREQUENCY. The default value NORMAL. CUSTOM is only available for customers using the
            [Enterprise plan](https://fivetran.com/docs/getting-started/pricing#fivetranplans) or above. Example: NORMAL.
            Known values: `NewConnectorRequestV1DataDelaySensitivity` (others pass as given).
        data_delay_threshold (int | None | Unset): Custom sync delay notification threshold in minutes. The default
            value is 0. This parameter is only used when data_delay_sensitivity set to CUSTOM. Example: 0.
        daily_sync_time (None | str | Unset): The optional parameter that defines the sync start time when the sync
            frequency is already set or being set by the current request to 1440. It can be specified in one hour increments
            starting from 00:00 to 23:00. If not specified, we will use [the baseline sync start
            time](https://fivetran.com/docs/getting-started/syncoverview#syncfrequencyandscheduling). This parameter has no
            effect on the [0 to 60 minutes offset](https://fivetran.com/docs/getting-
            started/syncoverview#syncstarttimesandoffsets) used to determine the actual sync start time Example: 14:00.
        schedule_type (str | Unset): The connection schedule configuration type. Supported values: auto, manual Example:
            auto. Known values: `NewConnectorRequestV1ScheduleType` (others pass as given).
        connect_card_config (ConnectCardConfig | None | Unset):
        proxy_agent_id (None | str | Unset): The unique identifier for the proxy agent within the Fivetran system
            Example: proxy_agent_id.
        private_link_id (None | str | Unset): The unique identifier for the self-served private link that is used by the
            connection Example: private_link_id.
        networking_method (str | Unset):  Known values: `NewConnectorRequestV1NetworkingMethod` (others pass as given).
        hybrid_deployment_agent_id (None | str | Unset): The unique identifier for the hybrid deployment agent within
            the Fivetran system. If not specified, the agent ID from the destination will be used Example:
            hybrid_deployment_agent_id.
        destination_configuration (DestinationConfiguration | None | Unset):
        destination_schema_names (str | Unset): Defines how you want the schema names to appear in your destination. <br
            /> The available values are:  <br /> - FIVETRAN_NAMING - Use Fivetran naming conventions to simplify and
            standardize the schema, table and column names in the destination. <br /> - SOURCE_NAMING - Preserve source
            schema table and column names in the destination. <br /> You can modify your selection only before the initial
            sync. Learn more in [our documentation](https://fivetran.com/docs/core-concepts#namingconventions) <br />
            > IMPORTANT: This field will soon become a required field. Make sure to include it in your API requests when
            creating new connections to prevent future disruptions. Example: FIVETRAN_NAMING. Known values:
            `NewConnectorRequestV1DestinationSchemaNames` (others pass as given).
        external_secrets_manager_id (None | str | Unset): The unique identifier of the [External Secrets
            Manager](/docs/rest-api/api-reference/external-secrets-managers) instance. Connector service must
            [support](/docs/core-concepts/features/external-secret-managers#connectors) External Secrets Manager feature to
            use this field. Example: esm_id.
        auth (NewConnectorRequestV1AuthType0 | None | Unset): Service-specific `auth`, kept as a free-form mapping: its
            keys depend on `service` and change over time.
        config (NewConnectorRequestV1ConfigType0 | None | Unset): Service-specific `config`, kept as a free-form
            mapping: its keys depend on `service` and change over time.
        external_secrets_keys_config (NewConnectorRequestV1ExternalSecretsKeysConfigType0 | None | Unset): Service-
            specific `external_secrets_keys_config`, kept as a free-form mapping: its keys depend on `service` and change
            over time.
    """

    group_id: Field[str] = Field("group_id", required=True)
    service: Field[str] = Field("service", required=True)
    trust_certificates: Field[bool | None | Unset] = Field("trust_certificates")
    trust_fingerprints: Field[bool | None | Unset] = Field("trust_fingerprints")
    run_setup_tests: Field[bool | None | Unset] = Field("run_setup_tests")
    paused: Field[bool | None | Unset] = Field("paused")
    pause_after_trial: Field[bool | None | Unset] = Field("pause_after_trial")
    sync_frequency: Field[int | Unset] = Field("sync_frequency")
    data_delay_sensitivity: Field[str | Unset] = Field("data_delay_sensitivity")
    data_delay_threshold: Field[int | None | Unset] = Field("data_delay_threshold")
    daily_sync_time: Field[None | str | Unset] = Field("daily_sync_time")
    schedule_type: Field[str | Unset] = Field("schedule_type")
    connect_card_config: Field[ConnectCardConfig | None | Unset] = Field(
        "connect_card_config", Nested("connect_card_config", "ConnectCardConfig")
    )
    proxy_agent_id: Field[None | str | Unset] = Field("proxy_agent_id")
    private_link_id: Field[None | str | Unset] = Field("private_link_id")
    networking_method: Field[str | Unset] = Field("networking_method")
    hybrid_deployment_agent_id: Field[None | str | Unset] = Field("hybrid_deployment_agent_id")
    destination_configuration: Field[DestinationConfiguration | None | Unset] = Field(
        "destination_configuration", Nested("destination_configuration", "DestinationConfiguration")
    )
    destination_schema_names: Field[str | Unset] = Field("destination_schema_names")
    external_secrets_manager_id: Field[None | str | Unset] = Field("external_secrets_manager_id")
    auth: Field[NewConnectorRequestV1AuthType0 | None | Unset] = Field(
        "auth", Nested("new_connector_request_v1_auth_type_0", "NewConnectorRequestV1AuthType0")
    )
    config: Field[NewConnectorRequestV1ConfigType0 | None | Unset] = Field(
        "config", Nested("new_connector_request_v1_config_type_0", "NewConnectorRequestV1ConfigType0")
    )
    external_secrets_keys_config: Field[NewConnectorRequestV1ExternalSecretsKeysConfigType0 | None | Unset] = Field(
        "external_secrets_keys_config",
        Nested(
            "new_connector_request_v1_external_secrets_keys_config_type_0",
            "NewConnectorRequestV1ExternalSecretsKeysConfigType0",
        ),
    )

    def __init__(
        self,
        *,
        group_id: str,
        service: str,
        trust_certificates: bool | None | Unset = UNSET,
        trust_fingerprints: bool | None | Unset = UNSET,
        run_setup_tests: bool | None | Unset = UNSET,
        paused: bool | None | Unset = UNSET,
        pause_after_trial: bool | None | Unset = UNSET,
        sync_frequency: int | Unset = UNSET,
        data_delay_sensitivity: str | Unset = UNSET,
        data_delay_threshold: int | None | Unset = UNSET,
        daily_sync_time: None | str | Unset = UNSET,
        schedule_type: str | Unset = UNSET,
        connect_card_config: ConnectCardConfig | None | Unset = UNSET,
        proxy_agent_id: None | str | Unset = UNSET,
        private_link_id: None | str | Unset = UNSET,
        networking_method: str | Unset = UNSET,
        hybrid_deployment_agent_id: None | str | Unset = UNSET,
        destination_configuration: DestinationConfiguration | None | Unset = UNSET,
        destination_schema_names: str | Unset = UNSET,
        external_secrets_manager_id: None | str | Unset = UNSET,
        auth: NewConnectorRequestV1AuthType0 | None | Unset = UNSET,
        config: NewConnectorRequestV1ConfigType0 | None | Unset = UNSET,
        external_secrets_keys_config: NewConnectorRequestV1ExternalSecretsKeysConfigType0 | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "group_id": group_id,
                "service": service,
                "trust_certificates": trust_certificates,
                "trust_fingerprints": trust_fingerprints,
                "run_setup_tests": run_setup_tests,
                "paused": paused,
                "pause_after_trial": pause_after_trial,
                "sync_frequency": sync_frequency,
                "data_delay_sensitivity": data_delay_sensitivity,
                "data_delay_threshold": data_delay_threshold,
                "daily_sync_time": daily_sync_time,
                "schedule_type": schedule_type,
                "connect_card_config": connect_card_config,
                "proxy_agent_id": proxy_agent_id,
                "private_link_id": private_link_id,
                "networking_method": networking_method,
                "hybrid_deployment_agent_id": hybrid_deployment_agent_id,
                "destination_configuration": destination_configuration,
                "destination_schema_names": destination_schema_names,
                "external_secrets_manager_id": external_secrets_manager_id,
                "auth": auth,
                "config": config,
                "external_secrets_keys_config": external_secrets_keys_config,
            }
        )
