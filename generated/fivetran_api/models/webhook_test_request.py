from __future__ import annotations

from .._model import Field, Model

__all__ = ["WebhookTestRequest"]


class WebhookTestRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        event (str): Type of event to be sent during webhook testing. Example: sync_end.
    """

    event: Field[str] = Field("event", required=True)

    def __init__(
        self,
        *,
        event: str,
    ) -> None:
        self._init(
            {
                "event": event,
            }
        )
