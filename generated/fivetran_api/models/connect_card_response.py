from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["ConnectCardResponse"]


class ConnectCardResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        token (None | str | Unset): A short-lived JWT that authorizes the end user to configure this connection via the
            Connect Card interface. Use the `uri` field directly to redirect users — it already embeds this token. If you
            need to construct your own URL, pass this value as the `auth` query parameter to `https://fivetran.com/connect-
            card/setup`. Example: eyJ0e....
        uri (None | str | Unset): The complete URL to redirect the end user to in order to authorize the connection. It
            embeds the auth token, redirect URI, and setup guide visibility as query parameters. Redirect the user directly
            to this address. Example: https://fivetran.com/connect-
            card/setup?redirect_uri=https://your.site/path&auth=eyJ0e...&hide_setup_guide=true.
    """

    token: Field[None | str | Unset] = Field("token")
    uri: Field[None | str | Unset] = Field("uri")

    def __init__(
        self,
        *,
        token: None | str | Unset = UNSET,
        uri: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "token": token,
                "uri": uri,
            }
        )
