from __future__ import annotations

from .._model import Model

__all__ = ["ConnectorResponseSourceSyncDetailsType0"]


class ConnectorResponseSourceSyncDetailsType0(Model):
    """The additional information about the connection's state. The format of this parameter is specific for each connector
    type.

    """

    def __init__(
        self,
    ) -> None:
        self._init({})
