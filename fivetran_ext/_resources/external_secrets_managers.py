"""External Secrets Managers: ``client.external_secrets_managers`` and its async twin.

Connections and destinations can read credentials from AWS Secrets Manager, Azure Key Vault or HashiCorp
Vault instead of storing them in Fivetran; these operations manage those secret stores.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, NoData, PageOf, SyncResource
from ._builders import by_id, choice, flag, json_body, json_object, optional_text, pages, present, required_text
from ._common import with_extra

if TYPE_CHECKING:
    from .._models import ExternalSecretsManager, ExternalSecretsManagerEntity

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
create_esm = "fivetran_api.api.handling_external_secrets_manager_esm_resources.create_esm"
delete_esm = "fivetran_api.api.handling_external_secrets_manager_esm_resources.delete_esm"
get_esm_details = "fivetran_api.api.handling_external_secrets_manager_esm_resources.get_esm_details"
get_esm_entities = "fivetran_api.api.handling_external_secrets_manager_esm_resources.get_esm_entities"
list_esm_entities = "fivetran_api.api.handling_external_secrets_manager_esm_resources.list_esm_entities"
list_esms = "fivetran_api.api.handling_external_secrets_manager_esm_resources.list_esms"
modify_esm = "fivetran_api.api.handling_external_secrets_manager_esm_resources.modify_esm"

__all__ = ["AsyncExternalSecretsManagers", "ExternalSecretsManagers"]

_ESM = DataOf(lambda: models.ExternalSecretsManager)
_ENTITIES = PageOf(lambda: models.ExternalSecretsManagerEntity)

_list = pages(list_esms, PageOf(lambda: models.ExternalSecretsManager))
_get = by_id(get_esm_details, _ESM, "esm_id")
_delete = by_id(delete_esm, NoData(), "esm_id")


# Call builders: validation and request shape, shared by both twins.
def _create(
    *,
    type: str,
    name: str,
    config: Mapping[str, Any],
    is_hybrid_deployment: bool | None,
    extra: Mapping[str, Any] | None,
) -> Call[ExternalSecretsManager]:
    fields = {
        "type": choice("type", type, request_models.SecretsManagerCreateRequestType),
        "name": required_text("name", name),
        "config": json_object("config", config),
        "is_hybrid_deployment": flag("is_hybrid_deployment", is_hybrid_deployment),
    }
    return Call(
        create_esm, {"body": json_body(request_models.SecretsManagerCreateRequest, **with_extra(fields, extra))}, _ESM
    )


def _update(esm_id: str, config: Mapping[str, Any], extra: Mapping[str, Any] | None) -> Call[ExternalSecretsManager]:
    fields = with_extra({"config": json_object("config", config)}, extra, update=True)
    body = json_body(request_models.SecretsManagerUpdateRequest, **fields)
    return Call(modify_esm, {"esm_id": path_param("esm_id", esm_id), "body": body}, _ESM)


# The two entity listings take no cursor or limit in the spec: one call, one page, no stream.
def _list_entities(esm_id: str, type: str | None) -> Call[Page[ExternalSecretsManagerEntity]]:
    filters = present(type_=optional_text("type", type))
    return Call(get_esm_entities, {"esm_id": path_param("esm_id", esm_id), **filters}, _ENTITIES)


def _list_all_entities(esm_id: str | None, type: str | None) -> Call[Page[ExternalSecretsManagerEntity]]:
    filters = present(esm_id=optional_text("esm_id", esm_id), type_=optional_text("type", type))
    return Call(list_esm_entities, filters, _ENTITIES)


class ExternalSecretsManagers(SyncResource):
    """External Secrets Managers, and the connections and destinations that use them.

    Example:
        esm = client.external_secrets_managers.create(
            type="AWS_SECRET_MANAGER", name="prod-secrets", config={"region": "us-east-1", "role_arn": "..."}
        )
        page = client.external_secrets_managers.list_entities(esm.id, type="source")
    """

    __slots__ = ()

    def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[ExternalSecretsManager]:
        """Fetch one page of External Secrets Managers (``GET /v1/external-secrets-managers``).

        Args:
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
        """
        return self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[ExternalSecretsManager]:
        """Iterate over all External Secrets Managers (``GET /v1/external-secrets-managers``).

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
            PaginationError: during iteration, if the server repeats a cursor.
        """
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    def create(
        self,
        *,
        type: str,
        name: str,
        config: Mapping[str, Any],
        is_hybrid_deployment: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ExternalSecretsManager:
        """Register an External Secrets Manager (``POST /v1/external-secrets-managers``).

        Args:
            type: ``"AWS_SECRET_MANAGER"``, ``"AZURE_KEY_VAULT"`` or ``"HASHICORP_VAULT"``.
            name: Its name in Fivetran.
            config: How to reach it (keys depend on ``type``).
            is_hybrid_deployment: Whether a hybrid deployment agent reads the secrets.
            extra: Further body fields this client has no keyword for, sent as given.

        Raises:
            ValueError: ``type`` is not allowed, or ``name``/``config`` is missing (nothing is sent).
        """
        return self._run(
            _create(type=type, name=name, config=config, is_hybrid_deployment=is_hybrid_deployment, extra=extra)
        )

    def get(self, esm_id: str) -> ExternalSecretsManager:
        """Fetch one External Secrets Manager (``GET /v1/external-secrets-managers/{esm_id}``).

        Raises:
            NotFoundError: no such External Secrets Manager.
            ValueError: ``esm_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(esm_id))

    def update(
        self, esm_id: str, *, config: Mapping[str, Any], extra: Mapping[str, Any] | None = None
    ) -> ExternalSecretsManager:
        """Change an External Secrets Manager's config (``PATCH /v1/external-secrets-managers/{esm_id}``)."""
        return self._run(_update(esm_id, config, extra))

    def delete(self, esm_id: str) -> None:
        """Delete an External Secrets Manager (``DELETE /v1/external-secrets-managers/{esm_id}``)."""
        self._run(_delete(esm_id))

    def list_entities(self, esm_id: str, *, type: str | None = None) -> Page[ExternalSecretsManagerEntity]:
        """Fetch the entities using one manager (``GET /v1/external-secrets-managers/{esm_id}/entities``).

        The operation takes no cursor: check ``next_cursor`` on the returned page.

        Args:
            esm_id: The External Secrets Manager.
            type: ``"source"``, ``"destination"`` or ``"all"``.
        """
        return self._run(_list_entities(esm_id, type))

    def list_all_entities(
        self, *, esm_id: str | None = None, type: str | None = None
    ) -> Page[ExternalSecretsManagerEntity]:
        """Fetch the entities using any manager (``GET /v1/external-secrets-managers-entities``).

        The operation takes no cursor: check ``next_cursor`` on the returned page.
        """
        return self._run(_list_all_entities(esm_id, type))


