from __future__ import annotations

from .._model import Model, Nested

__all__ = ["ConnectorResponseConfigType0"]


class ConnectorResponseConfigType0(Model):
    """The connection setup configuration."""

    _EXTRA = Nested(
        "connector_response_config_type_0_additional_property", "ConnectorResponseConfigType0AdditionalProperty"
    )

    def __init__(
        self,
    ) -> None:
        self._init({})
