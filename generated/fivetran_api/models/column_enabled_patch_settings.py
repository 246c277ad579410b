from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["ColumnEnabledPatchSettings"]


class ColumnEnabledPatchSettings(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        allowed (bool | None | Unset): The boolean value specifying whether the enabled property can be updated Example:
            False.
        reason (None | str | Unset): The additional message indicating the reason why the enabled property cannot be
            updated. This field appears in the response only when the reason_code value is OTHER Example: ....
        reason_code (None | str | Unset): The reason code indicating the reason why the enabled property cannot be
            updated: <br /> SYSTEM_TABLE - the table is a system table <br /> DELETED - the table was deleted in the source
            <br /> OTHER - the table was excluded by the system for some reason <br /> This field appears in the response
            when the allowed property value is FALSE Known values: `SYSTEM_COLUMN`, `DELETED`, `OTHER` (others may appear).
            Example: SYSTEM_COLUMN.
    """

    allowed: Field[bool | None | Unset] = Field("allowed")
    reason: Field[None | str | Unset] = Field("reason")
    reason_code: Field[None | str | Unset] = Field("reason_code")

    def __init__(
        self,
        *,
        allowed: bool | None | Unset = UNSET,
        reason: None | str | Unset = UNSET,
        reason_code: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "allowed": allowed,
                "reason": reason,
                "reason_code": reason_code,
            }
        )
