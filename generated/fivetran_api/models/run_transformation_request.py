from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["RunTransformationRequest"]


class RunTransformationRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        full_refresh (bool | None | Unset):
    """

    full_refresh: Field[bool | None | Unset] = Field("full_refresh")

    def __init__(
        self,
        *,
        full_refresh: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "full_refresh": full_refresh,
            }
        )
