from __future__ import annotations

from .._model import Model

__all__ = ["ExternalSecretsManagerConfigType0AdditionalProperty"]


class ExternalSecretsManagerConfigType0AdditionalProperty(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read)."""

    def __init__(
        self,
    ) -> None:
        self._init({})
