"""Behaviour around the requests: never-retried resync, extra fields, tolerant reads, deprecated alias."""

from __future__ import annotations

import warnings

import anyio
import pytest

from fivetran_ext import (
    AsyncFivetran,
    ConflictError,
    Connection,
    Fivetran,
    ResponseValidationError,
    ServerError,
    WebhookTestResult,
)
from fivetran_ext._operations import RetrySafety, lookup_operation

from ._data import CONNECTION_ID, GROUP_ID, WEBHOOK, WEBHOOK_ID, connection, page
from .conftest import API_KEY, API_SECRET, Recorder, Runner, envelope


@pytest.mark.parametrize(
    ("call", "arguments", "path"),
    [
        ("connections.resync", {}, f"/v1/connections/{CONNECTION_ID}/resync"),
        ("connections.resync_tables", {"tables": {"public": ["orders"]}}, "/v1/connections/x/schemas/tables/resync"),
    ],
)
@pytest.mark.parametrize(("status", "error"), [(409, ConflictError), (503, ServerError), (500, ServerError)])
def test_resync_is_sent_once_whatever_the_answer(
    run: Runner,
    recorder: Recorder,
    call: str,
    arguments: dict[str, object],
    path: str,
    status: int,
    error: type[Exception],
) -> None:
    recorder.answer({"code": "Conflict", "message": "A sync is in progress"}, status=status)
    connection_id = path.split("/")[3]

    with pytest.raises(error) as raised:
        run(call, connection_id, confirm=True, **arguments)

    assert [(seen.method, seen.raw_path) for seen in recorder.seen] == [("POST", path)]
    if status == 409:
        assert raised.value.type == "conflict"  # type: ignore[attr-defined]


def test_the_retry_table_never_repeats_a_resync() -> None:
    for path in (f"/v1/connections/{CONNECTION_ID}/resync", f"/v1/connections/{CONNECTION_ID}/schemas/tables/resync"):
        assert lookup_operation("POST", path).safety is RetrySafety.NEVER


def test_extra_fields_are_sent_beside_the_documented_ones(run: Runner, recorder: Recorder) -> None:
    recorder.answer(envelope(connection()))

    run(
        "connections.create",
        group_id=GROUP_ID,
        service="postgres",
        paused=True,
        extra={"brand_new_option": {"on": True}, "external_secrets_keys_config": {"password": "key"}},
    )

    (seen,) = recorder.seen
    assert seen.body == {
        "group_id": GROUP_ID,
        "service": "postgres",
        "paused": True,
        "brand_new_option": {"on": True},
        "external_secrets_keys_config": {"password": "key"},
    }


def test_a_stream_with_a_filter_keeps_it_on_every_page(run: Runner, recorder: Recorder) -> None:
    recorder.answer(envelope(page(connection("a"), next_cursor="c2")))
    recorder.answer(envelope(page(connection("b"))))

    result = run("connections.stream", group_id=GROUP_ID, limit=1)

    assert [item.id for item in result] == ["a", "b"]
    assert all(isinstance(item, Connection) for item in result)
    assert [sorted(seen.query) for seen in recorder.seen] == [
        [("group_id", GROUP_ID), ("limit", "1")],
        [("cursor", "c2"), ("group_id", GROUP_ID), ("limit", "1")],
    ]


def test_listed_connections_keep_unknown_fields(run: Runner, recorder: Recorder) -> None:
    recorder.answer(envelope(page(connection("a"))))

    (item,) = run("connections.list").items

    assert item.additional_properties == {"brand_new_field": {"kept": True}}
    assert item.status.setup_state == "connected"


def test_a_webhook_test_result_beside_the_code_is_read_too(run: Runner, recorder: Recorder) -> None:
    recorder.answer({"code": "Success", "succeed": True, "status": 200, "message": "Webhook delivered"})

    result = run("webhooks.test", WEBHOOK_ID, "sync_end")

    assert isinstance(result, WebhookTestResult)
    assert (result.succeed, result.status, result.message) == (True, 200, "Webhook delivered")


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]:9000/hook"])
def test_plain_http_webhook_urls_are_accepted_for_loopback_only(run: Runner, recorder: Recorder, url: str) -> None:
    recorder.answer(envelope(WEBHOOK))

    run("webhooks.create_account", url=url, events=["sync_end"], active=False)

    assert recorder.seen[0].body == {"url": url, "events": ["sync_end"], "active": False}


@pytest.mark.parametrize(
    ("call", "args", "data", "match"),
    [
        ("connections.get_schema_config", (CONNECTION_ID,), {"schemas": ["public"]}, r"data\.schemas is not an object"),
        (
            "connections.get_schema_config",
            (CONNECTION_ID,),
            {"schemas": {"public": {"tables": {"t": {"columns": {"c": 5}}}}}},
            r"schemas\['public'\]\.tables\['t'\]\.columns\['c'\] is not an object",
        ),
        ("connections.get_table_columns", (CONNECTION_ID, "s", "t"), {"columns": {"c": "x"}}, "is not an object"),
    ],
)
def test_a_malformed_schema_config_is_a_validation_error(
    run: Runner, recorder: Recorder, call: str, args: tuple[str, ...], data: object, match: str
) -> None:
    recorder.answer(envelope(data))

    with pytest.raises(ResponseValidationError, match=match) as raised:
        run(call, *args)

    assert raised.value.status_code == 200


@pytest.mark.parametrize("call", ["connections.get", "connections.get_sync_status"])
def test_a_success_without_data_where_data_is_needed_is_a_validation_error(
    run: Runner, recorder: Recorder, call: str
) -> None:
    recorder.answer({"code": "Success", "message": "ok"})

    with pytest.raises(ResponseValidationError, match="has no 'data'"):
        run(call, CONNECTION_ID)


def test_connectors_is_a_deprecated_alias_of_connections() -> None:
    with Fivetran(API_KEY, API_SECRET) as client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        alias = client.connectors

    assert alias is client.connections
    (warning,) = caught
    assert warning.category is DeprecationWarning
    assert "client.connections" in str(warning.message)
    assert warning.filename == __file__  # points at the caller's line


def test_async_connectors_is_the_same_alias() -> None:
    async def main() -> None:
        async with AsyncFivetran(API_KEY, API_SECRET) as client:
            with pytest.warns(DeprecationWarning, match="use client.connections"):
                assert client.connectors is client.connections

    anyio.run(main)


def test_the_alias_sends_the_new_paths(run: Runner, recorder: Recorder) -> None:
    recorder.answer(envelope(connection()))

    with pytest.warns(DeprecationWarning, match="client.connectors is deprecated"):
        run("connectors.get", CONNECTION_ID)

    assert recorder.seen[0].raw_path == f"/v1/connections/{CONNECTION_ID}"
