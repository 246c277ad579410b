from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["ConnectCardConfig"]


class ConnectCardConfig(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        redirect_uri (str): The URI on your site we redirect the end user to after successful setup. The URI must start
            with the `https` or `http` prefix. Example: https://your.site/path.
        hide_setup_guide (bool | None | Unset): An optional parameter that lets you hide the embedded setup guide in the
            Connect Card. Example: True.
        all_fields (bool | None | Unset): An optional parameter that lets you show all fields on Connect Card including
            those that are hidden by default for certain connectors. Example: True.
    """

    redirect_uri: Field[str] = Field("redirect_uri", required=True)
    hide_setup_guide: Field[bool | None | Unset] = Field("hide_setup_guide")
    all_fields: Field[bool | None | Unset] = Field("all_fields")

    def __init__(
        self,
        *,
        redirect_uri: str,
        hide_setup_guide: bool | None | Unset = UNSET,
        all_fields: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "redirect_uri": redirect_uri,
                "hide_setup_guide": hide_setup_guide,
                "all_fields": all_fields,
            }
        )
