from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .._model import DATETIME, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..types import UNSET, Unset

__all__ = ["Webhook"]


class Webhook(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (str): Unique identifier for the webhook. Example: webhook_id.
        type_ (str): The type of the webhook. Specifies whether the webhook is associated with a group or an account.
            Known values: `group`, `account` (others may appear). Example: group.
        url (str): The endpoint URL where webhook events will be delivered. Example: https://your-host.your-
            domain/webhook.
        events (list[str]): List of event types that trigger the webhook. Example: ['sync_start', 'sync_end'].
        active (bool): Indicates if the webhook is enabled to send events immediately upon occurrence. Example: True.
        created_at (datetime.datetime): Timestamp indicating when the webhook was created. Example:
            2024-01-01T00:00:00Z.
        secret (None | str | Unset): A secret string used to sign webhook payloads for verification. Example: ******.
        group_id (None | str | Unset): Unique identifier for the group associated with the webhook. Example: group_id.
        created_by (None | str | Unset): Identifier of the user who created the webhook setting. Example: user_id.
    """

    id: Field[str] = Field("id", required=True)
    type_: Field[str] = Field("type", required=True)
    url: Field[str] = Field("url", required=True)
    events: Field[list[str]] = Field("events", required=True)
    active: Field[bool] = Field("active", required=True)
    created_at: Field[datetime.datetime] = Field("created_at", DATETIME, required=True)
    secret: Field[None | str | Unset] = Field("secret")
    group_id: Field[None | str | Unset] = Field("group_id")
    created_by: Field[None | str | Unset] = Field("created_by")

    def __init__(
        self,
        *,
        id: str,
        type_: str,
        url: str,
        events: list[str],
        active: bool,
        created_at: datetime.datetime,
        secret: None | str | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "type_": type_,
                "url": url,
                "events": events,
                "active": active,
                "created_at": created_at,
                "secret": secret,
                "group_id": group_id,
                "created_by": created_by,
            }
        )
