from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.json_node import JsonNode
from ..models.update_destination_request_networking_method import UpdateDestinationRequestNetworkingMethod
from ..models.update_destination_request_region import UpdateDestinationRequestRegion
from ..models.update_destination_request_time_zone_offset import UpdateDestinationRequestTimeZoneOffset
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDestinationRequest")


@_attrs_define
class UpdateDestinationRequest:
    """
    Attributes:
        time_zone_offset (UpdateDestinationRequestTimeZoneOffset): Determines the time zone for the Fivetran sync
            schedule. Example: +3.
        region (UpdateDestinationRequestRegion | Unset): Data processing location. This is where Fivetran will operate
            and run computation on data. Example: GCP_US_EAST4.
        config (JsonNode | None | Unset): The setup configuration. Check possible config formats in [create
            method](/docs/rest-api/api-reference/destinations/create-destination/)
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
        hybrid_deployment_agent_id (None | str | Unset):
        private_link_id (None | str | Unset): The unique identifier for the self-served private link that is used by the
            connection Example: private_link_id.
        networking_method (UpdateDestinationRequestNetworkingMethod | Unset):
        proxy_agent_id (None | str | Unset): The unique identifier for the proxy agent within the Fivetran system
            Example: proxy_agent_id.
        external_secrets_manager_id (None | str | Unset): The unique identifier of the [External Secrets
            Manager](/docs/rest-api/api-reference/external-secrets-managers) instance. Destination service must
            [support](/docs/core-concepts/features/external-secret-managers#destinations) External Secrets Manager feature
            to use this field.
        external_secrets_keys_config (Any | Unset): The setup configuration keys to be stored in external secrets
            manager. Check possible config formats in [create method](/docs/rest-api/api-reference/destinations/create-
            destination/)
    """

    time_zone_offset: UpdateDestinationRequestTimeZoneOffset
    region: UpdateDestinationRequestRegion | Unset = UNSET
    config: JsonNode | None | Unset = UNSET
    trust_certificates: bool | None | Unset = UNSET
    trust_fingerprints: bool | None | Unset = UNSET
    run_setup_tests: bool | None | Unset = UNSET
    daylight_saving_time_enabled: bool | None | Unset = UNSET
    hybrid_deployment_agent_id: None | str | Unset = UNSET
    private_link_id: None | str | Unset = UNSET
    networking_method: UpdateDestinationRequestNetworkingMethod | Unset = UNSET
    proxy_agent_id: None | str | Unset = UNSET
    external_secrets_manager_id: None | str | Unset = UNSET
    external_secrets_keys_config: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        time_zone_offset = self.time_zone_offset.value

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, JsonNode):
            config = self.config.to_dict()
        else:
            config = self.config

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

        external_secrets_keys_config = self.external_secrets_keys_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time_zone_offset": time_zone_offset,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if config is not UNSET:
            field_dict["config"] = config
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
        if external_secrets_keys_config is not UNSET:
            field_dict["external_secrets_keys_config"] = external_secrets_keys_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        time_zone_offset = UpdateDestinationRequestTimeZoneOffset(d.pop("time_zone_offset"))

        _region = d.pop("region", UNSET)
        region: UpdateDestinationRequestRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = UpdateDestinationRequestRegion(_region)

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

        trust_certificates = cast(bool | None | Unset, d.pop("trust_certificates", UNSET))

        trust_fingerprints = cast(bool | None | Unset, d.pop("trust_fingerprints", UNSET))

        run_setup_tests = cast(bool | None | Unset, d.pop("run_setup_tests", UNSET))

        daylight_saving_time_enabled = cast(bool | None | Unset, d.pop("daylight_saving_time_enabled", UNSET))

        hybrid_deployment_agent_id = cast(None | str | Unset, d.pop("hybrid_deployment_agent_id", UNSET))

        private_link_id = cast(None | str | Unset, d.pop("private_link_id", UNSET))

        _networking_method = d.pop("networking_method", UNSET)
        networking_method: UpdateDestinationRequestNetworkingMethod | Unset
        if isinstance(_networking_method, Unset):
            networking_method = UNSET
        else:
            networking_method = UpdateDestinationRequestNetworkingMethod(_networking_method)

        proxy_agent_id = cast(None | str | Unset, d.pop("proxy_agent_id", UNSET))

        external_secrets_manager_id = cast(None | str | Unset, d.pop("external_secrets_manager_id", UNSET))

        external_secrets_keys_config = d.pop("external_secrets_keys_config", UNSET)

        update_destination_request = cls(
            time_zone_offset=time_zone_offset,
            region=region,
            config=config,
            trust_certificates=trust_certificates,
            trust_fingerprints=trust_fingerprints,
            run_setup_tests=run_setup_tests,
            daylight_saving_time_enabled=daylight_saving_time_enabled,
            hybrid_deployment_agent_id=hybrid_deployment_agent_id,
            private_link_id=private_link_id,
            networking_method=networking_method,
            proxy_agent_id=proxy_agent_id,
            external_secrets_manager_id=external_secrets_manager_id,
            external_secrets_keys_config=external_secrets_keys_config,
        )

        update_destination_request.additional_properties = d
        return update_destination_request

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
