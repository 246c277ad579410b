from __future__ import annotations

from .._model import Model

__all__ = ["TransformationPackageConfigurableVariablesType0"]


class TransformationPackageConfigurableVariablesType0(Model):
    """The map of configurable variable values keyed by variable name."""

    def __init__(
        self,
    ) -> None:
        self._init({})
