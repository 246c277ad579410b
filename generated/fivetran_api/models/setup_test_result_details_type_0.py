from __future__ import annotations

from .._model import Model

__all__ = ["SetupTestResultDetailsType0"]


class SetupTestResultDetailsType0(Model):
    """Additional diagnostic information about the setup test result. Populated when the status is FAILED and more context
    is available beyond the message.

    """

    def __init__(
        self,
    ) -> None:
        self._init({})
