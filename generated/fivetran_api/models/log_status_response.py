from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, ListOf, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_alert import LogAlert
    from ..types import UNSET, Unset

__all__ = ["LogStatusResponse"]


class LogStatusResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        tasks (list[LogAlert] | None | Unset): List of alerts describing issues with the log service configuration.
        setup_state (None | str | Unset): Current setup state of the log service. Possible values: `connected` — log
            service is reachable and forwarding events; `broken` — configuration errors prevent log delivery; `incomplete` —
            setup has not been completed and log delivery is paused. Example: `connected`. Example: connected.
    """

    tasks: Field[list[LogAlert] | None | Unset] = Field("tasks", ListOf(Nested("log_alert", "LogAlert")))
    setup_state: Field[None | str | Unset] = Field("setup_state")

    def __init__(
        self,
        *,
        tasks: list[LogAlert] | None | Unset = UNSET,
        setup_state: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "tasks": tasks,
                "setup_state": setup_state,
            }
        )
