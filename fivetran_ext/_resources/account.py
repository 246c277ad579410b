"""The account behind the API key: ``client.account`` (`Account`) and its async twin `AsyncAccount`."""

from __future__ import annotations

from fivetran_api.api.account_management import get_account_info

from .._models import AccountInfo
from ._base import AsyncResource, Call, DataOf, SyncResource

__all__ = ["Account", "AsyncAccount"]

_INFO = Call(get_account_info, {}, DataOf(AccountInfo))


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
