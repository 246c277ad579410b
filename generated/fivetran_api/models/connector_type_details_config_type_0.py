from __future__ import annotations

from .._model import Model

__all__ = ["ConnectorTypeDetailsConfigType0"]


class ConnectorTypeDetailsConfigType0(Model):
    """Metadata for configuration fields"""

    def __init__(
        self,
    ) -> None:
        self._init({})
