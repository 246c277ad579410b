from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.connector_type_details_auth_type_0 import ConnectorTypeDetailsAuthType0
    from ..models.connector_type_details_config_type_0 import ConnectorTypeDetailsConfigType0
    from ..models.connector_type_details_external_secrets_keys_config_type_0 import (
        ConnectorTypeDetailsExternalSecretsKeysConfigType0,
    )
    from ..models.feature import Feature
    from ..types import UNSET, Unset

__all__ = ["ConnectorTypeDetails"]


class ConnectorTypeDetails(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The connector type identifier within the Fivetran system Example: google_ads.
        name (str): The connector service name within the Fivetran system Example: Google Ads.
        type_ (str): The connector service type Known values: `API`, `Dbt`, `Marketing`, `HumanResources`, `Finance`,
            `Productivity`, `Engineering`, `Support`, `Sales`, `Security`, `SuperConnectorTest`, `Free`, `File`, `Database`,
            `Events`, `Function`, `BITool`, `Warehouse`, `Log`, `Hvr` (others may appear). Example: Marketing.
        description (None | str | Unset): The description characterizing the purpose of the connector Example: Google
            Ads is an online advertising platform.
        icons (list[str] | None | Unset): The set of additional icon resource URLs in different formats (.svg, .png).
            Updating this list is not a breaking change. The set of icon URLs or the icons themselves may be changed
        config (ConnectorTypeDetailsConfigType0 | None | Unset): Metadata for configuration fields
        auth (ConnectorTypeDetailsAuthType0 | None | Unset): Metadata for authorization fields (optional)
        icon_url (None | str | Unset): The icon resource URL Example:
            https://fivetran.com/integrations/google_ads/resources/google-ads.png.
        link_to_docs (None | str | Unset): The link to the connector documentation Example:
            https://fivetran.com/docs/connectors/applications/google-ads.
        connector_class (None | str | Unset): Known values: `standard`, `lite` (others may appear).
        supported_features (list[Feature] | None | Unset):
        link_to_erd (None | str | Unset): The link to the connector ERD (entity–relationship diagram) Example:
            https://docs.google.com/presentation/d/1f16zOPxwT1AXoOcNkvwT82ApKqU1yhtJ04f-73M91nw/embed.
        service_status (None | str | Unset): The current availability status of the connector Known values:
            `general_availability`, `beta`, `private_preview`, `sunset`, `development` (others may appear). Example:
            general_availability.
        service_status_updated_at (datetime.datetime | None | Unset): The date (yyyy-MM-dd) the connector status was
            updated to the current availability status
        external_secrets_keys_config (ConnectorTypeDetailsExternalSecretsKeysConfigType0 | None | Unset):
    """

    id: Field[str] = Field("id", required=True)
    name: Field[str] = Field("name", required=True)
    type_: Field[str] = Field("type", required=True)
    description: Field[None | str | Unset] = Field("description")
    icons: Field[list[str] | None | Unset] = Field("icons")
    config: Field[ConnectorTypeDetailsConfigType0 | None | Unset] = Field(
        "config", Nested("connector_type_details_config_type_0", "ConnectorTypeDetailsConfigType0")
    )
    auth: Field[ConnectorTypeDetailsAuthType0 | None | Unset] = Field(
        "auth", Nested("connector_type_details_auth_type_0", "ConnectorTypeDetailsAuthType0")
    )
    icon_url: Field[None | str | Unset] = Field("icon_url")
    link_to_docs: Field[None | str | Unset] = Field("link_to_docs")
    connector_class: Field[None | str | Unset] = Field("connector_class")
    supported_features: Field[list[Feature] | None | Unset] = Field(
        "supported_features", ListOf(Nested("feature", "Feature"))
    )
    link_to_erd: Field[None | str | Unset] = Field("link_to_erd")
    service_status: Field[None | str | Unset] = Field("service_status")
    service_status_updated_at: Field[datetime.datetime | None | Unset] = Field("service_status_updated_at", DATETIME)
    external_secrets_keys_config: Field[ConnectorTypeDetailsExternalSecretsKeysConfigType0 | None | Unset] = Field(
        "external_secrets_keys_config",
        Nested(
            "connector_type_details_external_secrets_keys_config_type_0",
            "ConnectorTypeDetailsExternalSecretsKeysConfigType0",
        ),
    )

    def __init__(
        self,
        *,
        id: str,
        name: str,
        type_: str,
        description: None | str | Unset = UNSET,
        icons: list[str] | None | Unset = UNSET,
        config: ConnectorTypeDetailsConfigType0 | None | Unset = UNSET,
        auth: ConnectorTypeDetailsAuthType0 | None | Unset = UNSET,
        icon_url: None | str | Unset = UNSET,
        link_to_docs: None | str | Unset = UNSET,
        connector_class: None | str | Unset = UNSET,
        supported_features: list[Feature] | None | Unset = UNSET,
        link_to_erd: None | str | Unset = UNSET,
        service_status: None | str | Unset = UNSET,
        service_status_updated_at: datetime.datetime | None | Unset = UNSET,
        external_secrets_keys_config: ConnectorTypeDetailsExternalSecretsKeysConfigType0 | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "name": name,
                "type_": type_,
                "description": description,
                "icons": icons,
                "config": config,
                "auth": auth,
                "icon_url": icon_url,
                "link_to_docs": link_to_docs,
                "connector_class": connector_class,
                "supported_features": supported_features,
                "link_to_erd": link_to_erd,
                "service_status": service_status,
                "service_status_updated_at": service_status_updated_at,
                "external_secrets_keys_config": external_secrets_keys_config,
            }
        )
