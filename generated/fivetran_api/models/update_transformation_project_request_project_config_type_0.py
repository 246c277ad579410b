from __future__ import annotations

from .._model import Model

__all__ = ["UpdateTransformationProjectRequestProjectConfigType0"]


class UpdateTransformationProjectRequestProjectConfigType0(Model):
    """Service-specific `project_config`, kept as a free-form mapping: its keys depend on `type` and change over time."""

    def __init__(
        self,
    ) -> None:
        self._init({})
