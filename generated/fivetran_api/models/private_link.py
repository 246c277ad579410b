from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.private_link_config_type_0 import PrivateLinkConfigType0
    from ..types import UNSET, Unset

__all__ = ["PrivateLink"]


class PrivateLink(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The unique identifier for the private link within the Fivetran system. Example: private_link_id.
        name (str): Private link name Example: PrivateLinkName.
        region (str): Data processing location. This is where Fivetran will operate and run computation on data. Known
            values: `GCP_US_EAST4`, `GCP_US_WEST1`, `GCP_EUROPE_WEST3`, `GCP_AUSTRALIA_SOUTHEAST1`,
            `GCP_NORTHAMERICA_NORTHEAST1`, `GCP_EUROPE_WEST2`, `GCP_ASIA_SOUTHEAST1`, `GCP_ASIA_SOUTHEAST2`,
            `GCP_ASIA_SOUTH1`, `GCP_ASIA_NORTHEAST1`, `AWS_US_EAST_1`, `AWS_US_EAST_2`, `AWS_US_WEST_2`,
            `AWS_AP_NORTHEAST_1`, `AWS_AP_SOUTHEAST_1`, `AWS_AP_SOUTHEAST_2`, `AWS_EU_CENTRAL_1`, `AWS_EU_WEST_1`,
            `AWS_EU_WEST_2`, `AWS_AP_SOUTH_1`, `AWS_CA_CENTRAL_1`, `AWS_US_GOV_WEST_1`, `AZURE_EASTUS2`,
            `AZURE_AUSTRALIAEAST`, `AZURE_UKSOUTH`, `AZURE_WESTEUROPE`, `AZURE_CENTRALUS`, `AZURE_CANADACENTRAL`,
            `AZURE_UAENORTH`, `AZURE_SOUTHEASTASIA` (others may appear). Example: AWS_US_EAST_1.
        service (str): The name for the service type within the Fivetran system. Known values: `DATABRICKS_AWS`,
            `SNOWFLAKE_AWS`, `REDSHIFT_AWS`, `SOURCE_AWS`, `DATABRICKS_AZURE`, `SNOWFLAKE_AZURE`, `ONELAKE_AZURE`,
            `POSTGRES_WAREHOUSE_AZURE`, `SQL_DATA_WAREHOUSE_AZURE`, `SOURCE_AZURE`, `SNOWFLAKE_GCP`, `SOURCE_GCP`,
            `DATABRICKS_GCP` (others may appear). Example: DATABRICKS.
        state (str): Private link state Known values: `CREATING`, `UPDATING`, `DESTROYING`, `OK`, `FAIL` (others may
            appear). Example: OK.
        created_at (datetime.datetime): The timestamp of the time the private link was created in your account Example:
            2023-12-01T15:43:29.013729Z.
        host (None | str | Unset): The DNS name of the PrivateLink endpoint service. Example: example.host.com.
        account_id (None | str | Unset):
        cloud_provider (None | str | Unset): Private link cloud provider Known values: `AWS`, `GCP`, `AZURE` (others may
            appear). Example: AWS.
        created_by (None | str | Unset): The actor who created the private link Example: user_id.
        state_summary (None | str | Unset): Private link state summary Example: ....
        resource_upstream_status (None | str | Unset): The upstream status of the PrivateLink resource as reported by
            the cloud provider. Example: IDLE.
        config (None | PrivateLinkConfigType0 | Unset): Service-specific `config`, kept as a free-form mapping: its keys
            depend on `service` and change over time.
    """

    id: Field[str] = Field("id", required=True)
    name: Field[str] = Field("name", required=True)
    region: Field[str] = Field("region", required=True)
    service: Field[str] = Field("service", required=True)
    state: Field[str] = Field("state", required=True)
    created_at: Field[datetime.datetime] = Field("created_at", DATETIME, required=True)
    host: Field[None | str | Unset] = Field("host")
    account_id: Field[None | str | Unset] = Field("account_id")
    cloud_provider: Field[None | str | Unset] = Field("cloud_provider")
    created_by: Field[None | str | Unset] = Field("created_by")
    state_summary: Field[None | str | Unset] = Field("state_summary")
    resource_upstream_status: Field[None | str | Unset] = Field("resource_upstream_status")
    config: Field[None | PrivateLinkConfigType0 | Unset] = Field(
        "config", Nested("private_link_config_type_0", "PrivateLinkConfigType0")
    )

    def __init__(
        self,
        *,
        id: str,
        name: str,
        region: str,
        service: str,
        state: str,
        created_at: datetime.datetime,
        host: None | str | Unset = UNSET,
        account_id: None | str | Unset = UNSET,
        cloud_provider: None | str | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        state_summary: None | str | Unset = UNSET,
        resource_upstream_status: None | str | Unset = UNSET,
        config: None | PrivateLinkConfigType0 | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "name": name,
                "region": region,
                "service": service,
                "state": state,
                "created_at": created_at,
                "host": host,
                "account_id": account_id,
                "cloud_provider": cloud_provider,
                "created_by": created_by,
                "state_summary": state_summary,
                "resource_upstream_status": resource_upstream_status,
                "config": config,
            }
        )
