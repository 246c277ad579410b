from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_key import SystemKey
    from ..types import UNSET, Unset

__all__ = ["UpdateSystemKeyResponse"]


class UpdateSystemKeyResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: System key has been updated.
        data (None | SystemKey | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[None | SystemKey | Unset] = Field("data", Nested("system_key", "SystemKey"))

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: None | SystemKey | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
