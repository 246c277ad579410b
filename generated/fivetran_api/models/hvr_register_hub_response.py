from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hvr_hub_registration_response import HvrHubRegistrationResponse
    from ..types import UNSET, Unset

__all__ = ["HvrRegisterHubResponse"]


class HvrRegisterHubResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: HVR hub has been registered.
        data (HvrHubRegistrationResponse | None | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[HvrHubRegistrationResponse | None | Unset] = Field(
        "data", Nested("hvr_hub_registration_response", "HvrHubRegistrationResponse")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: HvrHubRegistrationResponse | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
