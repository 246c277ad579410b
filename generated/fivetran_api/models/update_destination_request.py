from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_node import JsonNode
    from ..types import UNSET, Unset

__all__ = ["UpdateDestinationRequest"]


class UpdateDestinationRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        time_zone_offset (str): Determines the time zone for the Fivetran sync schedule. Example: +3. Known values:
            `UpdateDestinationRequestTimeZoneOffset` (others pass as given).
        region (str | Unset): Data processing location. This is where Fivetran will operate and run computation on data.
            Example: GCP_US_EAST4. Known values: `UpdateDestinationRequestRegion` (others pass as given).
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
        networking_method (str | Unset):  Known values: `UpdateDestinationRequestNetworkingMethod` (others pass as
            given).
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

    time_zone_offset: Field[str] = Field("time_zone_offset", required=True)
    region: Field[str | Unset] = Field("region")
    config: Field[JsonNode | None | Unset] = Field("config", Nested("json_node", "JsonNode"))
    trust_certificates: Field[bool | None | Unset] = Field("trust_certificates")
    trust_fingerprints: Field[bool | None | Unset] = Field("trust_fingerprints")
    run_setup_tests: Field[bool | None | Unset] = Field("run_setup_tests")
    daylight_saving_time_enabled: Field[bool | None | Unset] = Field("daylight_saving_time_enabled")
    hybrid_deployment_agent_id: Field[None | str | Unset] = Field("hybrid_deployment_agent_id")
    private_link_id: Field[None | str | Unset] = Field("private_link_id")
    networking_method: Field[str | Unset] = Field("networking_method")
    proxy_agent_id: Field[None | str | Unset] = Field("proxy_agent_id")
    external_secrets_manager_id: Field[None | str | Unset] = Field("external_secrets_manager_id")
    external_secrets_keys_config: Field[Any | Unset] = Field("external_secrets_keys_config")

    def __init__(
        self,
        *,
        time_zone_offset: str,
        region: str | Unset = UNSET,
        config: JsonNode | None | Unset = UNSET,
        trust_certificates: bool | None | Unset = UNSET,
        trust_fingerprints: bool | None | Unset = UNSET,
        run_setup_tests: bool | None | Unset = UNSET,
        daylight_saving_time_enabled: bool | None | Unset = UNSET,
        hybrid_deployment_agent_id: None | str | Unset = UNSET,
        private_link_id: None | str | Unset = UNSET,
        networking_method: str | Unset = UNSET,
        proxy_agent_id: None | str | Unset = UNSET,
        external_secrets_manager_id: None | str | Unset = UNSET,
        external_secrets_keys_config: Any | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "time_zone_offset": time_zone_offset,
                "region": region,
                "config": config,
                "trust_certificates": trust_certificates,
                "trust_fingerprints": trust_fingerprints,
                "run_setup_tests": run_setup_tests,
                "daylight_saving_time_enabled": daylight_saving_time_enabled,
                "hybrid_deployment_agent_id": hybrid_deployment_agent_id,
                "private_link_id": private_link_id,
                "networking_method": networking_method,
                "proxy_agent_id": proxy_agent_id,
                "external_secrets_manager_id": external_secrets_manager_id,
                "external_secrets_keys_config": external_secrets_keys_config,
            }
        )
