from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["ConnectionWarning"]


class ConnectionWarning(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): A machine-readable identifier for the condition type. Use this value to
            programmatically detect and respond to specific connection conditions.
        message (None | str | Unset): A human-readable label describing the condition. For example: Reconnect, Resync
            Table Warning.
        details (None | str | Unset): Additional context about this condition beyond the message field.
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
