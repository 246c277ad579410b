from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["RotateSystemKeyRequest"]


class RotateSystemKeyRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        expiration_period (str | Unset): The system key's expiration period Example: SIX_MONTHS. Known values:
            `RotateSystemKeyRequestExpirationPeriod` (others pass as given).
    """

    expiration_period: Field[str | Unset] = Field("expiration_period")

    def __init__(
        self,
        *,
        expiration_period: str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "expiration_period": expiration_period,
            }
        )
