from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["RunSetupTestsRequestRunDestinationSetupTests"]


class RunSetupTestsRequestRunDestinationSetupTests(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        trust_certificates (bool | None | Unset):
        trust_fingerprints (bool | None | Unset):
    """

    trust_certificates: Field[bool | None | Unset] = Field("trust_certificates")
    trust_fingerprints: Field[bool | None | Unset] = Field("trust_fingerprints")

    def __init__(
        self,
        *,
        trust_certificates: bool | None | Unset = UNSET,
        trust_fingerprints: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "trust_certificates": trust_certificates,
                "trust_fingerprints": trust_fingerprints,
            }
        )
