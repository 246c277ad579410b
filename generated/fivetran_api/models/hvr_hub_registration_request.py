from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["HvrHubRegistrationRequest"]


class HvrHubRegistrationRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        fingerprint (None | str | Unset): Installation fingerprint. Example: fingerprint_value.
        port (int | None | Unset): Installation port. Example: 1234.
        hub_server_url (None | str | Unset): URL of Hub server. Example: hub_server_url.
    """

    fingerprint: Field[None | str | Unset] = Field("fingerprint")
    port: Field[int | None | Unset] = Field("port")
    hub_server_url: Field[None | str | Unset] = Field("hub_server_url")

    def __init__(
        self,
        *,
        fingerprint: None | str | Unset = UNSET,
        port: int | None | Unset = UNSET,
        hub_server_url: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "fingerprint": fingerprint,
                "port": port,
                "hub_server_url": hub_server_url,
            }
        )
