from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transformation_package_metadata_response_configurable_variables_type_0 import (
    TransformationPackageMetadataResponseConfigurableVariablesType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransformationPackageMetadataResponse")


@_attrs_define
class TransformationPackageMetadataResponse:
    """
    Attributes:
        id (None | str | Unset): The unique identifier for the Quickstart transformation package definition within the
            Fivetran system Example: package_definition_id.
        name (None | str | Unset): The Quickstart transformation package name Example: package_definition_name.
        version (None | str | Unset): The Quickstart package definition version Example: version.
        connector_types (list[str] | None | Unset): The set of connector types
        output_model_names (list[str] | None | Unset): The list of transformation output models
        configurable_variables (None | TransformationPackageMetadataResponseConfigurableVariablesType0 | Unset): The map
            of configurable variable values keyed by variable name.
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    connector_types: list[str] | None | Unset = UNSET
    output_model_names: list[str] | None | Unset = UNSET
    configurable_variables: None | TransformationPackageMetadataResponseConfigurableVariablesType0 | Unset = UNSET
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

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        connector_types: list[str] | None | Unset
        if isinstance(self.connector_types, Unset):
            connector_types = UNSET
        elif isinstance(self.connector_types, list):
            connector_types = self.connector_types

        else:
            connector_types = self.connector_types

        output_model_names: list[str] | None | Unset
        if isinstance(self.output_model_names, Unset):
            output_model_names = UNSET
        elif isinstance(self.output_model_names, list):
            output_model_names = self.output_model_names

        else:
            output_model_names = self.output_model_names

        configurable_variables: dict[str, Any] | None | Unset
        if isinstance(self.configurable_variables, Unset):
            configurable_variables = UNSET
        elif isinstance(self.configurable_variables, TransformationPackageMetadataResponseConfigurableVariablesType0):
            configurable_variables = self.configurable_variables.to_dict()
        else:
            configurable_variables = self.configurable_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if connector_types is not UNSET:
            field_dict["connector_types"] = connector_types
        if output_model_names is not UNSET:
            field_dict["output_model_names"] = output_model_names
        if configurable_variables is not UNSET:
            field_dict["configurable_variables"] = configurable_variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        name = cast(None | str | Unset, d.pop("name", UNSET))

        version = cast(None | str | Unset, d.pop("version", UNSET))

        def _parse_connector_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                connector_types_type_0 = cast(list[str], data)

                return connector_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        connector_types = _parse_connector_types(d.pop("connector_types", UNSET))

        def _parse_output_model_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_model_names_type_0 = cast(list[str], data)

                return output_model_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        output_model_names = _parse_output_model_names(d.pop("output_model_names", UNSET))

        def _parse_configurable_variables(
            data: object,
        ) -> None | TransformationPackageMetadataResponseConfigurableVariablesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configurable_variables_type_0 = (
                    TransformationPackageMetadataResponseConfigurableVariablesType0.from_dict(data)
                )

                return configurable_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransformationPackageMetadataResponseConfigurableVariablesType0 | Unset, data)

        configurable_variables = _parse_configurable_variables(d.pop("configurable_variables", UNSET))

        transformation_package_metadata_response = cls(
            id=id,
            name=name,
            version=version,
            connector_types=connector_types,
            output_model_names=output_model_names,
            configurable_variables=configurable_variables,
        )

        transformation_package_metadata_response.additional_properties = d
        return transformation_package_metadata_response

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
