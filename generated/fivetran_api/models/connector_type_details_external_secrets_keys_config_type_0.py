from __future__ import annotations

from .._model import Model

__all__ = ["ConnectorTypeDetailsExternalSecretsKeysConfigType0"]


class ConnectorTypeDetailsExternalSecretsKeysConfigType0(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read)."""

    def __init__(
        self,
    ) -> None:
        self._init({})
