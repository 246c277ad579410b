from __future__ import annotations

from .._model import Model

__all__ = ["LogServiceDetailsConfigType0"]


class LogServiceDetailsConfigType0(Model):
    """Service-specific `config`, kept as a free-form mapping: its keys depend on `service` and change over time."""

    def __init__(
        self,
    ) -> None:
        self._init({})
