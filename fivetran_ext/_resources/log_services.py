"""External logging services: ``client.log_services`` (`LogServices`) and its async twin `AsyncLogServices`.

A log service streams Fivetran's logs of one group (``/v1/external-logging/{log_id}``) or of the whole
account (``/v1/external-logging/account``) to Datadog, CloudWatch, Splunk, ...
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, NoData, PageOf, SyncResource
from ._builders import by_id, flag, json_body, json_object, pages, required_text
from ._common import with_extra

if TYPE_CHECKING:
    from .._models import LogService, LogServiceDetails, LogServiceSetupTests

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
add_account_log_service = "fivetran_api.api.log_service_management.add_account_log_service"
add_log_service = "fivetran_api.api.log_service_management.add_log_service"
delete_account_log_service = "fivetran_api.api.log_service_management.delete_account_log_service"
delete_log_service = "fivetran_api.api.log_service_management.delete_log_service"
get_account_log_service_details = "fivetran_api.api.log_service_management.get_account_log_service_details"
get_log_service_details = "fivetran_api.api.log_service_management.get_log_service_details"
list_log_services = "fivetran_api.api.log_service_management.list_log_services"
run_setup_tests_account_log_service = "fivetran_api.api.log_service_management.run_setup_tests_account_log_service"
run_setup_tests_log_service = "fivetran_api.api.log_service_management.run_setup_tests_log_service"
update_account_log_service = "fivetran_api.api.log_service_management.update_account_log_service"
update_log_service = "fivetran_api.api.log_service_management.update_log_service"

__all__ = ["AsyncLogServices", "LogServices"]

_DETAILS = DataOf(lambda: models.LogServiceDetails)
_TESTS = DataOf(lambda: models.LogServiceSetupTests)
_NO_DATA = NoData()

_list = pages(list_log_services, PageOf(lambda: models.LogService))
_get = by_id(get_log_service_details, _DETAILS, "log_id")
_delete = by_id(delete_log_service, _NO_DATA, "log_id")
_test = by_id(run_setup_tests_log_service, _TESTS, "log_id")
_GET_ACCOUNT = Call(get_account_log_service_details, {}, _DETAILS)
_DELETE_ACCOUNT = Call(delete_account_log_service, {}, _NO_DATA)
_TEST_ACCOUNT = Call(run_setup_tests_account_log_service, {}, _TESTS)


# Call builders: validation and request shape, shared by both twins.
def _settings(enabled: bool | None, config: Mapping[str, Any] | None, run_setup_tests: bool | None) -> dict[str, Any]:
    """The checked fields every create and update shares (None values are left out of the body)."""
    return {
        "enabled": flag("enabled", enabled),
        "config": json_object("config", config),
        "run_setup_tests": flag("run_setup_tests", run_setup_tests),
    }


def _create(
    *,
    group_id: str,
    service: str,
    enabled: bool | None,
    config: Mapping[str, Any] | None,
    run_setup_tests: bool | None,
    extra: Mapping[str, Any] | None,
) -> Call[LogServiceDetails]:
    fields = {
        "group_id": required_text("group_id", group_id),
        "service": required_text("service", service),
        **_settings(enabled, config, run_setup_tests),
    }
    return Call(
        add_log_service, {"body": json_body(request_models.AddLogRequest, **with_extra(fields, extra))}, _DETAILS
    )


def _update(
    log_id: str,
    *,
    enabled: bool | None,
    config: Mapping[str, Any] | None,
    run_setup_tests: bool | None,
    extra: Mapping[str, Any] | None,
) -> Call[LogServiceDetails]:
    fields = with_extra(_settings(enabled, config, run_setup_tests), extra, update=True)
    body = json_body(request_models.UpdateLogRequestUpdateLogService, **fields)
    return Call(update_log_service, {"log_id": path_param("log_id", log_id), "body": body}, _DETAILS)


def _create_account(
    *,
    service: str,
    enabled: bool | None,
    config: Mapping[str, Any] | None,
    run_setup_tests: bool | None,
    extra: Mapping[str, Any] | None,
) -> Call[LogServiceDetails]:
    fields = {"service": required_text("service", service), **_settings(enabled, config, run_setup_tests)}
    return Call(
        add_account_log_service,
        {"body": json_body(request_models.AddAccountLogRequest, **with_extra(fields, extra))},
        _DETAILS,
    )


def _update_account(
    *,
    enabled: bool | None,
    config: Mapping[str, Any] | None,
    run_setup_tests: bool | None,
    extra: Mapping[str, Any] | None,
) -> Call[LogServiceDetails]:
    fields = with_extra(_settings(enabled, config, run_setup_tests), extra, update=True)
    return Call(update_account_log_service, {"body": json_body(request_models.UpdateLogRequest, **fields)}, _DETAILS)


class LogServices(SyncResource):
    """External logging services, per group and for the whole account.

    Example:
        log = client.log_services.create(
            group_id="projected_sickle", service="datadog_log", config={"api_key": "...", "region": "US"}
        )
        print(client.log_services.test(log.id).setup_tests)
    """

    __slots__ = ()

    def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[LogService]:
        """Fetch one page of log services (``GET /v1/external-logging``).

        Args:
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
        """
        return self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[LogService]:
        """Iterate over all log services, fetching pages lazily (``GET /v1/external-logging``).

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
            PaginationError: during iteration, if the server repeats a cursor.
        """
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    def create(
        self,
        *,
        group_id: str,
        service: str,
        enabled: bool | None = None,
        config: Mapping[str, Any] | None = None,
        run_setup_tests: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> LogServiceDetails:
        """Send a group's logs to a logging service (``POST /v1/external-logging``).

        Args:
            group_id: The group whose logs to send.
            service: The log service type, e.g. ``"datadog_log"``, ``"cloudwatch"``, ``"splunkLog"``.
            enabled: Whether logs flow right away.
            config: The service's settings (keys depend on ``service``).
            run_setup_tests: Test the connection right away; results are in ``setup_tests``.
            extra: Further body fields this client has no keyword for, sent as given.

        Raises:
            ValueError: ``group_id`` or ``service`` is empty (nothing is sent).
        """
        return self._run(
            _create(
                group_id=group_id,
                service=service,
                enabled=enabled,
                config=config,
                run_setup_tests=run_setup_tests,
                extra=extra,
            )
        )

    def get(self, log_id: str) -> LogServiceDetails:
        """Fetch one log service (``GET /v1/external-logging/{log_id}``).

        Raises:
            NotFoundError: no such log service.
            ValueError: ``log_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(log_id))

    def update(
        self,
        log_id: str,
        *,
        enabled: bool | None = None,
        config: Mapping[str, Any] | None = None,
        run_setup_tests: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> LogServiceDetails:
        """Change a log service (``PATCH /v1/external-logging/{log_id}``).

        Raises:
            ValueError: no field is given (nothing is sent).
        """
        return self._run(_update(log_id, enabled=enabled, config=config, run_setup_tests=run_setup_tests, extra=extra))

    def delete(self, log_id: str) -> None:
        """Delete a log service (``DELETE /v1/external-logging/{log_id}``)."""
        self._run(_delete(log_id))

    def test(self, log_id: str) -> LogServiceSetupTests:
        """Run a log service's setup tests (``POST /v1/external-logging/{log_id}/test``)."""
        return self._run(_test(log_id))

    def get_account(self) -> LogServiceDetails:
        """Fetch the account-level log service (``GET /v1/external-logging/account``)."""
        return self._run(_GET_ACCOUNT)

    def create_account(
        self,
        *,
        service: str,
        enabled: bool | None = None,
        config: Mapping[str, Any] | None = None,
        run_setup_tests: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> LogServiceDetails:
        """Send the whole account's logs to a logging service (``POST /v1/external-logging/account``).

        Raises:
            ValueError: ``service`` is empty (nothing is sent).
        """
        return self._run(
            _create_account(
                service=service, enabled=enabled, config=config, run_setup_tests=run_setup_tests, extra=extra
            )
        )

    def update_account(
        self,
        *,
        enabled: bool | None = None,
        config: Mapping[str, Any] | None = None,
        run_setup_tests: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> LogServiceDetails:
        """Change the account-level log service (``PATCH /v1/external-logging/account``).

        Raises:
            ValueError: no field is given (nothing is sent).
        """
        return self._run(_update_account(enabled=enabled, config=config, run_setup_tests=run_setup_tests, extra=extra))

    def delete_account(self) -> None:
        """Delete the account-level log service (``DELETE /v1/external-logging/account``)."""
        self._run(_DELETE_ACCOUNT)

    def test_account(self) -> LogServiceSetupTests:
        """Run the account-level log service's setup tests (``POST /v1/external-logging/account/test``)."""
        return self._run(_TEST_ACCOUNT)


class AsyncLogServices(AsyncResource):
    """Async twin of `LogServices`."""

    __slots__ = ()

    async def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[LogService]:
        """See `LogServices.list`."""
        return await self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[LogService]:
        """See `LogServices.stream`."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    async def create(
        self,
        *,
        group_id: str,
        service: str,
        enabled: bool | None = None,
        config: Mapping[str, Any] | None = None,
        run_setup_tests: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> LogServiceDetails:
        """See `LogServices.create`."""
        return await self._run(
            _create(
                group_id=group_id,
                service=service,
                enabled=enabled,
                config=config,
                run_setup_tests=run_setup_tests,
                extra=extra,
            )
        )

    async def get(self, log_id: str) -> LogServiceDetails:
        """See `LogServices.get`."""
        return await self._run(_get(log_id))

    async def update(
        self,
        log_id: str,
        *,
        enabled: bool | None = None,
        config: Mapping[str, Any] | None = None,
        run_setup_tests: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> LogServiceDetails:
        """See `LogServices.update`."""
        return await self._run(
            _update(log_id, enabled=enabled, config=config, run_setup_tests=run_setup_tests, extra=extra)
        )

    async def delete(self, log_id: str) -> None:
        """See `LogServices.delete`."""
        await self._run(_delete(log_id))

    async def test(self, log_id: str) -> LogServiceSetupTests:
        """See `LogServices.test`."""
        return await self._run(_test(log_id))

    async def get_account(self) -> LogServiceDetails:
        """See `LogServices.get_account`."""
        return await self._run(_GET_ACCOUNT)

    async def create_account(
        self,
        *,
        service: str,
        enabled: bool | None = None,
        config: Mapping[str, Any] | None = None,
        run_setup_tests: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> LogServiceDetails:
        """See `LogServices.create_account`."""
        return await self._run(
            _create_account(
                service=service, enabled=enabled, config=config, run_setup_tests=run_setup_tests, extra=extra
            )
        )

    async def update_account(
        self,
        *,
        enabled: bool | None = None,
        config: Mapping[str, Any] | None = None,
        run_setup_tests: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> LogServiceDetails:
        """See `LogServices.update_account`."""
        return await self._run(
            _update_account(enabled=enabled, config=config, run_setup_tests=run_setup_tests, extra=extra)
        )

    async def delete_account(self) -> None:
        """See `LogServices.delete_account`."""
        await self._run(_DELETE_ACCOUNT)

    async def test_account(self) -> LogServiceSetupTests:
        """See `LogServices.test_account`."""
        return await self._run(_TEST_ACCOUNT)
