from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["GroupServiceAccount"]


class GroupServiceAccount(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        service_account (None | str | Unset):  Example: service_account.
    """

    service_account: Field[None | str | Unset] = Field("service_account")

    def __init__(
        self,
        *,
        service_account: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "service_account": service_account,
            }
        )
