from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested

if TYPE_CHECKING:
    from ..models.private_link_create_request_config import PrivateLinkCreateRequestConfig

__all__ = ["PrivateLinkCreateRequest"]


class PrivateLinkCreateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        name (str): Private link name Example: PrivateLinkName.
        region (str): Data processing location. This is where Fivetran will operate and run computation on data.
            Example: GCP_US_EAST4. Known values: `PrivateLinkCreateRequestRegion` (others pass as given).
        service (str): The name for the service type within the Fivetran system. Example: DATABRICKS. Known values:
            `PrivateLinkCreateRequestService` (others pass as given).
        config (PrivateLinkCreateRequestConfig): Service-specific `config`, kept as a free-form mapping: its keys depend
            on `service` and change over time.
    """

    name: Field[str] = Field("name", required=True)
    region: Field[str] = Field("region", required=True)
    service: Field[str] = Field("service", required=True)
    config: Field[PrivateLinkCreateRequestConfig] = Field(
        "config", Nested("private_link_create_request_config", "PrivateLinkCreateRequestConfig"), required=True
    )

    def __init__(
        self,
        *,
        name: str,
        region: str,
        service: str,
        config: PrivateLinkCreateRequestConfig,
    ) -> None:
        self._init(
            {
                "name": name,
                "region": region,
                "service": service,
                "config": config,
            }
        )
