from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["LogAlert"]


class LogAlert(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Alert code identifying the type of issue. Example: reconnect_log.
        message (None | str | Unset): Human-readable description of the issue. Example: Reconnect Logging Service.
        details (None | str | Unset): Additional context or details for the alert. Example: Please provide required
            permissions.
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    details: Field[None | str | Unset] = Field("details")

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        details: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "details": details,
            }
        )
