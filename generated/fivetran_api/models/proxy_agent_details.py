from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.proxy_agent_usage_response import ProxyAgentUsageResponse
    from ..types import UNSET, Unset

__all__ = ["ProxyAgentDetails"]


class ProxyAgentDetails(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (None | str | Unset): The unique identifier for the proxy agent within the Fivetran system. Example: id.
        account_id (None | str | Unset): Fivetran Account ID. Example: account_id.
        registered_at (datetime.datetime | None | Unset): The timestamp of the time the proxy agent was created in your
            account. Example: 2018-12-01T15:43:29.013729Z.
        region (None | str | Unset): Data processing location. This is where Fivetran will operate and run computation
            on data. Known values: `GCP_US_EAST4`, `GCP_US_WEST1`, `GCP_US_CENTRAL1`, `GCP_EUROPE_WEST3`,
            `GCP_AUSTRALIA_SOUTHEAST1`, `GCP_NORTHAMERICA_NORTHEAST1`, `GCP_EUROPE_WEST2`, `GCP_ASIA_SOUTHEAST1`,
            `GCP_ASIA_SOUTHEAST2`, `GCP_ASIA_SOUTH1`, `GCP_ASIA_NORTHEAST1`, `GCP_ASIA_NORTHEAST3`, `GCP_ME_CENTRAL2`,
            `AWS_US_EAST_1`, `AWS_US_EAST_2`, `AWS_US_WEST_2`, `AWS_AP_NORTHEAST_1`, `AWS_AP_NORTHEAST_2`,
            `AWS_AP_SOUTHEAST_1`, `AWS_AP_SOUTHEAST_2`, `AWS_EU_CENTRAL_1`, `AWS_EU_NORTH_1`, `AWS_EU_WEST_1`,
            `AWS_EU_WEST_2`, `AWS_AP_SOUTH_1`, `AWS_CA_CENTRAL_1`, `AWS_US_GOV_WEST_1`, `AZURE_EASTUS2`,
            `AZURE_AUSTRALIAEAST`, `AZURE_UKSOUTH`, `AZURE_WESTEUROPE`, `AZURE_CENTRALUS`, `AZURE_CANADACENTRAL`,
            `AZURE_UAENORTH`, `AZURE_SOUTHEASTASIA`, `AZURE_EASTUS`, `AZURE_JAPANEAST`, `AZURE_CENTRALINDIA`,
            `AZURE_GERMANYWESTCENTRAL`, `AZURE_WESTUS3`, `AZURE_SWITZERLANDNORTH`, `AZURE_KOREACENTRAL` (others may appear).
            Example: GCP_US_EAST4.
        created_by (None | str | Unset): The actor who created the proxy agent. Example: created_by.
        display_name (None | str | Unset): Proxy agent name. Example: display_name.
        version (None | str | Unset): The version of the proxy agent. Example: 1.0.0.
        status (None | str | Unset): The connection status of the proxy agent. Known values: `NOT_FOUND`, `CONNECTED`,
            `NOT_CONNECTED` (others may appear). Example: CONNECTED.
        usage (list[ProxyAgentUsageResponse] | None | Unset): List of source connections and destinations using this
            proxy agent.
    """

    id: Field[None | str | Unset] = Field("id")
    account_id: Field[None | str | Unset] = Field("account_id")
    registered_at: Field[datetime.datetime | None | Unset] = Field("registered_at", DATETIME)
    region: Field[None | str | Unset] = Field("region")
    created_by: Field[None | str | Unset] = Field("created_by")
    display_name: Field[None | str | Unset] = Field("display_name")
    version: Field[None | str | Unset] = Field("version")
    status: Field[None | str | Unset] = Field("status")
    usage: Field[list[ProxyAgentUsageResponse] | None | Unset] = Field(
        "usage", ListOf(Nested("proxy_agent_usage_response", "ProxyAgentUsageResponse"))
    )

    def __init__(
        self,
        *,
        id: None | str | Unset = UNSET,
        account_id: None | str | Unset = UNSET,
        registered_at: datetime.datetime | None | Unset = UNSET,
        region: None | str | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        display_name: None | str | Unset = UNSET,
        version: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        usage: list[ProxyAgentUsageResponse] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "account_id": account_id,
                "registered_at": registered_at,
                "region": region,
                "created_by": created_by,
                "display_name": display_name,
                "version": version,
                "status": status,
                "usage": usage,
            }
        )
