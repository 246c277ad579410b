from __future__ import annotations

from .._model import Model

__all__ = ["NewConnectorRequestV1AuthType0"]


class NewConnectorRequestV1AuthType0(Model):
    """Service-specific `auth`, kept as a free-form mapping: its keys depend on `service` and change over time."""

    def __init__(
        self,
    ) -> None:
        self._init({})
