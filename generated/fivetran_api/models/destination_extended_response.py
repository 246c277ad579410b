from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.destination_extended_response_config_type_0 import DestinationExtendedResponseConfigType0
from ..models.destination_extended_response_external_secrets_keys_config_type_0 import (
    DestinationExtendedResponseExternalSecretsKeysConfigType0,
)
from ..models.setup_test_result_response import SetupTestResultResponse
from ..types import UNSET, Unset

T = TypeVar("T", bound="DestinationExtendedResponse")


@_attrs_define
class DestinationExtendedResponse:
    """
    Attributes:
        id (None | str | Unset): The unique identifier for the destination within the Fivetran system Example:
            destination_id.
        service (None | str | Unset): The name for the destination type within the Fivetran system. Example: snowflake.
        region (None | str | Unset): Data processing location. This is where Fivetran will operate and run computation
            on data. Known values: `GCP_US_EAST4`, `GCP_US_WEST1`, `GCP_US_CENTRAL1`, `GCP_EUROPE_WEST3`,
            `GCP_AUSTRALIA_SOUTHEAST1`, `GCP_NORTHAMERICA_NORTHEAST1`, `GCP_EUROPE_WEST2`, `GCP_ASIA_SOUTHEAST1`,
            `GCP_ASIA_SOUTHEAST2`, `GCP_ASIA_SOUTH1`, `GCP_ASIA_NORTHEAST1`, `AWS_US_EAST_1`, `AWS_US_EAST_2`,
            `AWS_US_WEST_2`, `AWS_AP_NORTHEAST_1`, `AWS_AP_SOUTHEAST_1`, `AWS_AP_SOUTHEAST_2`, `AWS_EU_CENTRAL_1`,
            `AWS_EU_WEST_1`, `AWS_EU_WEST_2`, `AWS_AP_SOUTH_1`, `AWS_CA_CENTRAL_1`, `AWS_US_GOV_WEST_1`, `AZURE_EASTUS2`,
            `AZURE_AUSTRALIAEAST`, `AZURE_UKSOUTH`, `AZURE_WESTEUROPE`, `AZURE_CENTRALUS`, `AZURE_CANADACENTRAL`,
            `AZURE_UAENORTH`, `AZURE_SOUTHEASTASIA`, `AZURE_EASTUS`, `AZURE_JAPANEAST`, `AZURE_CENTRALINDIA` (others may
            appear). Example: GCP_US_EAST4.
        group_id (None | str | Unset): The unique identifier for the group within the Fivetran system. Example:
            group_id.
        time_zone_offset (None | str | Unset): Determines the time zone for the Fivetran sync schedule. Known values:
            `-11`, `-10`, `-9`, `-8`, `-7`, `-6`, `-5`, `-4`, `-3`, `-2`, `-1`, `0`, `+1`, `+2`, `+3`, `+4`, `+5`, `+6`,
            `+7`, `+8`, `+9`, `+10`, `+11`, `+12` (others may appear). Example: +3.
        setup_status (None | str | Unset): Destination setup status Known values: `INCOMPLETE`, `CONNECTED`, `BROKEN`
            (others may appear). Example: CONNECTED.
        daylight_saving_time_enabled (bool | None | Unset): Shift my UTC offset with daylight savings time (US Only)
            Example: True.
        private_link_id (None | str | Unset): The unique identifier for the self-served private link that is used by the
            connection Example: private_link_id.
        networking_method (None | str | Unset): Known values: `Directly`, `PrivateLink`, `SshTunnel`, `ProxyAgent`
            (others may appear).
        local_processing_agent_id (None | str | Unset): (Deprecated) The unique identifier for the hybrid deployment
            agent within the Fivetran system Example: local_processing_agent_id.
        hybrid_deployment_agent_id (None | str | Unset): The unique identifier for the hybrid deployment agent within
            the Fivetran system Example: hybrid_deployment_agent_id.
        proxy_agent_id (None | str | Unset): The unique identifier for the proxy agent within the Fivetran system
            Example: proxy_agent_id.
        external_secrets_manager_id (None | str | Unset): The unique identifier of the [External Secrets
            Manager](/docs/rest-api/api-reference/external-secrets-managers) instance. Destination service must
            [support](/docs/core-concepts/features/external-secret-managers#destinations) External Secrets Manager feature
            to use this field.
        setup_tests (list[SetupTestResultResponse] | None | Unset): Setup tests results for this destination
        config (DestinationExtendedResponseConfigType0 | None | Unset): Service-specific `config`, kept as a free-form
            mapping: its keys depend on `service` and change over time.
        external_secrets_keys_config (DestinationExtendedResponseExternalSecretsKeysConfigType0 | None | Unset):
            Service-specific `external_secrets_keys_config`, kept as a free-form mapping: its keys depend on `service` and
            change over time.
    """

    id: None | str | Unset = UNSET
    service: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    time_zone_offset: None | str | Unset = UNSET
    setup_status: None | str | Unset = UNSET
    daylight_saving_time_enabled: bool | None | Unset = UNSET
    private_link_id: None | str | Unset = UNSET
    networking_method: None | str | Unset = UNSET
    local_processing_agent_id: None | str | Unset = UNSET
    hybrid_deployment_agent_id: None | str | Unset = UNSET
    proxy_agent_id: None | str | Unset = UNSET
    external_secrets_manager_id: None | str | Unset = UNSET
    setup_tests: list[SetupTestResultResponse] | None | Unset = UNSET
    config: DestinationExtendedResponseConfigType0 | None | Unset = UNSET
    external_secrets_keys_config: DestinationExtendedResponseExternalSecretsKeysConfigType0 | None | Unset = UNSET
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

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        time_zone_offset: None | str | Unset
        if isinstance(self.time_zone_offset, Unset):
            time_zone_offset = UNSET
        else:
            time_zone_offset = self.time_zone_offset

        setup_status: None | str | Unset
        if isinstance(self.setup_status, Unset):
            setup_status = UNSET
        else:
            setup_status = self.setup_status

        daylight_saving_time_enabled: bool | None | Unset
        if isinstance(self.daylight_saving_time_enabled, Unset):
            daylight_saving_time_enabled = UNSET
        else:
            daylight_saving_time_enabled = self.daylight_saving_time_enabled

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

        local_processing_agent_id: None | str | Unset
        if isinstance(self.local_processing_agent_id, Unset):
            local_processing_agent_id = UNSET
        else:
            local_processing_agent_id = self.local_processing_agent_id

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

        external_secrets_manager_id: None | str | Unset
        if isinstance(self.external_secrets_manager_id, Unset):
            external_secrets_manager_id = UNSET
        else:
            external_secrets_manager_id = self.external_secrets_manager_id

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

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, DestinationExtendedResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        external_secrets_keys_config: dict[str, Any] | None | Unset
        if isinstance(self.external_secrets_keys_config, Unset):
            external_secrets_keys_config = UNSET
        elif isinstance(self.external_secrets_keys_config, DestinationExtendedResponseExternalSecretsKeysConfigType0):
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
        if region is not UNSET:
            field_dict["region"] = region
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if time_zone_offset is not UNSET:
            field_dict["time_zone_offset"] = time_zone_offset
        if setup_status is not UNSET:
            field_dict["setup_status"] = setup_status
        if daylight_saving_time_enabled is not UNSET:
            field_dict["daylight_saving_time_enabled"] = daylight_saving_time_enabled
        if private_link_id is not UNSET:
            field_dict["private_link_id"] = private_link_id
        if networking_method is not UNSET:
            field_dict["networking_method"] = networking_method
        if local_processing_agent_id is not UNSET:
            field_dict["local_processing_agent_id"] = local_processing_agent_id
        if hybrid_deployment_agent_id is not UNSET:
            field_dict["hybrid_deployment_agent_id"] = hybrid_deployment_agent_id
        if proxy_agent_id is not UNSET:
            field_dict["proxy_agent_id"] = proxy_agent_id
        if external_secrets_manager_id is not UNSET:
            field_dict["external_secrets_manager_id"] = external_secrets_manager_id
        if setup_tests is not UNSET:
            field_dict["setup_tests"] = setup_tests
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

        region = cast(None | str | Unset, d.pop("region", UNSET))

        group_id = cast(None | str | Unset, d.pop("group_id", UNSET))

        time_zone_offset = cast(None | str | Unset, d.pop("time_zone_offset", UNSET))

        setup_status = cast(None | str | Unset, d.pop("setup_status", UNSET))

        daylight_saving_time_enabled = cast(bool | None | Unset, d.pop("daylight_saving_time_enabled", UNSET))

        private_link_id = cast(None | str | Unset, d.pop("private_link_id", UNSET))

        networking_method = cast(None | str | Unset, d.pop("networking_method", UNSET))

        local_processing_agent_id = cast(None | str | Unset, d.pop("local_processing_agent_id", UNSET))

        hybrid_deployment_agent_id = cast(None | str | Unset, d.pop("hybrid_deployment_agent_id", UNSET))

        proxy_agent_id = cast(None | str | Unset, d.pop("proxy_agent_id", UNSET))

        external_secrets_manager_id = cast(None | str | Unset, d.pop("external_secrets_manager_id", UNSET))

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

        def _parse_config(data: object) -> DestinationExtendedResponseConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = DestinationExtendedResponseConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DestinationExtendedResponseConfigType0 | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_external_secrets_keys_config(
            data: object,
        ) -> DestinationExtendedResponseExternalSecretsKeysConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_secrets_keys_config_type_0 = (
                    DestinationExtendedResponseExternalSecretsKeysConfigType0.from_dict(data)
                )

                return external_secrets_keys_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DestinationExtendedResponseExternalSecretsKeysConfigType0 | None | Unset, data)

        external_secrets_keys_config = _parse_external_secrets_keys_config(d.pop("external_secrets_keys_config", UNSET))

        destination_extended_response = cls(
            id=id,
            service=service,
            region=region,
            group_id=group_id,
            time_zone_offset=time_zone_offset,
            setup_status=setup_status,
            daylight_saving_time_enabled=daylight_saving_time_enabled,
            private_link_id=private_link_id,
            networking_method=networking_method,
            local_processing_agent_id=local_processing_agent_id,
            hybrid_deployment_agent_id=hybrid_deployment_agent_id,
            proxy_agent_id=proxy_agent_id,
            external_secrets_manager_id=external_secrets_manager_id,
            setup_tests=setup_tests,
            config=config,
            external_secrets_keys_config=external_secrets_keys_config,
        )

        destination_extended_response.additional_properties = d
        return destination_extended_response

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
