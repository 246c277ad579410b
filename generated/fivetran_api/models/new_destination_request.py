from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_destination_request_config_type_0 import NewDestinationRequestConfigType0
    from ..models.new_destination_request_external_secrets_keys_config_type_0 import (
        NewDestinationRequestExternalSecretsKeysConfigType0,
    )
    from ..types import UNSET, Unset

__all__ = ["NewDestinationRequest"]


class NewDestinationRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        group_id (str): The unique identifier for the group within the Fivetran system. Example: group_id.
        service (str): The name for the destination type within the Fivetran system. Example: snowflake.
        time_zone_offset (str): Determines the time zone for the Fivetran sync schedule. Example: +3. Known values:
            `NewDestinationRequestTimeZoneOffset` (others pass as given).
        region (str | Unset): Data processing location. This is where Fivetran will operate and run computation on data.
            Example: GCP_US_WEST1. Known values: `NewDestinationRequestRegion` (others pass as given).
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
        networking_method (str | Unset):  Known values: `NewDestinationRequestNetworkingMethod` (others pass as given).
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

    group_id: Field[str] = Field("group_id", required=True)
    service: Field[str] = Field("service", required=True)
    time_zone_offset: Field[str] = Field("time_zone_offset", required=True)
    region: Field[str | Unset] = Field("region")
    trust_certificates: Field[bool | None | Unset] = Field("trust_certificates")
    trust_fingerprints: Field[bool | None | Unset] = Field("trust_fingerprints")
    run_setup_tests: Field[bool | None | Unset] = Field("run_setup_tests")
    daylight_saving_time_enabled: Field[bool | None | Unset] = Field("daylight_saving_time_enabled")
    hybrid_deployment_agent_id: Field[None | str | Unset] = Field("hybrid_deployment_agent_id")
    private_link_id: Field[None | str | Unset] = Field("private_link_id")
    networking_method: Field[str | Unset] = Field("networking_method")
    proxy_agent_id: Field[None | str | Unset] = Field("proxy_agent_id")
    external_secrets_manager_id: Field[None | str | Unset] = Field("external_secrets_manager_id")
    config: Field[NewDestinationRequestConfigType0 | None | Unset] = Field(
        "config", Nested("new_destination_request_config_type_0", "NewDestinationRequestConfigType0")
    )
    external_secrets_keys_config: Field[NewDestinationRequestExternalSecretsKeysConfigType0 | None | Unset] = Field(
        "external_secrets_keys_config",
        Nested(
            "new_destination_request_external_secrets_keys_config_type_0",
            "NewDestinationRequestExternalSecretsKeysConfigType0",
        ),
    )

    def __init__(
        self,
        *,
        group_id: str,
        service: str,
        time_zone_offset: str,
        region: str | Unset = UNSET,
        trust_certificates: bool | None | Unset = UNSET,
        trust_fingerprints: bool | None | Unset = UNSET,
        run_setup_tests: bool | None | Unset = UNSET,
        daylight_saving_time_enabled: bool | None | Unset = UNSET,
        hybrid_deployment_agent_id: None | str | Unset = UNSET,
        private_link_id: None | str | Unset = UNSET,
        networking_method: str | Unset = UNSET,
        proxy_agent_id: None | str | Unset = UNSET,
        external_secrets_manager_id: None | str | Unset = UNSET,
        config: NewDestinationRequestConfigType0 | None | Unset = UNSET,
        external_secrets_keys_config: NewDestinationRequestExternalSecretsKeysConfigType0 | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "group_id": group_id,
                "service": service,
                "time_zone_offset": time_zone_offset,
                "region": region,
                "trust_certificates": trust_certificates,
                "trust_fingerprints": trust_fingerprints,
                "run_setup_tests": run_setup_tests,
                "daylight_saving_time_enabled": daylight_saving_time_enabled,
                "hybrid_deployment_agent_id": hybrid_deployment_agent_id,
                "private_link_id": private_link_id,
                "networking_method": networking_method,
                "proxy_agent_id": proxy_agent_id,
                "external_secrets_manager_id": external_secrets_manager_id,
                "config": config,
                "external_secrets_keys_config": external_secrets_keys_config,
            }
        )
