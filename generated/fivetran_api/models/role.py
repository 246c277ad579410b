from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["Role"]


class Role(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        name (str): The role name Example: Destination Administrator.
        scope (list[str]): Defines the list of resources the role manages Known values: `ACCOUNT`, `DESTINATION`,
            `CONNECTOR`, `TEAM` (others may appear). Example: ['DESTINATION'].
        is_custom (bool): Defines whether the role is standard or custom Example: False.
        description (None | str | Unset): The role description Example: Role Description.
        is_deprecated (bool | None | Unset): Defines whether the role is deprecated Example: True.
        replacement_role_name (None | str | Unset): The name of the new role replacing the deprecated role Example:
            Manage Destination.
    """

    name: Field[str] = Field("name", required=True)
    scope: Field[list[str]] = Field("scope", required=True)
    is_custom: Field[bool] = Field("is_custom", required=True)
    description: Field[None | str | Unset] = Field("description")
    is_deprecated: Field[bool | None | Unset] = Field("is_deprecated")
    replacement_role_name: Field[None | str | Unset] = Field("replacement_role_name")

    def __init__(
        self,
        *,
        name: str,
        scope: list[str],
        is_custom: bool,
        description: None | str | Unset = UNSET,
        is_deprecated: bool | None | Unset = UNSET,
        replacement_role_name: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name": name,
                "scope": scope,
                "is_custom": is_custom,
                "description": description,
                "is_deprecated": is_deprecated,
                "replacement_role_name": replacement_role_name,
            }
        )
