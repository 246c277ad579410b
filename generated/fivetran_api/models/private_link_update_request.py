from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.private_link_update_request_config_type_0 import PrivateLinkUpdateRequestConfigType0
    from ..types import UNSET, Unset

__all__ = ["PrivateLinkUpdateRequest"]


class PrivateLinkUpdateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        config (None | PrivateLinkUpdateRequestConfigType0 | Unset): Service-specific `config`, kept as a free-form
            mapping: its keys depend on `service` and change over time.
    """

    config: Field[None | PrivateLinkUpdateRequestConfigType0 | Unset] = Field(
        "config", Nested("private_link_update_request_config_type_0", "PrivateLinkUpdateRequestConfigType0")
    )

    def __init__(
        self,
        *,
        config: None | PrivateLinkUpdateRequestConfigType0 | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "config": config,
            }
        )
