from __future__ import annotations

from .._model import Model

__all__ = ["TransformationTransformationConfigType0"]


class TransformationTransformationConfigType0(Model):
    """Service-specific `transformation_config`, kept as a free-form mapping: its keys depend on `type` and change over
    time.

    """

    def __init__(
        self,
    ) -> None:
        self._init({})
