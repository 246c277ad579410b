from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connect_card_config import ConnectCardConfig
from ..models.connect_card_response import ConnectCardResponse
from ..models.connector_response_v1_config_type_0 import ConnectorResponseV1ConfigType0
from ..models.connector_response_v1_external_secrets_keys_config_type_0 import (
    ConnectorResponseV1ExternalSecretsKeysConfigType0,
)
from ..models.connector_response_v1_source_sync_details_type_0 import ConnectorResponseV1SourceSyncDetailsType0
from ..models.connector_status_response import ConnectorStatusResponse
from ..models.destination_configuration import DestinationConfiguration
from ..models.setup_test_result_response import SetupTestResultResponse
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectorResponseV1")


@_attrs_define
class ConnectorResponseV1:
    """
    Attributes:
        id (None | str | Unset): The unique identifier of this connection. Use this value as the `connectionId` path
            parameter when calling other Connections API endpoints, such as [Retrieve Connection
            Details](https://fivetran.com/docs/rest-api/api-reference/connections/connection-details) or [Sync Connection
            Data](https://fivetran.com/docs/rest-api/api-reference/connections/sync-connection). Example: connection_id.
        service (None | str | Unset): The connector name within the Fivetran system Example: google_ads.
        schema (None | str | Unset): The name used both as the connection's name within the Fivetran system and as the
            source schema's name within your destination Example: schema.table.
        paused (bool | None | Unset): Specifies whether the connection is paused Example: False.
        status (ConnectorStatusResponse | None | Unset): The current operational state of the connection, including
            setup state, sync state, update state, and any active tasks or warnings.
        group_id (None | str | Unset): The unique identifier of the destination group this connection belongs to. Use
            this value with the [List All Groups](https://fivetran.com/docs/rest-api/api-reference/groups/list-all-groups)
            or [Retrieve Group Details](https://fivetran.com/docs/rest-api/api-reference/groups/group-details) endpoints.
            Example: group_id.
        service_version (int | None | Unset): The connector version within the Fivetran system Example: 0.
        connected_by (None | str | Unset): The unique identifier of the user who created this connection. `null` if the
            connection was created programmatically without a user context. Use this value with the [Retrieve User
            Details](https://fivetran.com/docs/rest-api/api-reference/users/user-details) endpoint. Example:
            priceless_odour.
        created_at (datetime.datetime | None | Unset): The timestamp of the time the connection was created in your
            account Example: 2023-12-01T15:43:29.013729Z.
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
        setup_tests (list[SetupTestResultResponse] | None | Unset): Setup tests results for this connection
        source_sync_details (ConnectorResponseV1SourceSyncDetailsType0 | None | Unset): The additional information about
            the connection's state. The format of this parameter is specific for each connection type
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
        config (ConnectorResponseV1ConfigType0 | None | Unset): Service-specific `config`, kept as a free-form mapping:
            its keys depend on `service` and change over time.
        external_secrets_keys_config (ConnectorResponseV1ExternalSecretsKeysConfigType0 | None | Unset): Service-
            specific `external_secrets_keys_config`, kept as a free-form mapping: its keys depend on `service` and change
            over time.
    """

    id: None | str | Unset = UNSET
    service: None | str | Unset = UNSET
    schema: None | str | Unset = UNSET
    paused: bool | None | Unset = UNSET
    status: ConnectorStatusResponse | None | Unset = UNSET
    group_id: None | str | Unset = UNSET
    service_version: int | None | Unset = UNSET
    connected_by: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    succeeded_at: datetime.datetime | None | Unset = UNSET
    failed_at: datetime.datetime | None | Unset = UNSET
    pause_after_trial: bool | None | Unset = UNSET
    sync_frequency: int | None | Unset = UNSET
    data_delay_threshold: int | None | Unset = UNSET
    data_delay_sensitivity: None | str | Unset = UNSET
    private_link_id: None | str | Unset = UNSET
    networking_method: None | str | Unset = UNSET
    proxy_agent_id: None | str | Unset = UNSET
    daily_sync_time: None | str | Unset = UNSET
    schedule_type: None | str | Unset = UNSET
    setup_tests: list[SetupTestResultResponse] | None | Unset = UNSET
    source_sync_details: ConnectorResponseV1SourceSyncDetailsType0 | None | Unset = UNSET
    connect_card: ConnectCardResponse | None | Unset = UNSET
    connect_card_config: ConnectCardConfig | None | Unset = UNSET
    hybrid_deployment_agent_id: None | str | Unset = UNSET
    destination_configuration: DestinationConfiguration | None | Unset = UNSET
    destination_schema_names: None | str | Unset = UNSET
    external_secrets_manager_id: None | str | Unset = UNSET
    config: ConnectorResponseV1ConfigType0 | None | Unset = UNSET
    external_secrets_keys_config: ConnectorResponseV1ExternalSecretsKeysConfigType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        else:
            service = self.service

        schema: None | str | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        else:
            schema = self.schema

        paused: bool | None | Unset
        if isinstance(self.paused, Unset):
            paused = UNSET
        else:
            paused = self.paused

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ConnectorStatusResponse):
            status = self.status.to_dict()
        else:
            status = self.status

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        service_version: int | None | Unset
        if isinstance(self.service_version, Unset):
            service_version = UNSET
        else:
            service_version = self.service_version

        connected_by: None | str | Unset
        if isinstance(self.connected_by, Unset):
            connected_by = UNSET
        else:
            connected_by = self.connected_by

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        succeeded_at: None | str | Unset
        if isinstance(self.succeeded_at, Unset):
            succeeded_at = UNSET
        elif isinstance(self.succeeded_at, datetime.datetime):
            succeeded_at = self.succeeded_at.isoformat()
        else:
            succeeded_at = self.succeeded_at

        failed_at: None | str | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        elif isinstance(self.failed_at, datetime.datetime):
            failed_at = self.failed_at.isoformat()
        else:
            failed_at = self.failed_at

        pause_after_trial: bool | None | Unset
        if isinstance(self.pause_after_trial, Unset):
            pause_after_trial = UNSET
        else:
            pause_after_trial = self.pause_after_trial

        sync_frequency: int | None | Unset
        if isinstance(self.sync_frequency, Unset):
            sync_frequency = UNSET
        else:
            sync_frequency = self.sync_frequency

        data_delay_threshold: int | None | Unset
        if isinstance(self.data_delay_threshold, Unset):
            data_delay_threshold = UNSET
        else:
            data_delay_threshold = self.data_delay_threshold

        data_delay_sensitivity: None | str | Unset
        if isinstance(self.data_delay_sensitivity, Unset):
            data_delay_sensitivity = UNSET
        else:
            data_delay_sensitivity = self.data_delay_sensitivity

        private_link_id: None | str | Unset
        if isinstance(self.private_link_id, Unset):
            private_link_id = UNSET
        else:
            private_link_id = self.private_link_id

        networking_method: None | str | Unset
        if isinstance(self.networking_method, Unset):
            networking_method = UNSET
        else:
            networking_method = self.networking_method

        proxy_agent_id: None | str | Unset
        if isinstance(self.proxy_agent_id, Unset):
            proxy_agent_id = UNSET
        else:
            proxy_agent_id = self.proxy_agent_id

        daily_sync_time: None | str | Unset
        if isinstance(self.daily_sync_time, Unset):
            daily_sync_time = UNSET
        else:
            daily_sync_time = self.daily_sync_time

        schedule_type: None | str | Unset
        if isinstance(self.schedule_type, Unset):
            schedule_type = UNSET
        else:
            schedule_type = self.schedule_type

        setup_tests: list[dict[str, Any]] | None | Unset
        if isinstance(self.setup_tests, Unset):
            setup_tests = UNSET
        elif isinstance(self.setup_tests, list):
            setup_tests = []
            for setup_tests_type_0_item_data in self.setup_tests:
                setup_tests_type_0_item = setup_tests_type_0_item_data.to_dict()
                setup_tests.append(setup_tests_type_0_item)

        else:
            setup_tests = self.setup_tests

        source_sync_details: dict[str, Any] | None | Unset
        if isinstance(self.source_sync_details, Unset):
            source_sync_details = UNSET
        elif isinstance(self.source_sync_details, ConnectorResponseV1SourceSyncDetailsType0):
            source_sync_details = self.source_sync_details.to_dict()
        else:
            source_sync_details = self.source_sync_details

        connect_card: dict[str, Any] | None | Unset
        if isinstance(self.connect_card, Unset):
            connect_card = UNSET
        elif isinstance(self.connect_card, ConnectCardResponse):
            connect_card = self.connect_card.to_dict()
        else:
            connect_card = self.connect_card

        connect_card_config: dict[str, Any] | None | Unset
        if isinstance(self.connect_card_config, Unset):
            connect_card_config = UNSET
        elif isinstance(self.connect_card_config, ConnectCardConfig):
            connect_card_config = self.connect_card_config.to_dict()
        else:
            connect_card_config = self.connect_card_config

        hybrid_deployment_agent_id: None | str | Unset
        if isinstance(self.hybrid_deployment_agent_id, Unset):
            hybrid_deployment_agent_id = UNSET
        else:
            hybrid_deployment_agent_id = self.hybrid_deployment_agent_id

        destination_configuration: dict[str, Any] | None | Unset
        if isinstance(self.destination_configuration, Unset):
            destination_configuration = UNSET
        elif isinstance(self.destination_configuration, DestinationConfiguration):
            destination_configuration = self.destination_configuration.to_dict()
        else:
            destination_configuration = self.destination_configuration

        destination_schema_names: None | str | Unset
        if isinstance(self.destination_schema_names, Unset):
            destination_schema_names = UNSET
        else:
            destination_schema_names = self.destination_schema_names

        external_secrets_manager_id: None | str | Unset
        if isinstance(self.external_secrets_manager_id, Unset):
            external_secrets_manager_id = UNSET
        else:
            external_secrets_manager_id = self.external_secrets_manager_id

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ConnectorResponseV1ConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        external_secrets_keys_config: dict[str, Any] | None | Unset
        if isinstance(self.external_secrets_keys_config, Unset):
            external_secrets_keys_config = UNSET
        elif isinstance(self.external_secrets_keys_config, ConnectorResponseV1ExternalSecretsKeysConfigType0):
            external_secrets_keys_config = self.external_secrets_keys_config.to_dict()
        else:
            external_secrets_keys_config = self.external_secrets_keys_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if service is not UNSET:
            field_dict["service"] = service
        if schema is not UNSET:
            field_dict["schema"] = schema
        if paused is not UNSET:
            field_dict["paused"] = paused
        if status is not UNSET:
            field_dict["status"] = status
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if service_version is not UNSET:
            field_dict["service_version"] = service_version
        if connected_by is not UNSET:
            field_dict["connected_by"] = connected_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if succeeded_at is not UNSET:
            field_dict["succeeded_at"] = succeeded_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if pause_after_trial is not UNSET:
            field_dict["pause_after_trial"] = pause_after_trial
        if sync_frequency is not UNSET:
            field_dict["sync_frequency"] = sync_frequency
        if data_delay_threshold is not UNSET:
            field_dict["data_delay_threshold"] = data_delay_threshold
        if data_delay_sensitivity is not UNSET:
            field_dict["data_delay_sensitivity"] = data_delay_sensitivity
        if private_link_id is not UNSET:
            field_dict["private_link_id"] = private_link_id
        if networking_method is not UNSET:
            field_dict["networking_method"] = networking_method
        if proxy_agent_id is not UNSET:
            field_dict["proxy_agent_id"] = proxy_agent_id
        if daily_sync_time is not UNSET:
            field_dict["daily_sync_time"] = daily_sync_time
        if schedule_type is not UNSET:
            field_dict["schedule_type"] = schedule_type
        if setup_tests is not UNSET:
            field_dict["setup_tests"] = setup_tests
        if source_sync_details is not UNSET:
            field_dict["source_sync_details"] = source_sync_details
        if connect_card is not UNSET:
            field_dict["connect_card"] = connect_card
        if connect_card_config is not UNSET:
            field_dict["connect_card_config"] = connect_card_config
        if hybrid_deployment_agent_id is not UNSET:
            field_dict["hybrid_deployment_agent_id"] = hybrid_deployment_agent_id
        if destination_configuration is not UNSET:
            field_dict["destination_configuration"] = destination_configuration
        if destination_schema_names is not UNSET:
            field_dict["destination_schema_names"] = destination_schema_names
        if external_secrets_manager_id is not UNSET:
            field_dict["external_secrets_manager_id"] = external_secrets_manager_id
        if config is not UNSET:
            field_dict["config"] = config
        if external_secrets_keys_config is not UNSET:
            field_dict["external_secrets_keys_config"] = external_secrets_keys_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        service = cast(None | str | Unset, d.pop("service", UNSET))

        schema = cast(None | str | Unset, d.pop("schema", UNSET))

        paused = cast(bool | None | Unset, d.pop("paused", UNSET))

        def _parse_status(data: object) -> ConnectorStatusResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_1 = ConnectorStatusResponse.from_dict(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectorStatusResponse | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        group_id = cast(None | str | Unset, d.pop("group_id", UNSET))

        service_version = cast(int | None | Unset, d.pop("service_version", UNSET))

        connected_by = cast(None | str | Unset, d.pop("connected_by", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_succeeded_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                succeeded_at_type_0 = datetime.datetime.fromisoformat(data)

                return succeeded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        succeeded_at = _parse_succeeded_at(d.pop("succeeded_at", UNSET))

        def _parse_failed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failed_at_type_0 = datetime.datetime.fromisoformat(data)

                return failed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        failed_at = _parse_failed_at(d.pop("failed_at", UNSET))

        pause_after_trial = cast(bool | None | Unset, d.pop("pause_after_trial", UNSET))

        sync_frequency = cast(int | None | Unset, d.pop("sync_frequency", UNSET))

        data_delay_threshold = cast(int | None | Unset, d.pop("data_delay_threshold", UNSET))

        data_delay_sensitivity = cast(None | str | Unset, d.pop("data_delay_sensitivity", UNSET))

        private_link_id = cast(None | str | Unset, d.pop("private_link_id", UNSET))

        networking_method = cast(None | str | Unset, d.pop("networking_method", UNSET))

        proxy_agent_id = cast(None | str | Unset, d.pop("proxy_agent_id", UNSET))

        daily_sync_time = cast(None | str | Unset, d.pop("daily_sync_time", UNSET))

        schedule_type = cast(None | str | Unset, d.pop("schedule_type", UNSET))

        def _parse_setup_tests(data: object) -> list[SetupTestResultResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                setup_tests_type_0 = []
                _setup_tests_type_0 = data
                for setup_tests_type_0_item_data in _setup_tests_type_0:
                    setup_tests_type_0_item = SetupTestResultResponse.from_dict(setup_tests_type_0_item_data)

                    setup_tests_type_0.append(setup_tests_type_0_item)

                return setup_tests_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SetupTestResultResponse] | None | Unset, data)

        setup_tests = _parse_setup_tests(d.pop("setup_tests", UNSET))

        def _parse_source_sync_details(data: object) -> ConnectorResponseV1SourceSyncDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_sync_details_type_0 = ConnectorResponseV1SourceSyncDetailsType0.from_dict(data)

                return source_sync_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectorResponseV1SourceSyncDetailsType0 | None | Unset, data)

        source_sync_details = _parse_source_sync_details(d.pop("source_sync_details", UNSET))

        def _parse_connect_card(data: object) -> ConnectCardResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connect_card_type_1 = ConnectCardResponse.from_dict(data)

                return connect_card_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectCardResponse | None | Unset, data)

        connect_card = _parse_connect_card(d.pop("connect_card", UNSET))

        def _parse_connect_card_config(data: object) -> ConnectCardConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connect_card_config_type_1 = ConnectCardConfig.from_dict(data)

                return connect_card_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectCardConfig | None | Unset, data)

        connect_card_config = _parse_connect_card_config(d.pop("connect_card_config", UNSET))

        hybrid_deployment_agent_id = cast(None | str | Unset, d.pop("hybrid_deployment_agent_id", UNSET))

        def _parse_destination_configuration(data: object) -> DestinationConfiguration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_configuration_type_1 = DestinationConfiguration.from_dict(data)

                return destination_configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DestinationConfiguration | None | Unset, data)

        destination_configuration = _parse_destination_configuration(d.pop("destination_configuration", UNSET))

        destination_schema_names = cast(None | str | Unset, d.pop("destination_schema_names", UNSET))

        external_secrets_manager_id = cast(None | str | Unset, d.pop("external_secrets_manager_id", UNSET))

        def _parse_config(data: object) -> ConnectorResponseV1ConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = ConnectorResponseV1ConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectorResponseV1ConfigType0 | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_external_secrets_keys_config(
            data: object,
        ) -> ConnectorResponseV1ExternalSecretsKeysConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_secrets_keys_config_type_0 = ConnectorResponseV1ExternalSecretsKeysConfigType0.from_dict(data)

                return external_secrets_keys_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectorResponseV1ExternalSecretsKeysConfigType0 | None | Unset, data)

        external_secrets_keys_config = _parse_external_secrets_keys_config(d.pop("external_secrets_keys_config", UNSET))

        connector_response_v1 = cls(
            id=id,
            service=service,
            schema=schema,
            paused=paused,
            status=status,
            group_id=group_id,
            service_version=service_version,
            connected_by=connected_by,
            created_at=created_at,
            succeeded_at=succeeded_at,
            failed_at=failed_at,
            pause_after_trial=pause_after_trial,
            sync_frequency=sync_frequency,
            data_delay_threshold=data_delay_threshold,
            data_delay_sensitivity=data_delay_sensitivity,
            private_link_id=private_link_id,
            networking_method=networking_method,
            proxy_agent_id=proxy_agent_id,
            daily_sync_time=daily_sync_time,
            schedule_type=schedule_type,
            setup_tests=setup_tests,
            source_sync_details=source_sync_details,
            connect_card=connect_card,
            connect_card_config=connect_card_config,
            hybrid_deployment_agent_id=hybrid_deployment_agent_id,
            destination_configuration=destination_configuration,
            destination_schema_names=destination_schema_names,
            external_secrets_manager_id=external_secrets_manager_id,
            config=config,
            external_secrets_keys_config=external_secrets_keys_config,
        )

        connector_response_v1.additional_properties = d
        return connector_response_v1

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
