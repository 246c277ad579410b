from __future__ import annotations

from .._model import Model, Nested

__all__ = ["ExternalSecretsManagerConfigType0"]


class ExternalSecretsManagerConfigType0(Model):
    """Provider-specific configuration."""

    _EXTRA = Nested(
        "external_secrets_manager_config_type_0_additional_property",
        "ExternalSecretsManagerConfigType0AdditionalProperty",
    )

    def __init__(
        self,
    ) -> None:
        self._init({})
