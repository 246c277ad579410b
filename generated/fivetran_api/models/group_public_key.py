from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["GroupPublicKey"]


class GroupPublicKey(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        public_key (None | str | Unset):  Example: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC6 ... fivetran user key.
    """

    public_key: Field[None | str | Unset] = Field("public_key")

    def __init__(
        self,
        *,
        public_key: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "public_key": public_key,
            }
        )
