from __future__ import annotations

from .._model import Model

__all__ = ["ConnectionStateStateType0"]


class ConnectionStateStateType0(Model):
    """A freeform JSON object representing the connector's cursor or internal state. The structure is defined by the
    connector implementation and varies by connector type. Returns 400 if no state has been written yet.

    """

    def __init__(
        self,
    ) -> None:
        self._init({})
