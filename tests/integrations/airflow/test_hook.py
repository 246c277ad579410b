"""FivetranHook, the provider metadata Airflow discovers, and FivetranSyncError."""

from __future__ import annotations

import json
from collections.abc import Callable

import anyio
import pytest

airflow = pytest.importorskip("airflow", reason="the Airflow integration runs in `make test-integrations`")

from fivetran_ext import FivetranError, SyncRun  # noqa: E402
from fivetran_ext.integrations._policy import TaskPolicy  # noqa: E402
from fivetran_ext.integrations.airflow import FivetranHook, FivetranSyncError  # noqa: E402

from ..conftest import FakeAPI  # noqa: E402


def _set_connection(monkeypatch: pytest.MonkeyPatch, conn_id: str, **fields: object) -> None:
    monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps(fields))


@pytest.mark.parametrize("conn_type", ["fivetran_ext", "Fivetran"])
def test_the_hook_builds_clients_from_an_airflow_connection(
    fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch, conn_type: str
) -> None:
    # "Fivetran" is airflow-provider-fivetran-async's type: its connections work unchanged.
    _set_connection(
        monkeypatch,
        "warehouse_fivetran",
        conn_type=conn_type,
        login="fake-key",
        password="fake-secret",
        host=fake_api.base_url,
        extra={"timeout": 5, "max_retries": 0},
    )
    hook = FivetranHook("warehouse_fivetran")

    with hook.get_client() as client:
        assert client.base_url == fake_api.base_url
        assert client.max_retries == 0
        assert client.timeout.read == 5.0
        assert [connection.id for connection in client.connections.stream()] == [fake_api.connection_id]

    async def read_async() -> str | None:
        async with await hook.get_async_client() as client:
            return (await client.connections.get(fake_api.connection_id)).id

    assert anyio.run(read_async) == fake_api.connection_id
    assert "fake-secret" not in repr(hook)


def test_the_hook_refuses_an_unknown_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    _set_connection(monkeypatch, "typo", conn_type="fivetran_ext", login="k", password="s", extra={"timeuot": 5})

    with pytest.raises(ValueError, match=r"unknown Fivetran connection extras \['timeuot'\]"):
        FivetranHook("typo").get_client()


def test_the_connection_test_button_reads_the_account(fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    _set_connection(
        monkeypatch, "good", conn_type="fivetran_ext", login="fake-key", password="fake-secret", host=fake_api.base_url
    )
    _set_connection(
        monkeypatch,
        "bad",
        conn_type="fivetran_ext",
        login="fake-key",
        password="wrong",
        host=fake_api.base_url,
        extra={"max_retries": 0},
    )

    ok, message = FivetranHook("good").test_connection()
    failed, error = FivetranHook("bad").test_connection()

    assert ok is True
    assert message.startswith("Connected to Fivetran account")
    assert failed is False
    assert "401" in error
    assert "wrong" not in error


def test_airflow_discovers_the_connection_type_and_its_form() -> None:
    from airflow.providers_manager import ProvidersManager
    from airflow.sdk.providers_manager_runtime import ProvidersManagerTaskRuntime

    manager = ProvidersManager()
    assert (
        ProvidersManagerTaskRuntime().hooks["fivetran_ext"].hook_class_name
        == "fivetran_ext.integrations.airflow.hooks.FivetranHook"
    )
    assert manager.field_behaviours["fivetran_ext"]["relabeling"] == {
        "login": "API key",
        "password": "API secret",
        "host": "Base URL",
    }
    assert {"extra__fivetran_ext__timeout", "extra__fivetran_ext__max_retries"} <= set(manager.connection_form_widgets)


def test_the_sync_error_is_both_an_airflow_and_a_fivetran_error() -> None:
    from airflow.sdk.exceptions import AirflowException

    result = {"connection_id": "decent_dropsy", "state": "timed_out", "reason": None, "tasks": []}
    error = FivetranSyncError(result)

    assert isinstance(error, AirflowException)
    assert isinstance(error, FivetranError)
    assert str(error) == "Fivetran sync of connection decent_dropsy ended timed_out"
    path, arguments, keywords = error.serialize()
    assert path == "fivetran_ext.integrations.airflow.errors.FivetranSyncError"
    assert FivetranSyncError(*arguments, **keywords).result == result


def _start_twice(fake_api: FakeAPI, hooks: list[FivetranHook], between: Callable[[], None]) -> list[SyncRun]:
    policy = TaskPolicy.checked(force=True)
    runs = []
    for hook in hooks:
        with hook.get_client() as client:
            runs.append(policy.start(client.connections, fake_api.connection_id, hook.get_coordinator()))
        between()
    return runs


def test_two_tasks_starting_one_connection_share_one_run(fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    _set_connection(
        monkeypatch, "a", conn_type="fivetran_ext", login="fake-key", password="fake-secret", host=fake_api.base_url
    )

    first, second = _start_twice(fake_api, [FivetranHook("a"), FivetranHook("a")], lambda: None)

    # The second task joined the first one's run: no second trigger, so no force-cancelled sync.
    assert second == first
    assert [method for method, _ in fake_api.requests()] == ["GET", "POST", "GET"]


def test_with_redis_tasks_in_other_processes_share_the_run(
    fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch, redis_url: str
) -> None:
    from fivetran_ext.integrations import _connection

    namespace = f"test-{fake_api.base_url.rsplit(':', 1)[-1]}"
    _set_connection(
        monkeypatch,
        "shared",
        conn_type="fivetran_ext",
        login="fake-key",
        password="fake-secret",
        host=fake_api.base_url,
        extra={"redis_url": redis_url, "redis_namespace": namespace},
    )

    def new_process() -> None:
        monkeypatch.setattr(_connection, "_GOVERNORS", {})

    first, second = _start_twice(fake_api, [FivetranHook("shared"), FivetranHook("shared")], new_process)

    assert second == first
    assert [method for method, _ in fake_api.requests()] == ["GET", "POST", "GET"]
