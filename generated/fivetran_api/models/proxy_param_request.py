from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Enum, Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.proxy_param_request_group_region import ProxyParamRequestGroupRegion
    from ..types import UNSET, Unset

__all__ = ["ProxyParamRequest"]


class ProxyParamRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        display_name (None | str | Unset): Proxy agent name. Example: display_name.
        group_region (ProxyParamRequestGroupRegion | Unset): Data processing location. This is where Fivetran will
            operate and run computation on data (optional). Example: GCP_US_EAST4.
    """

    display_name: Field[None | str | Unset] = Field("display_name")
    group_region: Field[ProxyParamRequestGroupRegion | Unset] = Field(
        "group_region", Enum("proxy_param_request_group_region", "ProxyParamRequestGroupRegion")
    )

    def __init__(
        self,
        *,
        display_name: None | str | Unset = UNSET,
        group_region: ProxyParamRequestGroupRegion | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "display_name": display_name,
                "group_region": group_region,
            }
        )
