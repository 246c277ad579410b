"""System keys (API keys not tied to a user): ``client.system_keys`` and its async twin."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, NoData, PageOf, SyncResource
from ._builders import by_id, choice, json_body, json_objects, optional_text, pages, required_text
from ._common import with_extra

if TYPE_CHECKING:
    from .._models import SystemKey

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
create_system_key = "fivetran_api.api.system_key_management.create_system_key"
delete_system_key = "fivetran_api.api.system_key_management.delete_system_key"
get_system_key_details = "fivetran_api.api.system_key_management.get_system_key_details"
get_system_keys = "fivetran_api.api.system_key_management.get_system_keys"
rotate_system_key = "fivetran_api.api.system_key_management.rotate_system_key"
update_system_key = "fivetran_api.api.system_key_management.update_system_key"

__all__ = ["AsyncSystemKeys", "SystemKeys"]

_KEY = DataOf(lambda: models.SystemKey)

_list = pages(get_system_keys, PageOf(lambda: models.SystemKey))
_get = by_id(get_system_key_details, _KEY, "key_id")
_delete = by_id(delete_system_key, NoData(), "key_id")


# Call builders: validation and request shape, shared by both twins.
def _create(
    *,
    name: str,
    permissions: Sequence[Mapping[str, Any]] | None,
    expiration_period: str | None,
    extra: Mapping[str, Any] | None,
) -> Call[SystemKey]:
    fields = {
        "name": required_text("name", name),
        "permissions": _permissions(permissions),
        "expiration_period": choice(
            "expiration_period", expiration_period, request_models.NewSystemKeyRequestExpirationPeriod
        ),
    }
    return Call(
        create_system_key, {"body": json_body(request_models.NewSystemKeyRequest, **with_extra(fields, extra))}, _KEY
    )


def _update(
    key_id: str,
    *,
    name: str | None,
    permissions: Sequence[Mapping[str, Any]] | None,
    extra: Mapping[str, Any] | None,
) -> Call[SystemKey]:
    fields = with_extra(
        {"name": optional_text("name", name), "permissions": _permissions(permissions)}, extra, update=True
    )
    body = json_body(request_models.UpdateSystemKeyRequest, **fields)
    return Call(update_system_key, {"key_id": path_param("key_id", key_id), "body": body}, _KEY)


def _permissions(permissions: Sequence[Mapping[str, Any]] | None) -> list[dict[str, Any]] | None:
    checked = json_objects("permissions", permissions, request_models.SystemKeyPermissionRequest)
    # The generated model keeps any value (its enums are open); the known sets are checked here.
    for index, item in enumerate(checked or ()):
        choice(
            f"permissions[{index}].resource_type",
            item.get("resource_type"),
            request_models.SystemKeyPermissionRequestResourceType,
        )
        choice(
            f"permissions[{index}].access_level",
            item.get("access_level"),
            request_models.SystemKeyPermissionRequestAccessLevel,
        )
    return checked


def _rotate(key_id: str, expiration_period: str | None) -> Call[SystemKey]:
    body = json_body(
        request_models.RotateSystemKeyRequest,
        expiration_period=choice(
            "expiration_period", expiration_period, request_models.RotateSystemKeyRequestExpirationPeriod
        ),
    )
    return Call(rotate_system_key, {"key_id": path_param("key_id", key_id), "body": body}, _KEY)


class SystemKeys(SyncResource):
    """System keys: API credentials owned by the account rather than a user, with scoped permissions.

    ``create`` and ``rotate`` return the ``secret`` once; store it.

    Example:
        key = client.system_keys.create(
            name="ci",
            permissions=[{"resource_type": "CONNECTOR", "access_level": "MANAGE"}],
            expiration_period="THREE_MONTHS",
        )
        print(key.key, key.secret)
    """

    __slots__ = ()

    def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[SystemKey]:
        """Fetch one page of system keys (``GET /v1/system-keys``).

        Args:
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
        """
        return self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[SystemKey]:
        """Iterate over all system keys, fetching pages lazily (``GET /v1/system-keys``).

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
            PaginationError: during iteration, if the server repeats a cursor.
        """
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    def create(
        self,
        *,
        name: str,
        permissions: Sequence[Mapping[str, Any]] | None = None,
        expiration_period: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SystemKey:
        """Create a system key (``POST /v1/system-keys``).

        Args:
            name: The key's name.
            permissions: e.g. ``[{"resource_type": "DESTINATION", "access_level": "READ",
                "resource_filter": {"ids": [...]}}]``.
            expiration_period: ``"ONE_WEEK"``, ``"ONE_MONTH"``, ``"THREE_MONTHS"``, ``"SIX_MONTHS"`` or
                ``"INFINITE"``.
            extra: Further body fields this client has no keyword for, sent as given.

        Raises:
            ValueError: ``name`` is empty, or a permission or the period is not allowed (nothing is sent).
        """
        return self._run(_create(name=name, permissions=permissions, expiration_period=expiration_period, extra=extra))

    def get(self, key_id: str) -> SystemKey:
        """Fetch one system key, without its secret (``GET /v1/system-keys/{key_id}``).

        Raises:
            NotFoundError: no such system key.
            ValueError: ``key_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(key_id))

    def update(
        self,
        key_id: str,
        *,
        name: str | None = None,
        permissions: Sequence[Mapping[str, Any]] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SystemKey:
        """Change a system key's name or permissions (``PATCH /v1/system-keys/{key_id}``).

        Raises:
            ValueError: no field is given (nothing is sent).
        """
        return self._run(_update(key_id, name=name, permissions=permissions, extra=extra))

    def delete(self, key_id: str) -> None:
        """Delete a system key (``DELETE /v1/system-keys/{key_id}``)."""
        self._run(_delete(key_id))

    def rotate(self, key_id: str, *, expiration_period: str | None = None) -> SystemKey:
        """Replace a system key's secret (``POST /v1/system-keys/{key_id}/rotate``); the new one is returned once.

        Not retried once it may have reached the API: a second rotation would void the returned secret.
        """
        return self._run(_rotate(key_id, expiration_period))


class AsyncSystemKeys(AsyncResource):
    """Async twin of `SystemKeys`."""

    __slots__ = ()

    async def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[SystemKey]:
        """See `SystemKeys.list`."""
        return await self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[SystemKey]:
        """See `SystemKeys.stream`."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    async def create(
        self,
        *,
        name: str,
        permissions: Sequence[Mapping[str, Any]] | None = None,
        expiration_period: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SystemKey:
        """See `SystemKeys.create`."""
        return await self._run(
            _create(name=name, permissions=permissions, expiration_period=expiration_period, extra=extra)
        )

    async def get(self, key_id: str) -> SystemKey:
        """See `SystemKeys.get`."""
        return await self._run(_get(key_id))

    async def update(
        self,
        key_id: str,
        *,
        name: str | None = None,
        permissions: Sequence[Mapping[str, Any]] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SystemKey:
        """See `SystemKeys.update`."""
        return await self._run(_update(key_id, name=name, permissions=permissions, extra=extra))

    async def delete(self, key_id: str) -> None:
        """See `SystemKeys.delete`."""
        await self._run(_delete(key_id))

    async def rotate(self, key_id: str, *, expiration_period: str | None = None) -> SystemKey:
        """See `SystemKeys.rotate`."""
        return await self._run(_rotate(key_id, expiration_period))
