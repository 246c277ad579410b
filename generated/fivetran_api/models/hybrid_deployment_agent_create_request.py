from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["HybridDeploymentAgentCreateRequest"]


class HybridDeploymentAgentCreateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        display_name (str): Hybrid Deployment Agent display name. Example: display_name.
        env_type (str): Environment type. Example: DOCKER. Known values: `HybridDeploymentAgentCreateRequestEnvType`
            (others pass as given).
        accept_terms (bool): Boolean, must be true to indicate that the caller accepts the Fivetran On-Prem Software
            License Addendum. Example: True.
        group_id (None | str | Unset): The unique identifier for the group within your Fivetran account. Example:
            group_id.
        auth_type (str | Unset): Agent Auth Mode. Defines how agent should be authorised. Example: AUTO. Known values:
            `HybridDeploymentAgentCreateRequestAuthType` (others pass as given).
    """

    display_name: Field[str] = Field("display_name", required=True)
    env_type: Field[str] = Field("env_type", required=True)
    accept_terms: Field[bool] = Field("accept_terms", required=True)
    group_id: Field[None | str | Unset] = Field("group_id")
    auth_type: Field[str | Unset] = Field("auth_type")

    def __init__(
        self,
        *,
        display_name: str,
        env_type: str,
        accept_terms: bool,
        group_id: None | str | Unset = UNSET,
        auth_type: str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "display_name": display_name,
                "env_type": env_type,
                "accept_terms": accept_terms,
                "group_id": group_id,
                "auth_type": auth_type,
            }
        )
