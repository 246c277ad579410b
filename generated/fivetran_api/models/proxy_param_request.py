from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["ProxyParamRequest"]


class ProxyParamRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        display_name (None | str | Unset): Proxy agent name. Example: display_name.
        group_region (str | Unset): Data processing location. This is where Fivetran will operate and run computation on
            data (optional). Example: GCP_US_EAST4. Known values: `ProxyParamRequestGroupRegion` (others pass as given).
    """

    display_name: Field[None | str | Unset] = Field("display_name")
    group_region: Field[str | Unset] = Field("group_region")

    def __init__(
        self,
        *,
        display_name: None | str | Unset = UNSET,
        group_region: str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "display_name": display_name,
                "group_region": group_region,
            }
        )
