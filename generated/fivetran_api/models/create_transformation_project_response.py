from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transformation_project_details import TransformationProjectDetails
    from ..types import UNSET, Unset

__all__ = ["CreateTransformationProjectResponse"]


class CreateTransformationProjectResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Transformation project created successfully.
        data (None | TransformationProjectDetails | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[None | TransformationProjectDetails | Unset] = Field(
        "data", Nested("transformation_project_details", "TransformationProjectDetails")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: None | TransformationProjectDetails | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
