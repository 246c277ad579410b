"""The account behind the API key: ``client.account`` (`Account`) and its async twin `AsyncAccount`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _models as models
from ._base import AsyncResource, Call, DataOf, SyncResource

if TYPE_CHECKING:
    from .._models import AccountInfo

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
get_account_info = "fivetran_api.api.account_management.get_account_info"

__all__ = ["Account", "AsyncAccount"]

_INFO = Call(get_account_info, {}, DataOf(lambda: models.AccountInfo))


class Account(SyncResource):
    """The Fivetran account the client's API key belongs to.

    Example:
        info = client.account.info()
        print(info.account_id, info.account_name)
    """

    __slots__ = ()

    def info(self) -> AccountInfo:
        """Fetch the account, user and system key behind the API key (``GET /v1/account/info``)."""
        return self._run(_INFO)


class AsyncAccount(AsyncResource):
    """Async twin of `Account`."""

    __slots__ = ()

    async def info(self) -> AccountInfo:
        """See `Account.info`."""
        return await self._run(_INFO)
