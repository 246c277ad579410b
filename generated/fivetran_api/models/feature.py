from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["Feature"]


class Feature(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (None | str | Unset): The unique identifier of a feature supported by the connector Known values:
            `CUSTOM_DATA`, `CAPTURE_DELETES`, `DATA_BLOCKING`, `COLUMN_HASHING`, `RE_SYNC`, `HISTORY`, `API_CONFIGURABLE`,
            `PRIORITY_FIRST_SYNC`, `FIVETRAN_DATA_MODELS`, `PRIVATE_NETWORKING`, `AUTHORIZATION_VIA_API`, `ROW_FILTERING`
            (others may appear). Example: API_CONFIGURABLE.
        notes (None | str | Unset): Additional information about the feature support of a specific connector Example:
            ....
    """

    id: Field[None | str | Unset] = Field("id")
    notes: Field[None | str | Unset] = Field("notes")

    def __init__(
        self,
        *,
        id: None | str | Unset = UNSET,
        notes: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "notes": notes,
            }
        )
