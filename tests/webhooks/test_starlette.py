"""Starlette adapter, through Starlette's TestClient."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.testclient import TestClient

from fivetran_ext.webhooks import WebhookConfigurationError, WebhookEvent, WebhookRequestError, WebhookVerifier
from fivetran_ext.webhooks.starlette import WebhookEndpoint, fivetran_webhook

from ._payloads import CASES, LIMIT, SECRET, STREAMED_TOO_LARGE, SYNC_END, Case, check, echo, encode, signed

BODY = encode(SYNC_END)
received: list[WebhookEvent] = []


@fivetran_webhook(secret=SECRET, max_body_size=LIMIT)
async def hooks(request: Request, event: WebhookEvent) -> Response:
    received.append(event)
    return JSONResponse(echo(event.event, event.connector_id))


@fivetran_webhook(verifier=WebhookVerifier(SECRET, max_body_size=LIMIT))
def sync_hooks(request: Request, event: WebhookEvent) -> Response:
    return JSONResponse(echo(event.event, event.connector_id))


class CallableHandler:
    async def __call__(self, request: Request, event: WebhookEvent) -> Response:
        return JSONResponse({"tenant": request.path_params["tenant"], "event": event.event})


def teapot(error: WebhookRequestError) -> Response:
    return PlainTextResponse(f"custom {error.type}", status_code=418)


@fivetran_webhook(secret=SECRET, on_error=teapot)
async def custom(request: Request, event: WebhookEvent) -> Response:
    return Response(status_code=204)


app = Starlette(
    routes=[
        Route("/hooks", hooks),
        Route("/sync", sync_hooks),
        Route("/tenants/{tenant}", fivetran_webhook(secret=SECRET)(CallableHandler())),
        Route("/custom", custom),
    ]
)


@pytest.fixture
def client() -> Iterator[TestClient]:
    received.clear()
    with TestClient(app) as test_client:
        yield test_client


@pytest.mark.parametrize("path", ["/hooks", "/sync"], ids=["async-handler", "sync-handler"])
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_status_codes(client: TestClient, case: Case, path: str) -> None:
    response = client.request(case.method, path, content=case.body, headers=case.headers)
    check(case, response.status_code, response.json(), response.headers)


def test_handler_receives_the_verified_event(client: TestClient) -> None:
    client.post("/hooks", content=BODY, headers=signed(BODY))
    assert [event.raw for event in received] == [BODY]


def test_rejected_delivery_never_reaches_the_handler(client: TestClient) -> None:
    client.post("/hooks", content=BODY, headers=signed(BODY, "wrong"))
    assert received == []


def test_callable_object_handler_and_path_params(client: TestClient) -> None:
    response = client.post("/tenants/acme", content=BODY, headers=signed(BODY))
    assert response.json() == {"tenant": "acme", "event": "sync_end"}


def test_on_error_builds_the_response(client: TestClient) -> None:
    response = client.post("/custom", content=BODY, headers=signed(BODY, "wrong"))
    assert (response.status_code, response.text) == (418, "custom invalid_signature")


def test_chunked_body_over_the_limit_is_413(client: TestClient) -> None:
    chunks = [STREAMED_TOO_LARGE[start : start + 100] for start in range(0, len(STREAMED_TOO_LARGE), 100)]
    response = client.post("/hooks", content=iter(chunks), headers=signed(STREAMED_TOO_LARGE))
    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert response.json()["error"] == "payload_too_large"


def test_chunked_body_within_the_limit_is_accepted(client: TestClient) -> None:
    response = client.post("/hooks", content=iter([BODY[:50], BODY[50:]]), headers=signed(BODY))
    assert response.status_code == 200


def test_endpoint_is_an_asgi_app_named_after_the_handler() -> None:
    assert isinstance(hooks, WebhookEndpoint)
    assert hooks.__name__ == "hooks"
    assert SECRET not in repr(hooks)


def test_missing_secret_fails_at_decoration_time() -> None:
    with pytest.raises(WebhookConfigurationError):
        fivetran_webhook()
