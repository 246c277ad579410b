from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_secrets_manager import ExternalSecretsManager
    from ..types import UNSET, Unset

__all__ = ["ModifyEsmResponse"]


class ModifyEsmResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Resource updated successfully.
        data (ExternalSecretsManager | None | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[ExternalSecretsManager | None | Unset] = Field(
        "data", Nested("external_secrets_manager", "ExternalSecretsManager")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: ExternalSecretsManager | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
