from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connect_card_config import ConnectCardConfig
from ..models.destination_configuration import DestinationConfiguration
from ..models.new_connector_request_v1_auth_type_0 import NewConnectorRequestV1AuthType0
from ..models.new_connector_request_v1_config_type_0 import NewConnectorRequestV1ConfigType0
from ..models.new_connector_request_v1_data_delay_sensitivity import NewConnectorRequestV1DataDelaySensitivity
from ..models.new_connector_request_v1_destination_schema_names import NewConnectorRequestV1DestinationSchemaNames
from ..models.new_connector_request_v1_external_secrets_keys_config_type_0 import (
    NewConnectorRequestV1ExternalSecretsKeysConfigType0,
)
from ..models.new_connector_request_v1_networking_method import NewConnectorRequestV1NetworkingMethod
from ..models.new_connector_request_v1_schedule_type import NewConnectorRequestV1ScheduleType
from ..models.new_connector_request_v1_sync_frequency import NewConnectorRequestV1SyncFrequency
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewConnectorRequestV1")


@_attrs_define
class NewConnectorRequestV1:
    """
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
        sync_frequency (NewConnectorRequestV1SyncFrequency | Unset): The connection sync frequency in minutes Example:
            1440.
        data_delay_sensitivity (NewConnectorRequestV1DataDelaySensitivity | Unset): The level of data delay notification
            threshold. Possible values: LOW, NORMAL, HIGH, CUSTOM, SYNC_FREQUENCY. The default value NORMAL. CUSTOM is only
            available for customers using the [Enterprise plan](https://fivetran.com/docs/getting-
            started/pricing#fivetranplans) or above. Example: NORMAL.
        data_delay_threshold (int | None | Unset): Custom sync delay notification threshold in minutes. The default
            value is 0. This parameter is only used when data_delay_sensitivity set to CUSTOM. Example: 0.
        daily_sync_time (None | str | Unset): The optional parameter that defines the sync start time when the sync
            frequency is already set or being set by the current request to 1440. It can be specified in one hour increments
            starting from 00:00 to 23:00. If not specified, we will use [the baseline sync start
            time](https://fivetran.com/docs/getting-started/syncoverview#syncfrequencyandscheduling). This parameter has no
            effect on the [0 to 60 minutes offset](https://fivetran.com/docs/getting-
            started/syncoverview#syncstarttimesandoffsets) used to determine the actual sync start time Example: 14:00.
        schedule_type (NewConnectorRequestV1ScheduleType | Unset): The connection schedule configuration type. Supported
            values: auto, manual Example: auto.
        connect_card_config (ConnectCardConfig | None | Unset):
        proxy_agent_id (None | str | Unset): The unique identifier for the proxy agent within the Fivetran system
            Example: proxy_agent_id.
        private_link_id (None | str | Unset): The unique identifier for the self-served private link that is used by the
            connection Example: private_link_id.
        networking_method (NewConnectorRequestV1NetworkingMethod | Unset):
        hybrid_deployment_agent_id (None | str | Unset): The unique identifier for the hybrid deployment agent within
            the Fivetran system. If not specified, the agent ID from the destination will be used Example:
            hybrid_deployment_agent_id.
        destination_configuration (DestinationConfiguration | None | Unset):
        destination_schema_names (NewConnectorRequestV1DestinationSchemaNames | Unset): Defines how you want the schema
            names to appear in your destination. <br /> The available values are:  <br /> - FIVETRAN_NAMING - Use Fivetran
            naming conventions to simplify and standardize the schema, table and column names in the destination. <br /> -
            SOURCE_NAMING - Preserve source schema table and column names in the destination. <br /> You can modify your
            selection only before the initial sync. Learn more in [our documentation](https://fivetran.com/docs/core-
            concepts#namingconventions) <br />
            > IMPORTANT: This field will soon become a required field. Make sure to include it in your API requests when
            creating new connections to prevent future disruptions. Example: FIVETRAN_NAMING.
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

    group_id: str
    service: str
    trust_certificates: bool | None | Unset = UNSET
    trust_fingerprints: bool | None | Unset = UNSET
    run_setup_tests: bool | None | Unset = UNSET
    paused: bool | None | Unset = UNSET
    pause_after_trial: bool | None | Unset = UNSET
    sync_frequency: NewConnectorRequestV1SyncFrequency | Unset = UNSET
    data_delay_sensitivity: NewConnectorRequestV1DataDelaySensitivity | Unset = UNSET
    data_delay_threshold: int | None | Unset = UNSET
    daily_sync_time: None | str | Unset = UNSET
    schedule_type: NewConnectorRequestV1ScheduleType | Unset = UNSET
    connect_card_config: ConnectCardConfig | None | Unset = UNSET
    proxy_agent_id: None | str | Unset = UNSET
    private_link_id: None | str | Unset = UNSET
    networking_method: NewConnectorRequestV1NetworkingMethod | Unset = UNSET
    hybrid_deployment_agent_id: None | str | Unset = UNSET
    destination_configuration: DestinationConfiguration | None | Unset = UNSET
    destination_schema_names: NewConnectorRequestV1DestinationSchemaNames | Unset = UNSET
    external_secrets_manager_id: None | str | Unset = UNSET
    auth: NewConnectorRequestV1AuthType0 | None | Unset = UNSET
    config: NewConnectorRequestV1ConfigType0 | None | Unset = UNSET
    external_secrets_keys_config: NewConnectorRequestV1ExternalSecretsKeysConfigType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        group_id = self.group_id

        service = self.service

        trust_certificates: bool | None | Unset
        if isinstance(self.trust_certificates, Unset):
            trust_certificates = UNSET
        else:
            trust_certificates = self.trust_certificates

        trust_fingerprints: bool | None | Unset
        if isinstance(self.trust_fingerprints, Unset):
            trust_fingerprints = UNSET
        else:
            trust_fingerprints = self.trust_fingerprints

        run_setup_tests: bool | None | Unset
        if isinstance(self.run_setup_tests, Unset):
            run_setup_tests = UNSET
        else:
            run_setup_tests = self.run_setup_tests

        paused: bool | None | Unset
        if isinstance(self.paused, Unset):
            paused = UNSET
        else:
            paused = self.paused

        pause_after_trial: bool | None | Unset
        if isinstance(self.pause_after_trial, Unset):
            pause_after_trial = UNSET
        else:
            pause_after_trial = self.pause_after_trial

        sync_frequency: int | Unset = UNSET
        if not isinstance(self.sync_frequency, Unset):
            sync_frequency = self.sync_frequency.value

        data_delay_sensitivity: str | Unset = UNSET
        if not isinstance(self.data_delay_sensitivity, Unset):
            data_delay_sensitivity = self.data_delay_sensitivity.value

        data_delay_threshold: int | None | Unset
        if isinstance(self.data_delay_threshold, Unset):
            data_delay_threshold = UNSET
        else:
            data_delay_threshold = self.data_delay_threshold

        daily_sync_time: None | str | Unset
        if isinstance(self.daily_sync_time, Unset):
            daily_sync_time = UNSET
        else:
            daily_sync_time = self.daily_sync_time

        schedule_type: str | Unset = UNSET
        if not isinstance(self.schedule_type, Unset):
            schedule_type = self.schedule_type.value

        connect_card_config: dict[str, Any] | None | Unset
        if isinstance(self.connect_card_config, Unset):
            connect_card_config = UNSET
        elif isinstance(self.connect_card_config, ConnectCardConfig):
            connect_card_config = self.connect_card_config.to_dict()
        else:
            connect_card_config = self.connect_card_config

        proxy_agent_id: None | str | Unset
        if isinstance(self.proxy_agent_id, Unset):
            proxy_agent_id = UNSET
        else:
            proxy_agent_id = self.proxy_agent_id

        private_link_id: None | str | Unset
        if isinstance(self.private_link_id, Unset):
            private_link_id = UNSET
        else:
            private_link_id = self.private_link_id

        networking_method: str | Unset = UNSET
        if not isinstance(self.networking_method, Unset):
            networking_method = self.networking_method.value

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

        destination_schema_names: str | Unset = UNSET
        if not isinstance(self.destination_schema_names, Unset):
            destination_schema_names = self.destination_schema_names.value

        external_secrets_manager_id: None | str | Unset
        if isinstance(self.external_secrets_manager_id, Unset):
            external_secrets_manager_id = UNSET
        else:
            external_secrets_manager_id = self.external_secrets_manager_id

        auth: dict[str, Any] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, NewConnectorRequestV1AuthType0):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, NewConnectorRequestV1ConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        external_secrets_keys_config: dict[str, Any] | None | Unset
        if isinstance(self.external_secrets_keys_config, Unset):
            external_secrets_keys_config = UNSET
        elif isinstance(self.external_secrets_keys_config, NewConnectorRequestV1ExternalSecretsKeysConfigType0):
            external_secrets_keys_config = self.external_secrets_keys_config.to_dict()
        else:
            external_secrets_keys_config = self.external_secrets_keys_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_id": group_id,
                "service": service,
            }
        )
        if trust_certificates is not UNSET:
            field_dict["trust_certificates"] = trust_certificates
        if trust_fingerprints is not UNSET:
            field_dict["trust_fingerprints"] = trust_fingerprints
        if run_setup_tests is not UNSET:
            field_dict["run_setup_tests"] = run_setup_tests
        if paused is not UNSET:
            field_dict["paused"] = paused
        if pause_after_trial is not UNSET:
            field_dict["pause_after_trial"] = pause_after_trial
        if sync_frequency is not UNSET:
            field_dict["sync_frequency"] = sync_frequency
        if data_delay_sensitivity is not UNSET:
            field_dict["data_delay_sensitivity"] = data_delay_sensitivity
        if data_delay_threshold is not UNSET:
            field_dict["data_delay_threshold"] = data_delay_threshold
        if daily_sync_time is not UNSET:
            field_dict["daily_sync_time"] = daily_sync_time
        if schedule_type is not UNSET:
            field_dict["schedule_type"] = schedule_type
        if connect_card_config is not UNSET:
            field_dict["connect_card_config"] = connect_card_config
        if proxy_agent_id is not UNSET:
            field_dict["proxy_agent_id"] = proxy_agent_id
        if private_link_id is not UNSET:
            field_dict["private_link_id"] = private_link_id
        if networking_method is not UNSET:
            field_dict["networking_method"] = networking_method
        if hybrid_deployment_agent_id is not UNSET:
            field_dict["hybrid_deployment_agent_id"] = hybrid_deployment_agent_id
        if destination_configuration is not UNSET:
            field_dict["destination_configuration"] = destination_configuration
        if destination_schema_names is not UNSET:
            field_dict["destination_schema_names"] = destination_schema_names
        if external_secrets_manager_id is not UNSET:
            field_dict["external_secrets_manager_id"] = external_secrets_manager_id
        if auth is not UNSET:
            field_dict["auth"] = auth
        if config is not UNSET:
            field_dict["config"] = config
        if external_secrets_keys_config is not UNSET:
            field_dict["external_secrets_keys_config"] = external_secrets_keys_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        group_id = d.pop("group_id")

        service = d.pop("service")

        trust_certificates = cast(bool | None | Unset, d.pop("trust_certificates", UNSET))

        trust_fingerprints = cast(bool | None | Unset, d.pop("trust_fingerprints", UNSET))

        run_setup_tests = cast(bool | None | Unset, d.pop("run_setup_tests", UNSET))

        paused = cast(bool | None | Unset, d.pop("paused", UNSET))

        pause_after_trial = cast(bool | None | Unset, d.pop("pause_after_trial", UNSET))

        _sync_frequency = d.pop("sync_frequency", UNSET)
        sync_frequency: NewConnectorRequestV1SyncFrequency | Unset
        if isinstance(_sync_frequency, Unset):
            sync_frequency = UNSET
        else:
            sync_frequency = NewConnectorRequestV1SyncFrequency(_sync_frequency)

        _data_delay_sensitivity = d.pop("data_delay_sensitivity", UNSET)
        data_delay_sensitivity: NewConnectorRequestV1DataDelaySensitivity | Unset
        if isinstance(_data_delay_sensitivity, Unset):
            data_delay_sensitivity = UNSET
        else:
            data_delay_sensitivity = NewConnectorRequestV1DataDelaySensitivity(_data_delay_sensitivity)

        data_delay_threshold = cast(int | None | Unset, d.pop("data_delay_threshold", UNSET))

        daily_sync_time = cast(None | str | Unset, d.pop("daily_sync_time", UNSET))

        _schedule_type = d.pop("schedule_type", UNSET)
        schedule_type: NewConnectorRequestV1ScheduleType | Unset
        if isinstance(_schedule_type, Unset):
            schedule_type = UNSET
        else:
            schedule_type = NewConnectorRequestV1ScheduleType(_schedule_type)

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

        proxy_agent_id = cast(None | str | Unset, d.pop("proxy_agent_id", UNSET))

        private_link_id = cast(None | str | Unset, d.pop("private_link_id", UNSET))

        _networking_method = d.pop("networking_method", UNSET)
        networking_method: NewConnectorRequestV1NetworkingMethod | Unset
        if isinstance(_networking_method, Unset):
            networking_method = UNSET
        else:
            networking_method = NewConnectorRequestV1NetworkingMethod(_networking_method)

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

        _destination_schema_names = d.pop("destination_schema_names", UNSET)
        destination_schema_names: NewConnectorRequestV1DestinationSchemaNames | Unset
        if isinstance(_destination_schema_names, Unset):
            destination_schema_names = UNSET
        else:
            destination_schema_names = NewConnectorRequestV1DestinationSchemaNames(_destination_schema_names)

        external_secrets_manager_id = cast(None | str | Unset, d.pop("external_secrets_manager_id", UNSET))

        def _parse_auth(data: object) -> NewConnectorRequestV1AuthType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0 = NewConnectorRequestV1AuthType0.from_dict(data)

                return auth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewConnectorRequestV1AuthType0 | None | Unset, data)

        auth = _parse_auth(d.pop("auth", UNSET))

        def _parse_config(data: object) -> NewConnectorRequestV1ConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = NewConnectorRequestV1ConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewConnectorRequestV1ConfigType0 | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_external_secrets_keys_config(
            data: object,
        ) -> NewConnectorRequestV1ExternalSecretsKeysConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_secrets_keys_config_type_0 = NewConnectorRequestV1ExternalSecretsKeysConfigType0.from_dict(
                    data
                )

                return external_secrets_keys_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewConnectorRequestV1ExternalSecretsKeysConfigType0 | None | Unset, data)

        external_secrets_keys_config = _parse_external_secrets_keys_config(d.pop("external_secrets_keys_config", UNSET))

        new_connector_request_v1 = cls(
            group_id=group_id,
            service=service,
            trust_certificates=trust_certificates,
            trust_fingerprints=trust_fingerprints,
            run_setup_tests=run_setup_tests,
            paused=paused,
            pause_after_trial=pause_after_trial,
            sync_frequency=sync_frequency,
            data_delay_sensitivity=data_delay_sensitivity,
            data_delay_threshold=data_delay_threshold,
            daily_sync_time=daily_sync_time,
            schedule_type=schedule_type,
            connect_card_config=connect_card_config,
            proxy_agent_id=proxy_agent_id,
            private_link_id=private_link_id,
            networking_method=networking_method,
            hybrid_deployment_agent_id=hybrid_deployment_agent_id,
            destination_configuration=destination_configuration,
            destination_schema_names=destination_schema_names,
            external_secrets_manager_id=external_secrets_manager_id,
            auth=auth,
            config=config,
            external_secrets_keys_config=external_secrets_keys_config,
        )

        new_connector_request_v1.additional_properties = d
        return new_connector_request_v1

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
