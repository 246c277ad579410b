from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_destination_request_config_type_0 import NewDestinationRequestConfigType0
from ..models.new_destination_request_external_secrets_keys_config_type_0 import (
    NewDestinationRequestExternalSecretsKeysConfigType0,
)
from ..models.new_destination_request_networking_method import NewDestinationRequestNetworkingMethod
from ..models.new_destination_request_region import NewDestinationRequestRegion
from ..models.new_destination_request_time_zone_offset import NewDestinationRequestTimeZoneOffset
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewDestinationRequest")


@_attrs_define
class NewDestinationRequest:
    """
    Attributes:
        group_id (str): The unique identifier for the group within the Fivetran system. Example: group_id.
        service (str): The name for the destination type within the Fivetran system. Example: snowflake.
        time_zone_offset (NewDestinationRequestTimeZoneOffset): Determines the time zone for the Fivetran sync schedule.
            Example: +3.
        region (NewDestinationRequestRegion | Unset): Data processing location. This is where Fivetran will operate and
            run computation on data. Example: GCP_US_WEST1.
        trust_certificates (bool | None | Unset): Specifies whether we should trust the certificate automatically. The
            default value is FALSE. If a certificate is not trusted automatically, it has to be approved by calling the
            [Approve destination certificate endpoint](/docs/rest-api/api-reference/certificates/approve-destination-
            certificate).

            > IMPORTANT: To capture the `hash` and `encoded_cert` values needed for approval, omit this field or set it to
            `false`.
             Example: True.
        trust_fingerprints (bool | None | Unset): Specifies whether we should trust the SSH fingerprint automatically.
            The default value is FALSE. If a fingerprint is not trusted automatically, it has to be approved by calling the
            [Approve destination fingerprint endpoint](/docs/rest-api/api-reference/certificates/approve-destination-
            fingerprint).

            > IMPORTANT: To capture the `hash` and `public_key` values needed for approval, omit this field or set it to
            `false`.
             Example: True.
        run_setup_tests (bool | None | Unset): Specifies whether setup tests should be run automatically. Example: True.
        daylight_saving_time_enabled (bool | None | Unset): Shift my UTC offset with daylight savings time (US Only)
            Example: True.
        hybrid_deployment_agent_id (None | str | Unset): The unique identifier for the hybrid deployment agent within
            the Fivetran system Example: hybrid_deployment_agent_id.
        private_link_id (None | str | Unset): The unique identifier for the self-served private link that is used by the
            connection Example: private_link_id.
        networking_method (NewDestinationRequestNetworkingMethod | Unset):
        proxy_agent_id (None | str | Unset): The unique identifier for the proxy agent within the Fivetran system
            Example: proxy_agent_id.
        external_secrets_manager_id (None | str | Unset): The unique identifier of the [External Secrets
            Manager](/docs/rest-api/api-reference/external-secrets-managers) instance. Destination service must
            [support](/docs/core-concepts/features/external-secret-managers#destinations) External Secrets Manager feature
            to use this field.
        config (NewDestinationRequestConfigType0 | None | Unset): Service-specific `config`, kept as a free-form
            mapping: its keys depend on `service` and change over time.
        external_secrets_keys_config (NewDestinationRequestExternalSecretsKeysConfigType0 | None | Unset): Service-
            specific `external_secrets_keys_config`, kept as a free-form mapping: its keys depend on `service` and change
            over time.
    """

    group_id: str
    service: str
    time_zone_offset: NewDestinationRequestTimeZoneOffset
    region: NewDestinationRequestRegion | Unset = UNSET
    trust_certificates: bool | None | Unset = UNSET
    trust_fingerprints: bool | None | Unset = UNSET
    run_setup_tests: bool | None | Unset = UNSET
    daylight_saving_time_enabled: bool | None | Unset = UNSET
    hybrid_deployment_agent_id: None | str | Unset = UNSET
    private_link_id: None | str | Unset = UNSET
    networking_method: NewDestinationRequestNetworkingMethod | Unset = UNSET
    proxy_agent_id: None | str | Unset = UNSET
    external_secrets_manager_id: None | str | Unset = UNSET
    config: NewDestinationRequestConfigType0 | None | Unset = UNSET
    external_secrets_keys_config: NewDestinationRequestExternalSecretsKeysConfigType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        group_id = self.group_id

        service = self.service

        time_zone_offset = self.time_zone_offset.value

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

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

        daylight_saving_time_enabled: bool | None | Unset
        if isinstance(self.daylight_saving_time_enabled, Unset):
            daylight_saving_time_enabled = UNSET
        else:
            daylight_saving_time_enabled = self.daylight_saving_time_enabled

        hybrid_deployment_agent_id: None | str | Unset
        if isinstance(self.hybrid_deployment_agent_id, Unset):
            hybrid_deployment_agent_id = UNSET
        else:
            hybrid_deployment_agent_id = self.hybrid_deployment_agent_id

        private_link_id: None | str | Unset
        if isinstance(self.private_link_id, Unset):
            private_link_id = UNSET
        else:
            private_link_id = self.private_link_id

        networking_method: str | Unset = UNSET
        if not isinstance(self.networking_method, Unset):
            networking_method = self.networking_method.value

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

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, NewDestinationRequestConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        external_secrets_keys_config: dict[str, Any] | None | Unset
        if isinstance(self.external_secrets_keys_config, Unset):
            external_secrets_keys_config = UNSET
        elif isinstance(self.external_secrets_keys_config, NewDestinationRequestExternalSecretsKeysConfigType0):
            external_secrets_keys_config = self.external_secrets_keys_config.to_dict()
        else:
            external_secrets_keys_config = self.external_secrets_keys_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_id": group_id,
                "service": service,
                "time_zone_offset": time_zone_offset,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if trust_certificates is not UNSET:
            field_dict["trust_certificates"] = trust_certificates
        if trust_fingerprints is not UNSET:
            field_dict["trust_fingerprints"] = trust_fingerprints
        if run_setup_tests is not UNSET:
            field_dict["run_setup_tests"] = run_setup_tests
        if daylight_saving_time_enabled is not UNSET:
            field_dict["daylight_saving_time_enabled"] = daylight_saving_time_enabled
        if hybrid_deployment_agent_id is not UNSET:
            field_dict["hybrid_deployment_agent_id"] = hybrid_deployment_agent_id
        if private_link_id is not UNSET:
            field_dict["private_link_id"] = private_link_id
        if networking_method is not UNSET:
            field_dict["networking_method"] = networking_method
        if proxy_agent_id is not UNSET:
            field_dict["proxy_agent_id"] = proxy_agent_id
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
        group_id = d.pop("group_id")

        service = d.pop("service")

        time_zone_offset = NewDestinationRequestTimeZoneOffset(d.pop("time_zone_offset"))

        _region = d.pop("region", UNSET)
        region: NewDestinationRequestRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = NewDestinationRequestRegion(_region)

        trust_certificates = cast(bool | None | Unset, d.pop("trust_certificates", UNSET))

        trust_fingerprints = cast(bool | None | Unset, d.pop("trust_fingerprints", UNSET))

        run_setup_tests = cast(bool | None | Unset, d.pop("run_setup_tests", UNSET))

        daylight_saving_time_enabled = cast(bool | None | Unset, d.pop("daylight_saving_time_enabled", UNSET))

        hybrid_deployment_agent_id = cast(None | str | Unset, d.pop("hybrid_deployment_agent_id", UNSET))

        private_link_id = cast(None | str | Unset, d.pop("private_link_id", UNSET))

        _networking_method = d.pop("networking_method", UNSET)
        networking_method: NewDestinationRequestNetworkingMethod | Unset
        if isinstance(_networking_method, Unset):
            networking_method = UNSET
        else:
            networking_method = NewDestinationRequestNetworkingMethod(_networking_method)

        proxy_agent_id = cast(None | str | Unset, d.pop("proxy_agent_id", UNSET))

        external_secrets_manager_id = cast(None | str | Unset, d.pop("external_secrets_manager_id", UNSET))

        def _parse_config(data: object) -> NewDestinationRequestConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = NewDestinationRequestConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewDestinationRequestConfigType0 | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_external_secrets_keys_config(
            data: object,
        ) -> NewDestinationRequestExternalSecretsKeysConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_secrets_keys_config_type_0 = NewDestinationRequestExternalSecretsKeysConfigType0.from_dict(
                    data
                )

                return external_secrets_keys_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewDestinationRequestExternalSecretsKeysConfigType0 | None | Unset, data)

        external_secrets_keys_config = _parse_external_secrets_keys_config(d.pop("external_secrets_keys_config", UNSET))

        new_destination_request = cls(
            group_id=group_id,
            service=service,
            time_zone_offset=time_zone_offset,
            region=region,
            trust_certificates=trust_certificates,
            trust_fingerprints=trust_fingerprints,
            run_setup_tests=run_setup_tests,
            daylight_saving_time_enabled=daylight_saving_time_enabled,
            hybrid_deployment_agent_id=hybrid_deployment_agent_id,
            private_link_id=private_link_id,
            networking_method=networking_method,
            proxy_agent_id=proxy_agent_id,
            external_secrets_manager_id=external_secrets_manager_id,
            config=config,
            external_secrets_keys_config=external_secrets_keys_config,
        )

        new_destination_request.additional_properties = d
        return new_destination_request

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
