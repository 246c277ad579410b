from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["HvrHubRegistrationResponse"]


class HvrHubRegistrationResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        access_token (None | str | Unset): Access token. Example: access_token_value.
        registration_id (None | str | Unset): Registration identifier. Example: registration_id.
    """

    access_token: Field[None | str | Unset] = Field("access_token")
    registration_id: Field[None | str | Unset] = Field("registration_id")

    def __init__(
        self,
        *,
        access_token: None | str | Unset = UNSET,
        registration_id: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "access_token": access_token,
                "registration_id": registration_id,
            }
        )
