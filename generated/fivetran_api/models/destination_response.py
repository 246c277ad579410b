from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["DestinationResponse"]


class DestinationResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

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
    """

    id: Field[None | str | Unset] = Field("id")
    service: Field[None | str | Unset] = Field("service")
    region: Field[None | str | Unset] = Field("region")
    group_id: Field[None | str | Unset] = Field("group_id")
    time_zone_offset: Field[None | str | Unset] = Field("time_zone_offset")
    setup_status: Field[None | str | Unset] = Field("setup_status")
    daylight_saving_time_enabled: Field[bool | None | Unset] = Field("daylight_saving_time_enabled")
    private_link_id: Field[None | str | Unset] = Field("private_link_id")
    networking_method: Field[None | str | Unset] = Field("networking_method")
    local_processing_agent_id: Field[None | str | Unset] = Field("local_processing_agent_id")
    hybrid_deployment_agent_id: Field[None | str | Unset] = Field("hybrid_deployment_agent_id")
    proxy_agent_id: Field[None | str | Unset] = Field("proxy_agent_id")
    external_secrets_manager_id: Field[None | str | Unset] = Field("external_secrets_manager_id")

    def __init__(
        self,
        *,
        id: None | str | Unset = UNSET,
        service: None | str | Unset = UNSET,
        region: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        time_zone_offset: None | str | Unset = UNSET,
        setup_status: None | str | Unset = UNSET,
        daylight_saving_time_enabled: bool | None | Unset = UNSET,
        private_link_id: None | str | Unset = UNSET,
        networking_method: None | str | Unset = UNSET,
        local_processing_agent_id: None | str | Unset = UNSET,
        hybrid_deployment_agent_id: None | str | Unset = UNSET,
        proxy_agent_id: None | str | Unset = UNSET,
        external_secrets_manager_id: None | str | Unset = UNSET,
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
            }
        )
