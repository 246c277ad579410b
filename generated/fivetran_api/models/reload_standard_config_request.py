from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["ReloadStandardConfigRequest"]


class ReloadStandardConfigRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        exclude_mode (None | str | Unset): Specifies whether all schemas and tables will be enabled or disabled in the
            standard config. By specifying the `exclude_mode` parameter value, you can enable or disable syncing for all
            schemas and tables when reloading the connection schema config.

            When the default `PRESERVE` value is set, all selected schemas and tables in the standard config preserve their
            state.

            When the `EXCLUDE` value is set, the columns that haven't been updated by user yet are not excluded from the
            sync. Such columns may be present in the source and not displayed in the response, but they are considered to be
            included in the sync by default. If you enable syncing of their table, then all of these columns from the source
            will be synced in the next sync cycle. See also [Troubleshooting: How to enable syncs only for the columns you
            need](https://fivetran.com/docs/rest-api/tutorials/enable-sync-for-columns-you-need).
             Example: PRESERVE.
    """

    exclude_mode: Field[None | str | Unset] = Field("exclude_mode")

    def __init__(
        self,
        *,
        exclude_mode: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "exclude_mode": exclude_mode,
            }
        )
