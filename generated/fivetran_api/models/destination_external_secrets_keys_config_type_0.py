from __future__ import annotations

from .._model import Model

__all__ = ["DestinationExternalSecretsKeysConfigType0"]


class DestinationExternalSecretsKeysConfigType0(Model):
    """Service-specific `external_secrets_keys_config`, kept as a free-form mapping: its keys depend on `service` and
    change over time.

    """

    def __init__(
        self,
    ) -> None:
        self._init({})
