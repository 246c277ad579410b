from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Enum, Field, Model, Nested

if TYPE_CHECKING:
    from ..models.private_link_create_request_config import PrivateLinkCreateRequestConfig
    from ..models.private_link_create_request_region import PrivateLinkCreateRequestRegion
    from ..models.private_link_create_request_service import PrivateLinkCreateRequestService

__all__ = ["PrivateLinkCreateRequest"]


class PrivateLinkCreateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        name (str): Private link name Example: PrivateLinkName.
        region (PrivateLinkCreateRequestRegion): Data processing location. This is where Fivetran will operate and run
            computation on data. Example: GCP_US_EAST4.
        service (PrivateLinkCreateRequestService): The name for the service type within the Fivetran system. Example:
            DATABRICKS.
        config (PrivateLinkCreateRequestConfig): Service-specific `config`, kept as a free-form mapping: its keys depend
            on `service` and change over time.
    """

    name: Field[str] = Field("name", required=True)
    region: Field[PrivateLinkCreateRequestRegion] = Field(
        "region", Enum("private_link_create_request_region", "PrivateLinkCreateRequestRegion"), required=True
    )
    service: Field[PrivateLinkCreateRequestService] = Field(
        "service", Enum("private_link_create_request_service", "PrivateLinkCreateRequestService"), required=True
    )
    config: Field[PrivateLinkCreateRequestConfig] = Field(
        "config", Nested("private_link_create_request_config", "PrivateLinkCreateRequestConfig"), required=True
    )

    def __init__(
        self,
        *,
        name: str,
        region: PrivateLinkCreateRequestRegion,
        service: PrivateLinkCreateRequestService,
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
