from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Enum, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rotate_system_key_request_expiration_period import RotateSystemKeyRequestExpirationPeriod
    from ..types import UNSET, Unset

__all__ = ["RotateSystemKeyRequest"]


class RotateSystemKeyRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        expiration_period (RotateSystemKeyRequestExpirationPeriod | Unset): The system key's expiration period Example:
            SIX_MONTHS.
    """

    expiration_period: Field[RotateSystemKeyRequestExpirationPeriod | Unset] = Field(
        "expiration_period",
        Enum("rotate_system_key_request_expiration_period", "RotateSystemKeyRequestExpirationPeriod"),
    )

    def __init__(
        self,
        *,
        expiration_period: RotateSystemKeyRequestExpirationPeriod | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "expiration_period": expiration_period,
            }
        )
