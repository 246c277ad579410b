from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.destination_configuration import DestinationConfiguration
from ..models.json_node import JsonNode
from ..models.update_connector_request_data_delay_sensitivity import UpdateConnectorRequestDataDelaySensitivity
from ..models.update_connector_request_networking_method import UpdateConnectorRequestNetworkingMethod
from ..models.update_connector_request_schedule_type import UpdateConnectorRequestScheduleType
from ..models.update_connector_request_schema_status import UpdateConnectorRequestSchemaStatus
from ..models.update_connector_request_sync_frequency import UpdateConnectorRequestSyncFrequency
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateConnectorRequest")


@_attrs_define
class UpdateConnectorRequest:
    """
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
        sync_frequency (UpdateConnectorRequestSyncFrequency | Unset): The connection sync frequency in minutes Example:
            1440.
        data_delay_threshold (int | None | Unset):
        data_delay_sensitivity (UpdateConnectorRequestDataDelaySensitivity | Unset):
        daily_sync_time (None | str | Unset): The daily sync start time, in `HH:MM` format (UTC), at which the
            connection syncs. Returned only when `sync_frequency` is `1440` and `daily_sync_time` was explicitly set. `null`
            otherwise. Example: 14:00.
        pause_after_trial (bool | None | Unset): Specifies whether the connection should be paused after the free trial
            period has ended Example: False.
        schema_status (UpdateConnectorRequestSchemaStatus | Unset): Schema status. Example: BLOCKED_ON_CAPTURE.
        is_historical_sync (bool | None | Unset): The boolean specifying whether the connection should be triggered to
            re-sync all historical data. If you set this parameter to TRUE, a [historical
            sync](https://fivetran.com/docs/getting-started/glossary#historicalsync) starts immediately. If a sync is
            currently running, it's canceled and restarted as a historical sync. All subsequent syncs after the historical
            sync completes will be incremental. If the value is FALSE or not specified, the connection doesn't re-sync
            historical data. This parameter is automatically reset to FALSE once the historical sync is completed. Example:
            True.
        schedule_type (UpdateConnectorRequestScheduleType | Unset): The connection schedule configuration type.
            Supported values: auto, manual Example: auto.
        run_setup_tests (bool | None | Unset): Specifies whether the setup tests should be run automatically after
            updating the connection. The default value is TRUE. When using this parameter in a PATCH request, you must also
            include at least one persistent configuration parameter (e.g., `sync_frequency`, `paused`, `config`, `auth`).
            This parameter can be combined with `trust_certificates` or `trust_fingerprints` to automatically approve
            `certificates/fingerprints` during the test run. To run setup tests without making configuration changes, use
            the POST `/v1/connections/{connectionId}/test` endpoint instead. Example: True.
        networking_method (UpdateConnectorRequestNetworkingMethod | Unset):
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

    config: JsonNode | None | Unset = UNSET
    auth: Any | Unset = UNSET
    paused: bool | None | Unset = UNSET
    trust_certificates: bool | None | Unset = UNSET
    trust_fingerprints: bool | None | Unset = UNSET
    sync_frequency: UpdateConnectorRequestSyncFrequency | Unset = UNSET
    data_delay_threshold: int | None | Unset = UNSET
    data_delay_sensitivity: UpdateConnectorRequestDataDelaySensitivity | Unset = UNSET
    daily_sync_time: None | str | Unset = UNSET
    pause_after_trial: bool | None | Unset = UNSET
    schema_status: UpdateConnectorRequestSchemaStatus | Unset = UNSET
    is_historical_sync: bool | None | Unset = UNSET
    schedule_type: UpdateConnectorRequestScheduleType | Unset = UNSET
    run_setup_tests: bool | None | Unset = UNSET
    networking_method: UpdateConnectorRequestNetworkingMethod | Unset = UNSET
    hybrid_deployment_agent_id: None | str | Unset = UNSET
    proxy_agent_id: None | str | Unset = UNSET
    private_link_id: None | str | Unset = UNSET
    destination_configuration: DestinationConfiguration | None | Unset = UNSET
    external_secrets_manager_id: None | str | Unset = UNSET
    external_secrets_keys_config: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, JsonNode):
            config = self.config.to_dict()
        else:
            config = self.config

        auth = self.auth

        paused: bool | None | Unset
        if isinstance(self.paused, Unset):
            paused = UNSET
        else:
            paused = self.paused

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

        sync_frequency: int | Unset = UNSET
        if not isinstance(self.sync_frequency, Unset):
            sync_frequency = self.sync_frequency.value

        data_delay_threshold: int | None | Unset
        if isinstance(self.data_delay_threshold, Unset):
            data_delay_threshold = UNSET
        else:
            data_delay_threshold = self.data_delay_threshold

        data_delay_sensitivity: str | Unset = UNSET
        if not isinstance(self.data_delay_sensitivity, Unset):
            data_delay_sensitivity = self.data_delay_sensitivity.value

        daily_sync_time: None | str | Unset
        if isinstance(self.daily_sync_time, Unset):
            daily_sync_time = UNSET
        else:
            daily_sync_time = self.daily_sync_time

        pause_after_trial: bool | None | Unset
        if isinstance(self.pause_after_trial, Unset):
            pause_after_trial = UNSET
        else:
            pause_after_trial = self.pause_after_trial

        schema_status: str | Unset = UNSET
        if not isinstance(self.schema_status, Unset):
            schema_status = self.schema_status.value

        is_historical_sync: bool | None | Unset
        if isinstance(self.is_historical_sync, Unset):
            is_historical_sync = UNSET
        else:
            is_historical_sync = self.is_historical_sync

        schedule_type: str | Unset = UNSET
        if not isinstance(self.schedule_type, Unset):
            schedule_type = self.schedule_type.value

        run_setup_tests: bool | None | Unset
        if isinstance(self.run_setup_tests, Unset):
            run_setup_tests = UNSET
        else:
            run_setup_tests = self.run_setup_tests

        networking_method: str | Unset = UNSET
        if not isinstance(self.networking_method, Unset):
            networking_method = self.networking_method.value

        hybrid_deployment_agent_id: None | str | Unset
        if isinstance(self.hybrid_deployment_agent_id, Unset):
            hybrid_deployment_agent_id = UNSET
        else:
            hybrid_deployment_agent_id = self.hybrid_deployment_agent_id

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

        destination_configuration: dict[str, Any] | None | Unset
        if isinstance(self.destination_configuration, Unset):
            destination_configuration = UNSET
        elif isinstance(self.destination_configuration, DestinationConfiguration):
            destination_configuration = self.destination_configuration.to_dict()
        else:
            destination_configuration = self.destination_configuration

        external_secrets_manager_id: None | str | Unset
        if isinstance(self.external_secrets_manager_id, Unset):
            external_secrets_manager_id = UNSET
        else:
            external_secrets_manager_id = self.external_secrets_manager_id

        external_secrets_keys_config = self.external_secrets_keys_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if auth is not UNSET:
            field_dict["auth"] = auth
        if paused is not UNSET:
            field_dict["paused"] = paused
        if trust_certificates is not UNSET:
            field_dict["trust_certificates"] = trust_certificates
        if trust_fingerprints is not UNSET:
            field_dict["trust_fingerprints"] = trust_fingerprints
        if sync_frequency is not UNSET:
            field_dict["sync_frequency"] = sync_frequency
        if data_delay_threshold is not UNSET:
            field_dict["data_delay_threshold"] = data_delay_threshold
        if data_delay_sensitivity is not UNSET:
            field_dict["data_delay_sensitivity"] = data_delay_sensitivity
        if daily_sync_time is not UNSET:
            field_dict["daily_sync_time"] = daily_sync_time
        if pause_after_trial is not UNSET:
            field_dict["pause_after_trial"] = pause_after_trial
        if schema_status is not UNSET:
            field_dict["schema_status"] = schema_status
        if is_historical_sync is not UNSET:
            field_dict["is_historical_sync"] = is_historical_sync
        if schedule_type is not UNSET:
            field_dict["schedule_type"] = schedule_type
        if run_setup_tests is not UNSET:
            field_dict["run_setup_tests"] = run_setup_tests
        if networking_method is not UNSET:
            field_dict["networking_method"] = networking_method
        if hybrid_deployment_agent_id is not UNSET:
            field_dict["hybrid_deployment_agent_id"] = hybrid_deployment_agent_id
        if proxy_agent_id is not UNSET:
            field_dict["proxy_agent_id"] = proxy_agent_id
        if private_link_id is not UNSET:
            field_dict["private_link_id"] = private_link_id
        if destination_configuration is not UNSET:
            field_dict["destination_configuration"] = destination_configuration
        if external_secrets_manager_id is not UNSET:
            field_dict["external_secrets_manager_id"] = external_secrets_manager_id
        if external_secrets_keys_config is not UNSET:
            field_dict["external_secrets_keys_config"] = external_secrets_keys_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_config(data: object) -> JsonNode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_1 = JsonNode.from_dict(data)

                return config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonNode | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        auth = d.pop("auth", UNSET)

        paused = cast(bool | None | Unset, d.pop("paused", UNSET))

        trust_certificates = cast(bool | None | Unset, d.pop("trust_certificates", UNSET))

        trust_fingerprints = cast(bool | None | Unset, d.pop("trust_fingerprints", UNSET))

        _sync_frequency = d.pop("sync_frequency", UNSET)
        sync_frequency: UpdateConnectorRequestSyncFrequency | Unset
        if isinstance(_sync_frequency, Unset):
            sync_frequency = UNSET
        else:
            sync_frequency = UpdateConnectorRequestSyncFrequency(_sync_frequency)

        data_delay_threshold = cast(int | None | Unset, d.pop("data_delay_threshold", UNSET))

        _data_delay_sensitivity = d.pop("data_delay_sensitivity", UNSET)
        data_delay_sensitivity: UpdateConnectorRequestDataDelaySensitivity | Unset
        if isinstance(_data_delay_sensitivity, Unset):
            data_delay_sensitivity = UNSET
        else:
            data_delay_sensitivity = UpdateConnectorRequestDataDelaySensitivity(_data_delay_sensitivity)

        daily_sync_time = cast(None | str | Unset, d.pop("daily_sync_time", UNSET))

        pause_after_trial = cast(bool | None | Unset, d.pop("pause_after_trial", UNSET))

        _schema_status = d.pop("schema_status", UNSET)
        schema_status: UpdateConnectorRequestSchemaStatus | Unset
        if isinstance(_schema_status, Unset):
            schema_status = UNSET
        else:
            schema_status = UpdateConnectorRequestSchemaStatus(_schema_status)

        is_historical_sync = cast(bool | None | Unset, d.pop("is_historical_sync", UNSET))

        _schedule_type = d.pop("schedule_type", UNSET)
        schedule_type: UpdateConnectorRequestScheduleType | Unset
        if isinstance(_schedule_type, Unset):
            schedule_type = UNSET
        else:
            schedule_type = UpdateConnectorRequestScheduleType(_schedule_type)

        run_setup_tests = cast(bool | None | Unset, d.pop("run_setup_tests", UNSET))

        _networking_method = d.pop("networking_method", UNSET)
        networking_method: UpdateConnectorRequestNetworkingMethod | Unset
        if isinstance(_networking_method, Unset):
            networking_method = UNSET
        else:
            networking_method = UpdateConnectorRequestNetworkingMethod(_networking_method)

        hybrid_deployment_agent_id = cast(None | str | Unset, d.pop("hybrid_deployment_agent_id", UNSET))

        proxy_agent_id = cast(None | str | Unset, d.pop("proxy_agent_id", UNSET))

        private_link_id = cast(None | str | Unset, d.pop("private_link_id", UNSET))

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

        external_secrets_manager_id = cast(None | str | Unset, d.pop("external_secrets_manager_id", UNSET))

        external_secrets_keys_config = d.pop("external_secrets_keys_config", UNSET)

        update_connector_request = cls(
            config=config,
            auth=auth,
            paused=paused,
            trust_certificates=trust_certificates,
            trust_fingerprints=trust_fingerprints,
            sync_frequency=sync_frequency,
            data_delay_threshold=data_delay_threshold,
            data_delay_sensitivity=data_delay_sensitivity,
            daily_sync_time=daily_sync_time,
            pause_after_trial=pause_after_trial,
            schema_status=schema_status,
            is_historical_sync=is_historical_sync,
            schedule_type=schedule_type,
            run_setup_tests=run_setup_tests,
            networking_method=networking_method,
            hybrid_deployment_agent_id=hybrid_deployment_agent_id,
            proxy_agent_id=proxy_agent_id,
            private_link_id=private_link_id,
            destination_configuration=destination_configuration,
            external_secrets_manager_id=external_secrets_manager_id,
            external_secrets_keys_config=external_secrets_keys_config,
        )

        update_connector_request.additional_properties = d
        return update_connector_request

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
