from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["HybridDeploymentAgentReAuthRequest"]


class HybridDeploymentAgentReAuthRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        auth_type (str | Unset):  Known values: `HybridDeploymentAgentReAuthRequestAuthType` (others pass as given).
    """

    auth_type: Field[str | Unset] = Field("auth_type")

    def __init__(
        self,
        *,
        auth_type: str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "auth_type": auth_type,
            }
        )
