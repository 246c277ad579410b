from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transformation_package_configurable_variables_type_0 import (
        TransformationPackageConfigurableVariablesType0,
    )
    from ..types import UNSET, Unset

__all__ = ["TransformationPackage"]


class TransformationPackage(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): The unique identifier for the Quickstart transformation package definition within the Fivetran system
            Example: package_definition_id.
        name (str): The Quickstart transformation package name Example: package_definition_name.
        version (str): The Quickstart package definition version Example: version.
        connector_types (list[str] | None | Unset): The set of connector types
        output_model_names (list[str] | None | Unset): The list of transformation output models
        configurable_variables (None | TransformationPackageConfigurableVariablesType0 | Unset): The map of configurable
            variable values keyed by variable name.
    """

    id: Field[str] = Field("id", required=True)
    name: Field[str] = Field("name", required=True)
    version: Field[str] = Field("version", required=True)
    connector_types: Field[list[str] | None | Unset] = Field("connector_types")
    output_model_names: Field[list[str] | None | Unset] = Field("output_model_names")
    configurable_variables: Field[None | TransformationPackageConfigurableVariablesType0 | Unset] = Field(
        "configurable_variables",
        Nested(
            "transformation_package_configurable_variables_type_0", "TransformationPackageConfigurableVariablesType0"
        ),
    )

    def __init__(
        self,
        *,
        id: str,
        name: str,
        version: str,
        connector_types: list[str] | None | Unset = UNSET,
        output_model_names: list[str] | None | Unset = UNSET,
        configurable_variables: None | TransformationPackageConfigurableVariablesType0 | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "name": name,
                "version": version,
                "connector_types": connector_types,
                "output_model_names": output_model_names,
                "configurable_variables": configurable_variables,
            }
        )
