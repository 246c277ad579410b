"""Signed webhook deliveries to a real local receiver (pytest-httpserver)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from fivetran_ext.testing.fake import FakeFivetran
from fivetran_ext.webhooks import SIGNATURE_HEADER, verify_signature

from .conftest import AUTH, BASE_URL, Seeded

SECRET = "whsec-test"
CREATED = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


@pytest.fixture(scope="module")
def _receiver_server() -> Iterator[HTTPServer]:
    # One server for the module: stopping a werkzeug server costs half a second.
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def receiver(_receiver_server: HTTPServer) -> Iterator[HTTPServer]:
    """A webhook receiver answering 200 on ``/hook``, with an empty log."""
    _receiver_server.clear()
    _receiver_server.expect_request("/hook", method="POST").respond_with_data("ok")
    yield _receiver_server
    _receiver_server.clear()


def _received(server: HTTPServer) -> list[tuple[Request, dict[str, Any]]]:
    return [(request, request.get_json()) for request, _ in server.log]


def test_sync_events_are_signed_and_delivered(
    fake_fivetran: FakeFivetran, api: httpx.Client, seeded: Seeded, receiver: HTTPServer
) -> None:
    fake_fivetran.webhooks.create(receiver.url_for("/hook"), ["sync_start", "sync_end"], secret=SECRET)

    api.post(f"/v1/connections/{seeded.connection}/sync")
    fake_fivetran.clock.advance(60)
    assert fake_fivetran.wait_for_webhooks(timeout=5)

    (start_request, start), (end_request, end) = _received(receiver)
    for request in (start_request, end_request):
        verify_signature(request.get_data(), request.headers[SIGNATURE_HEADER], SECRET)
        assert request.headers[SIGNATURE_HEADER].isupper()
    assert start == {
        "event": "sync_start",
        "created": "2025-01-01T00:00:00.000Z",
        "connector_type": "postgres",
        "connector_id": seeded.connection,
        "connector_name": "pg_main",
        "sync_id": start["sync_id"],
        "destination_group_id": seeded.group,
        "data": {},
    }
    assert (end["event"], end["created"], end["sync_id"], end["data"]) == (
        "sync_end",
        "2025-01-01T00:01:00.000Z",
        start["sync_id"],
        {"status": "SUCCESSFUL"},
    )
    assert [(d.event, d.status_code, d.ok) for d in fake_fivetran.deliveries] == [
        ("sync_start", 200, True),
        ("sync_end", 200, True),
    ]


def test_failed_sync_end_carries_the_reason(fake_fivetran: FakeFivetran, seeded: Seeded, receiver: HTTPServer) -> None:
    fake_fivetran.webhooks.create(receiver.url_for("/hook"), ["sync_end"])
    fake_fivetran.connections.set_sync_behavior(seeded.connection, outcome="failure", failure_reason="Password expired")
    fake_fivetran.connections.trigger_sync(seeded.connection)
    fake_fivetran.clock.advance(60)
    assert fake_fivetran.wait_for_webhooks()
    ((request, payload),) = _received(receiver)
    assert payload["data"] == {"status": "FAILURE", "reason": "Password expired"}
    assert SIGNATURE_HEADER not in request.headers  # no secret, no signature


def test_routing_by_group_event_and_activity(
    fake_fivetran: FakeFivetran, api: httpx.Client, seeded: Seeded, receiver: HTTPServer
) -> None:
    for path in ("/group", "/other-group", "/inactive", "/other-event"):
        receiver.expect_request(path, method="POST").respond_with_data("ok")
    other = fake_fivetran.groups.create("other")["id"]
    fake_fivetran.webhooks.create(receiver.url_for("/group"), ["sync_start"], group_id=seeded.group)
    fake_fivetran.webhooks.create(receiver.url_for("/other-group"), ["sync_start"], group_id=other)
    fake_fivetran.webhooks.create(receiver.url_for("/inactive"), ["sync_start"], active=False)
    fake_fivetran.webhooks.create(receiver.url_for("/other-event"), ["sync_end"])

    api.post(f"/v1/connections/{seeded.connection}/sync")
    assert fake_fivetran.wait_for_webhooks()
    assert [request.path for request, _ in receiver.log] == ["/group"]


def test_connection_lifecycle_events(
    fake_fivetran: FakeFivetran, api: httpx.Client, seeded: Seeded, receiver: HTTPServer
) -> None:
    events = ["create_connector", "pause_connector", "resume_connector", "delete_connector"]
    fake_fivetran.webhooks.create(receiver.url_for("/hook"), events)
    created = api.post("/v1/connections", json={"group_id": seeded.group, "service": "hubspot"}).json()["data"]
    api.patch(f"/v1/connections/{created['id']}", json={"paused": True})
    api.patch(f"/v1/connections/{created['id']}", json={"paused": False})
    api.delete(f"/v1/connections/{created['id']}")
    assert fake_fivetran.wait_for_webhooks()
    assert [(p["event"], p["connector_id"]) for _, p in _received(receiver)] == [(e, created["id"]) for e in events]


def test_manual_mode_delivers_on_demand(seeded: Seeded, receiver: HTTPServer) -> None:
    receiver.expect_request("/broken", method="POST").respond_with_data("nope", status=500)
    with FakeFivetran(webhook_delivery="manual") as fake:
        group = fake.groups.create("g")["id"]
        connection = fake.connections.create(group, "postgres", "pg")["id"]
        fake.webhooks.create(receiver.url_for("/hook"), ["sync_start"])
        fake.webhooks.create(receiver.url_for("/broken"), ["sync_start"])
        fake.webhooks.create("http://127.0.0.1:9/closed", ["sync_start"])
        fake.connections.trigger_sync(connection)

        assert [d.url for d in fake.pending_webhooks] == [
            receiver.url_for("/hook"),
            receiver.url_for("/broken"),
            "http://127.0.0.1:9/closed",
        ]
        assert receiver.log == []
        sent = fake.deliver_pending_webhooks()

    assert [(d.status_code, d.ok) for d in sent] == [(200, True), (500, False), (None, False)]
    assert sent[2].error is not None
    assert sent[2].error.startswith("ConnectError")
    assert fake.pending_webhooks == []


def test_webhook_test_endpoint_delivers_and_reports(
    fake_fivetran: FakeFivetran, api: httpx.Client, receiver: HTTPServer
) -> None:
    receiver.expect_request("/down", method="POST").respond_with_data("down", status=503)
    good = fake_fivetran.webhooks.create(receiver.url_for("/hook"), secret=SECRET)["id"]
    bad = fake_fivetran.webhooks.create(receiver.url_for("/down"))["id"]
    closed = fake_fivetran.webhooks.create("http://127.0.0.1:9/closed")["id"]

    ok = api.post(f"/v1/webhooks/{good}/test", json={"event": "sync_end"}).json()
    assert ok == {
        "code": "Success",
        "message": "Webhook test completed successfully",
        "data": {"succeed": True, "status": 200, "message": "Success"},
    }
    ((request, payload),) = _received(receiver)
    verify_signature(request.get_data(), request.headers[SIGNATURE_HEADER], SECRET)
    assert (payload["event"], payload["data"], CREATED.match(payload["created"]) is not None) == (
        "sync_end",
        {"status": "SUCCESSFUL"},
        True,
    )

    failing = api.post(f"/v1/webhooks/{bad}/test", json={"event": "sync_start"}).json()["data"]
    assert failing == {"succeed": False, "status": 503, "message": "The webhook URL answered HTTP 503"}
    unreachable = api.post(f"/v1/webhooks/{closed}/test", json={"event": "sync_start"}).json()["data"]
    assert (unreachable["succeed"], unreachable["status"]) == (False, 0)
    missing_event = api.post(f"/v1/webhooks/{good}/test", json={})
    assert (missing_event.status_code, missing_event.json()["code"]) == (400, "InvalidInput")


def test_a_slow_receiver_does_not_block_the_api(
    fake_fivetran: FakeFivetran, api: httpx.Client, seeded: Seeded, receiver: HTTPServer
) -> None:
    release = threading.Event()

    def slow(request: Request) -> Response:
        release.wait(timeout=5)
        return Response("late")

    receiver.expect_request("/slow", method="POST").respond_with_handler(slow)
    fake_fivetran.webhooks.create(receiver.url_for("/slow"), ["sync_start"])

    assert api.post(f"/v1/connections/{seeded.connection}/sync").status_code == 200
    # The answer came back while the receiver is still holding the delivery.
    assert api.get(f"/v1/connections/{seeded.connection}").json()["data"]["status"]["sync_state"] == "syncing"
    assert fake_fivetran.deliveries == []
    release.set()
    assert fake_fivetran.wait_for_webhooks()
    assert [d.status_code for d in fake_fivetran.deliveries] == [200]


def test_deliveries_through_an_injected_transport(seeded: Seeded) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    with FakeFivetran(webhook_delivery="manual", webhook_transport=httpx.MockTransport(handler)) as fake:
        group = fake.groups.create("g")["id"]
        fake.webhooks.create("https://hooks.example.com/in", ["create_connector"], secret=SECRET)
        with httpx.Client(transport=fake.transport(), base_url=BASE_URL, auth=AUTH) as http:
            http.post("/v1/connections", json={"group_id": group, "service": "stripe"})
        (delivery,) = fake.deliver_pending_webhooks()
    assert (delivery.status_code, str(seen[0].url)) == (204, "https://hooks.example.com/in")
    verify_signature(seen[0].content, seen[0].headers[SIGNATURE_HEADER], SECRET)
    assert delivery.payload()["event"] == "create_connector"
