from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transformation_package_metadata_list_response_data import (
        TransformationPackageMetadataListResponseData,
    )
    from ..types import UNSET, Unset

__all__ = ["TransformationPackageMetadataListResponse"]


class TransformationPackageMetadataListResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Transformation package metadata list retrieved
            successfully.
        data (TransformationPackageMetadataListResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[TransformationPackageMetadataListResponseData | Unset] = Field(
        "data",
        Nested("transformation_package_metadata_list_response_data", "TransformationPackageMetadataListResponseData"),
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: TransformationPackageMetadataListResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
