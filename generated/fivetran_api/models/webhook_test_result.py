from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["WebhookTestResult"]


class WebhookTestResult(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        succeed (bool | None | Unset): Indicates whether the webhook test was successful. Example: True.
        status (int | None | Unset): HTTP status code returned by the webhook test. Example: 200.
        message (None | str | Unset): Additional information or result message from the webhook test. Example: Success.
    """

    succeed: Field[bool | None | Unset] = Field("succeed")
    status: Field[int | None | Unset] = Field("status")
    message: Field[None | str | Unset] = Field("message")

    def __init__(
        self,
        *,
        succeed: bool | None | Unset = UNSET,
        status: int | None | Unset = UNSET,
        message: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "succeed": succeed,
                "status": status,
                "message": message,
            }
        )
