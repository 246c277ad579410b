from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column_enabled_patch_settings import ColumnEnabledPatchSettings
    from ..types import UNSET, Unset

__all__ = ["ColumnConfigResponse"]


class ColumnConfigResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        name_in_destination (None | str | Unset): The schema name within your destination in accordance with Fivetran
            conventional rules Example: column_name_in_destination.
        enabled (bool | None | Unset): The boolean value specifying whether the sync for the table into the destination
            is enabled. Example: True.
        hashed (bool | None | Unset): The boolean value specifying whether a column should be hashed Example: False.
        enabled_patch_settings (ColumnEnabledPatchSettings | None | Unset):
        is_primary_key (bool | None | Unset):
    """

    name_in_destination: Field[None | str | Unset] = Field("name_in_destination")
    enabled: Field[bool | None | Unset] = Field("enabled")
    hashed: Field[bool | None | Unset] = Field("hashed")
    enabled_patch_settings: Field[ColumnEnabledPatchSettings | None | Unset] = Field(
        "enabled_patch_settings", Nested("column_enabled_patch_settings", "ColumnEnabledPatchSettings")
    )
    is_primary_key: Field[bool | None | Unset] = Field("is_primary_key")

    def __init__(
        self,
        *,
        name_in_destination: None | str | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        hashed: bool | None | Unset = UNSET,
        enabled_patch_settings: ColumnEnabledPatchSettings | None | Unset = UNSET,
        is_primary_key: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name_in_destination": name_in_destination,
                "enabled": enabled,
                "hashed": hashed,
                "enabled_patch_settings": enabled_patch_settings,
                "is_primary_key": is_primary_key,
            }
        )
