from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature import Feature
from ..models.metadata_response_auth_type_0 import MetadataResponseAuthType0
from ..models.metadata_response_config_type_0 import MetadataResponseConfigType0
from ..models.metadata_response_external_secrets_keys_config_type_0 import (
    MetadataResponseExternalSecretsKeysConfigType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetadataResponse")


@_attrs_define
class MetadataResponse:
    """
    Attributes:
        id (None | str | Unset): The connector type identifier within the Fivetran system Example: google_ads.
        name (None | str | Unset): The connector service name within the Fivetran system Example: Google Ads.
        type_ (None | str | Unset): The connector service type Known values: `API`, `Dbt`, `Marketing`,
            `HumanResources`, `Finance`, `Productivity`, `Engineering`, `Support`, `Sales`, `Security`,
            `SuperConnectorTest`, `Free`, `File`, `Database`, `Events`, `Function`, `BITool`, `Warehouse`, `Log`, `Hvr`
            (others may appear). Example: Marketing.
        description (None | str | Unset): The description characterizing the purpose of the connector Example: Google
            Ads is an online advertising platform.
        icons (list[str] | None | Unset): The set of additional icon resource URLs in different formats (.svg, .png).
            Updating this list is not a breaking change. The set of icon URLs or the icons themselves may be changed
        config (MetadataResponseConfigType0 | None | Unset): Metadata for configuration fields
        auth (MetadataResponseAuthType0 | None | Unset): Metadata for authorization fields (optional)
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
        external_secrets_keys_config (MetadataResponseExternalSecretsKeysConfigType0 | None | Unset):
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    icons: list[str] | None | Unset = UNSET
    config: MetadataResponseConfigType0 | None | Unset = UNSET
    auth: MetadataResponseAuthType0 | None | Unset = UNSET
    icon_url: None | str | Unset = UNSET
    link_to_docs: None | str | Unset = UNSET
    connector_class: None | str | Unset = UNSET
    supported_features: list[Feature] | None | Unset = UNSET
    link_to_erd: None | str | Unset = UNSET
    service_status: None | str | Unset = UNSET
    service_status_updated_at: datetime.datetime | None | Unset = UNSET
    external_secrets_keys_config: MetadataResponseExternalSecretsKeysConfigType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        icons: list[str] | None | Unset
        if isinstance(self.icons, Unset):
            icons = UNSET
        elif isinstance(self.icons, list):
            icons = self.icons

        else:
            icons = self.icons

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, MetadataResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        auth: dict[str, Any] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, MetadataResponseAuthType0):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        link_to_docs: None | str | Unset
        if isinstance(self.link_to_docs, Unset):
            link_to_docs = UNSET
        else:
            link_to_docs = self.link_to_docs

        connector_class: None | str | Unset
        if isinstance(self.connector_class, Unset):
            connector_class = UNSET
        else:
            connector_class = self.connector_class

        supported_features: list[dict[str, Any]] | None | Unset
        if isinstance(self.supported_features, Unset):
            supported_features = UNSET
        elif isinstance(self.supported_features, list):
            supported_features = []
            for supported_features_type_0_item_data in self.supported_features:
                supported_features_type_0_item = supported_features_type_0_item_data.to_dict()
                supported_features.append(supported_features_type_0_item)

        else:
            supported_features = self.supported_features

        link_to_erd: None | str | Unset
        if isinstance(self.link_to_erd, Unset):
            link_to_erd = UNSET
        else:
            link_to_erd = self.link_to_erd

        service_status: None | str | Unset
        if isinstance(self.service_status, Unset):
            service_status = UNSET
        else:
            service_status = self.service_status

        service_status_updated_at: None | str | Unset
        if isinstance(self.service_status_updated_at, Unset):
            service_status_updated_at = UNSET
        elif isinstance(self.service_status_updated_at, datetime.datetime):
            service_status_updated_at = self.service_status_updated_at.isoformat()
        else:
            service_status_updated_at = self.service_status_updated_at

        external_secrets_keys_config: dict[str, Any] | None | Unset
        if isinstance(self.external_secrets_keys_config, Unset):
            external_secrets_keys_config = UNSET
        elif isinstance(self.external_secrets_keys_config, MetadataResponseExternalSecretsKeysConfigType0):
            external_secrets_keys_config = self.external_secrets_keys_config.to_dict()
        else:
            external_secrets_keys_config = self.external_secrets_keys_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if icons is not UNSET:
            field_dict["icons"] = icons
        if config is not UNSET:
            field_dict["config"] = config
        if auth is not UNSET:
            field_dict["auth"] = auth
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if link_to_docs is not UNSET:
            field_dict["link_to_docs"] = link_to_docs
        if connector_class is not UNSET:
            field_dict["connector_class"] = connector_class
        if supported_features is not UNSET:
            field_dict["supported_features"] = supported_features
        if link_to_erd is not UNSET:
            field_dict["link_to_erd"] = link_to_erd
        if service_status is not UNSET:
            field_dict["service_status"] = service_status
        if service_status_updated_at is not UNSET:
            field_dict["service_status_updated_at"] = service_status_updated_at
        if external_secrets_keys_config is not UNSET:
            field_dict["external_secrets_keys_config"] = external_secrets_keys_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        name = cast(None | str | Unset, d.pop("name", UNSET))

        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        description = cast(None | str | Unset, d.pop("description", UNSET))

        def _parse_icons(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                icons_type_0 = cast(list[str], data)

                return icons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        icons = _parse_icons(d.pop("icons", UNSET))

        def _parse_config(data: object) -> MetadataResponseConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = MetadataResponseConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetadataResponseConfigType0 | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_auth(data: object) -> MetadataResponseAuthType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0 = MetadataResponseAuthType0.from_dict(data)

                return auth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetadataResponseAuthType0 | None | Unset, data)

        auth = _parse_auth(d.pop("auth", UNSET))

        icon_url = cast(None | str | Unset, d.pop("icon_url", UNSET))

        link_to_docs = cast(None | str | Unset, d.pop("link_to_docs", UNSET))

        connector_class = cast(None | str | Unset, d.pop("connector_class", UNSET))

        def _parse_supported_features(data: object) -> list[Feature] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_features_type_0 = []
                _supported_features_type_0 = data
                for supported_features_type_0_item_data in _supported_features_type_0:
                    supported_features_type_0_item = Feature.from_dict(supported_features_type_0_item_data)

                    supported_features_type_0.append(supported_features_type_0_item)

                return supported_features_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Feature] | None | Unset, data)

        supported_features = _parse_supported_features(d.pop("supported_features", UNSET))

        link_to_erd = cast(None | str | Unset, d.pop("link_to_erd", UNSET))

        service_status = cast(None | str | Unset, d.pop("service_status", UNSET))

        def _parse_service_status_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_status_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return service_status_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        service_status_updated_at = _parse_service_status_updated_at(d.pop("service_status_updated_at", UNSET))

        def _parse_external_secrets_keys_config(
            data: object,
        ) -> MetadataResponseExternalSecretsKeysConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_secrets_keys_config_type_0 = MetadataResponseExternalSecretsKeysConfigType0.from_dict(data)

                return external_secrets_keys_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetadataResponseExternalSecretsKeysConfigType0 | None | Unset, data)

        external_secrets_keys_config = _parse_external_secrets_keys_config(d.pop("external_secrets_keys_config", UNSET))

        metadata_response = cls(
            id=id,
            name=name,
            type_=type_,
            description=description,
            icons=icons,
            config=config,
            auth=auth,
            icon_url=icon_url,
            link_to_docs=link_to_docs,
            connector_class=connector_class,
            supported_features=supported_features,
            link_to_erd=link_to_erd,
            service_status=service_status,
            service_status_updated_at=service_status_updated_at,
            external_secrets_keys_config=external_secrets_keys_config,
        )

        metadata_response.additional_properties = d
        return metadata_response

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
