from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination_config_type_0 import DestinationConfigType0
    from ..models.destination_external_secrets_keys_config_type_0 import DestinationExternalSecretsKeysConfigType0
    from ..models.setup_test_result import SetupTestResult
    from ..types import UNSET, Unset

__all__ = ["Destination"]


class Destination(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The unique identifier for the destination within the Fivetran system Example: destination_id.
        service (str): The name for the destination type within the Fivetran system. Example: snowflake.
        region (str): Data processing location. This is where Fivetran will operate and run computation on data. Known
            values: `GCP_US_EAST4`, `GCP_US_WEST1`, `GCP_US_CENTRAL1`, `GCP_EUROPE_WEST3`, `GCP_AUSTRALIA_SOUTHEAST1`,
            `GCP_NORTHAMERICA_NORTHEAST1`, `GCP_EUROPE_WEST2`, `GCP_ASIA_SOUTHEAST1`, `GCP_ASIA_SOUTHEAST2`,
            `GCP_ASIA_SOUTH1`, `GCP_ASIA_NORTHEAST1`, `AWS_US_EAST_1`, `AWS_US_EAST_2`, `AWS_US_WEST_2`,
            `AWS_AP_NORTHEAST_1`, `AWS_AP_SOUTHEAST_1`, `AWS_AP_SOUTHEAST_2`, `AWS_EU_CENTRAL_1`, `AWS_EU_WEST_1`,
            `AWS_EU_WEST_2`, `AWS_AP_SOUTH_1`, `AWS_CA_CENTRAL_1`, `AWS_US_GOV_WEST_1`, `AZURE_EASTUS2`,
            `AZURE_AUSTRALIAEAST`, `AZURE_UKSOUTH`, `AZURE_WESTEUROPE`, `AZURE_CENTRALUS`, `AZURE_CANADACENTRAL`,
            `AZURE_UAENORTH`, `AZURE_SOUTHEASTASIA`, `AZURE_EASTUS`, `AZURE_JAPANEAST`, `AZURE_CENTRALINDIA` (others may
            appear). Example: GCP_US_EAST4.
        group_id (str): The unique identifier for the group within the Fivetran system. Example: group_id.
        time_zone_offset (str): Determines the time zone for the Fivetran sync schedule. Known values: `-11`, `-10`,
            `-9`, `-8`, `-7`, `-6`, `-5`, `-4`, `-3`, `-2`, `-1`, `0`, `+1`, `+2`, `+3`, `+4`, `+5`, `+6`, `+7`, `+8`, `+9`,
            `+10`, `+11`, `+12` (others may appear). Example: +3.
        setup_status (str): Destination setup status Known values: `INCOMPLETE`, `CONNECTED`, `BROKEN` (others may
            appear). Example: CONNECTED.
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
        setup_tests (list[SetupTestResult] | None | Unset): Setup tests results for this destination
        config (DestinationConfigType0 | None | Unset): Service-specific `config`, kept as a free-form mapping: its keys
            depend on `service` and change over time.
        external_secrets_keys_config (DestinationExternalSecretsKeysConfigType0 | None | Unset): Service-specific
            `external_secrets_keys_config`, kept as a free-form mapping: its keys depend on `service` and change over time.
    """

    id: Field[str] = Field("id", required=True)
    service: Field[str] = Field("service", required=True)
    region: Field[str] = Field("region", required=True)
    group_id: Field[str] = Field("group_id", required=True)
    time_zone_offset: Field[str] = Field("time_zone_offset", required=True)
    setup_status: Field[str] = Field("setup_status", required=True)
    daylight_saving_time_enabled: Field[bool | None | Unset] = Field("daylight_saving_time_enabled")
    private_link_id: Field[None | str | Unset] = Field("private_link_id")
    networking_method: Field[None | str | Unset] = Field("networking_method")
    local_processing_agent_id: Field[None | str | Unset] = Field("local_processing_agent_id")
    hybrid_deployment_agent_id: Field[None | str | Unset] = Field("hybrid_deployment_agent_id")
    proxy_agent_id: Field[None | str | Unset] = Field("proxy_agent_id")
    external_secrets_manager_id: Field[None | str | Unset] = Field("external_secrets_manager_id")
    setup_tests: Field[list[SetupTestResult] | None | Unset] = Field(
        "setup_tests", ListOf(Nested("setup_test_result", "SetupTestResult"))
    )
    config: Field[DestinationConfigType0 | None | Unset] = Field(
        "config", Nested("destination_config_type_0", "DestinationConfigType0")
    )
    external_secrets_keys_config: Field[DestinationExternalSecretsKeysConfigType0 | None | Unset] = Field(
        "external_secrets_keys_config",
        Nested("destination_external_secrets_keys_config_type_0", "DestinationExternalSecretsKeysConfigType0"),
    )

    def __init__(
        self,
        *,
        id: str,
        service: str,
        region: str,
        group_id: str,
        time_zone_offset: str,
        setup_status: str,
        daylight_saving_time_enabled: bool | None | Unset = UNSET,
        private_link_id: None | str | Unset = UNSET,
        networking_method: None | str | Unset = UNSET,
        local_processing_agent_id: None | str | Unset = UNSET,
        hybrid_deployment_agent_id: None | str | Unset = UNSET,
        proxy_agent_id: None | str | Unset = UNSET,
        external_secrets_manager_id: None | str | Unset = UNSET,
        setup_tests: list[SetupTestResult] | None | Unset = UNSET,
        config: DestinationConfigType0 | None | Unset = UNSET,
        external_secrets_keys_config: DestinationExternalSecretsKeysConfigType0 | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "service": service,
                "region": region,
                "group_id": group_id,
                "time_zone_offset": time_zone_offset,
                "setup_status": setup_status,
                "daylight_saving_time_enabled": daylight_saving_time_enabled,
                "private_link_id": private_link_id,
                "networking_method": networking_method,
                "local_processing_agent_id": local_processing_agent_id,
                "hybrid_deployment_agent_id": hybrid_deployment_agent_id,
                "proxy_agent_id": proxy_agent_id,
                "external_secrets_manager_id": external_secrets_manager_id,
                "setup_tests": setup_tests,
                "config": config,
                "external_secrets_keys_config": external_secrets_keys_config,
            }
        )
