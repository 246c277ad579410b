from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_service_details import LogServiceDetails
    from ..types import UNSET, Unset

__all__ = ["GetLogServiceDetailsResponse"]


class GetLogServiceDetailsResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        data (LogServiceDetails):
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: External logging service details retrieved
            successfully.
    """

    data: Field[LogServiceDetails] = Field("data", Nested("log_service_details", "LogServiceDetails"), required=True)
    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")

    def __init__(
        self,
        *,
        data: LogServiceDetails,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "data": data,
                "code": code,
                "message": message,
            }
        )
