from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["WebhookRequestModifyWebhook"]


class WebhookRequestModifyWebhook(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        url (None | str | Unset): The endpoint URL where webhook events will be delivered. Example: https://your-
            host.your-domain/webhook.
        events (list[str] | None | Unset): List of event types that trigger the webhook. Example: ['sync_start',
            'sync_end'].
        active (bool | None | Unset): Indicates if the webhook is enabled to send events immediately upon occurrence.
            Example: True.
        secret (None | str | Unset): A secret string used to sign webhook payloads for verification. Example:
            your_webhook_secret.
    """

    url: Field[None | str | Unset] = Field("url")
    events: Field[list[str] | None | Unset] = Field("events")
    active: Field[bool | None | Unset] = Field("active")
    secret: Field[None | str | Unset] = Field("secret")

    def __init__(
        self,
        *,
        url: None | str | Unset = UNSET,
        events: list[str] | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        secret: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "url": url,
                "events": events,
                "active": active,
                "secret": secret,
            }
        )
