from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_test_result import WebhookTestResult
    from ..types import UNSET, Unset

__all__ = ["TestWebhookResponse"]


class TestWebhookResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Webhook test completed successfully.
        data (None | Unset | WebhookTestResult):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[None | Unset | WebhookTestResult] = Field("data", Nested("webhook_test_result", "WebhookTestResult"))

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: None | Unset | WebhookTestResult = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