class AsyncExternalSecretsManagers(AsyncResource):
    """Async twin of `ExternalSecretsManagers`."""

    __slots__ = ()

    async def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[ExternalSecretsManager]:
        """See `ExternalSecretsManagers.list`."""
        return await self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[ExternalSecretsManager]:
        """See `ExternalSecretsManagers.stream`."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    async def create(
        self,
        *,
        type: str,
        name: str,
        config: Mapping[str, Any],
        is_hybrid_deployment: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> ExternalSecretsManager:
        """See `ExternalSecretsManagers.create`."""
        return await self._run(
            _create(type=type, name=name, config=config, is_hybrid_deployment=is_hybrid_deployment, extra=extra)
        )

    async def get(self, esm_id: str) -> ExternalSecretsManager:
        """See `ExternalSecretsManagers.get`."""
        return await self._run(_get(esm_id))

    async def update(
        self, esm_id: str, *, config: Mapping[str, Any], extra: Mapping[str, Any] | None = None
    ) -> ExternalSecretsManager:
        """See `ExternalSecretsManagers.update`."""
        return await self._run(_update(esm_id, config, extra))

    async def delete(self, esm_id: str) -> None:
        """See `ExternalSecretsManagers.delete`."""
        await self._run(_delete(esm_id))

    async def list_entities(self, esm_id: str, *, type: str | None = None) -> Page[ExternalSecretsManagerEntity]:
        """See `ExternalSecretsManagers.list_entities`."""
        return await self._run(_list_entities(esm_id, type))

    async def list_all_entities(
        self, *, esm_id: str | None = None, type: str | None = None
    ) -> Page[ExternalSecretsManagerEntity]:
        """See `ExternalSecretsManagers.list_all_entities`."""
        return await self._run(_list_all_entities(esm_id, type))
