from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["WebhookRequest"]


class WebhookRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        url (str): The endpoint URL where webhook events will be delivered. Example: https://your-host.your-
            domain/webhook.
        events (list[str]): List of event types that trigger the webhook. Example: ['sync_start', 'sync_end'].
        active (bool | None | Unset): Indicates if the webhook is enabled to send events immediately upon occurrence.
            Example: True.
        secret (None | str | Unset): A secret string used to sign webhook payloads for verification. Example:
            your_webhook_secret.
    """

    url: Field[str] = Field("url", required=True)
    events: Field[list[str]] = Field("events", required=True)
    active: Field[bool | None | Unset] = Field("active")
    secret: Field[None | str | Unset] = Field("secret")

    def __init__(
        self,
        *,
        url: str,
        events: list[str],
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
