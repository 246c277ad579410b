from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["SyncConnectorRequest"]


class SyncConnectorRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        force (bool | None | Unset): If force is true and the connection is currently syncing, it will stop the sync and
            re-run it. If force is false, the connection will sync only if it isn't currently syncing. The default value is
            false Example: True.
    """

    force: Field[bool | None | Unset] = Field("force")

    def __init__(
        self,
        *,
        force: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "force": force,
            }
        )
