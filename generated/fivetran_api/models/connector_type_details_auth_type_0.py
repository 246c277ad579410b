from __future__ import annotations

from .._model import Model

__all__ = ["ConnectorTypeDetailsAuthType0"]


class ConnectorTypeDetailsAuthType0(Model):
    """Metadata for authorization fields (optional)"""

    def __init__(
        self,
    ) -> None:
        self._init({})
