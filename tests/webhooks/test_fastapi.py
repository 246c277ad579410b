"""FastAPI adapter (a dependency), through FastAPI's TestClient."""

from __future__ import annotations

from typing import Annotated, Any

import pytest
from fastapi import Depends, FastAPI, Request
from fastapi.responses import PlainTextResponse, Response
from fastapi.testclient import TestClient

from fivetran_ext.webhooks import WebhookConfigurationError, WebhookEvent, WebhookRequestError
from fivetran_ext.webhooks.fastapi import FivetranWebhook, WebhookHTTPException, install_error_handler

from ._payloads import CASES, LIMIT, SECRET, STREAMED_TOO_LARGE, SYNC_END, Case, check, echo, encode, signed

BODY = encode(SYNC_END)
fivetran_webhook = FivetranWebhook(secret=SECRET, max_body_size=LIMIT)
Event = Annotated[WebhookEvent, Depends(fivetran_webhook)]


async def read_body_first(request: Request) -> bytes:
    # Module level: FastAPI resolves the (postponed) annotations that mention it from module globals.
    return await request.body()


def make_app(*, install: bool = True, on_error: Any = None) -> tuple[FastAPI, list[WebhookEvent]]:
    app = FastAPI()
    received: list[WebhookEvent] = []
    if install:
        install_error_handler(app, on_error=on_error)

    # GET is routed too, so the dependency's own 405 is what answers it.
    @app.api_route("/hooks", methods=["GET", "POST"])
    async def hooks(event: Event) -> dict[str, Any]:
        received.append(event)
        return echo(event.event, event.connector_id)

    @app.post("/sync/{tenant}")
    def sync_hooks(tenant: str, event: Event) -> dict[str, Any]:
        return {"tenant": tenant, "event": event.event}

    # Dependencies resolve in parameter order: the body is read (and cached) before the webhook's.
    @app.post("/after-body-read")
    async def after_body_read(body: Annotated[bytes, Depends(read_body_first)], event: Event) -> dict[str, Any]:
        return {"same": body == event.raw, "event": event.event}

    return app, received


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_status_codes(case: Case) -> None:
    client = TestClient(make_app()[0])
    response = client.request(case.method, "/hooks", content=case.body, headers=case.headers)
    check(case, response.status_code, response.json(), response.headers)


@pytest.mark.parametrize("case", [case for case in CASES if case.error], ids=lambda case: case.id)
def test_without_the_handler_fastapi_nests_the_error_under_detail(case: Case) -> None:
    client = TestClient(make_app(install=False)[0])
    response = client.request(case.method, "/hooks", content=case.body, headers=case.headers)
    assert response.status_code == case.status
    assert response.json()["detail"]["error"] == case.error


def test_dependency_hands_the_event_to_the_endpoint() -> None:
    app, received = make_app()
    response = TestClient(app).post("/hooks", content=BODY, headers=signed(BODY))
    assert response.status_code == 200
    assert [event.raw for event in received] == [BODY]


def test_sync_endpoint_with_path_parameter() -> None:
    response = TestClient(make_app()[0]).post("/sync/acme", content=BODY, headers=signed(BODY))
    assert response.json() == {"tenant": "acme", "event": "sync_end"}


def test_body_already_read_by_another_dependency() -> None:
    response = TestClient(make_app()[0]).post("/after-body-read", content=BODY, headers=signed(BODY))
    assert response.json() == {"same": True, "event": "sync_end"}


def test_on_error_builds_the_response() -> None:
    def teapot(error: WebhookRequestError) -> Response:
        return PlainTextResponse(f"custom {error.type}", status_code=418)

    client = TestClient(make_app(on_error=teapot)[0])
    response = client.post("/hooks", content=BODY, headers=signed(BODY, "wrong"))
    assert (response.status_code, response.text) == (418, "custom invalid_signature")


def test_chunked_body_over_the_limit_is_413() -> None:
    chunks = [STREAMED_TOO_LARGE[start : start + 64] for start in range(0, len(STREAMED_TOO_LARGE), 64)]
    response = TestClient(make_app()[0]).post("/hooks", content=iter(chunks), headers=signed(STREAMED_TOO_LARGE))
    assert response.status_code == 413


def test_exception_carries_the_error() -> None:
    error = WebhookHTTPException(WebhookRequestError("x"))
    assert error.status_code == 400
    assert error.detail == {"error": "bad_request", "message": "x"}  # type: ignore[comparison-overlap]


def test_repr_hides_the_secret() -> None:
    assert SECRET not in repr(fivetran_webhook)
    assert "max_body_size=512" in repr(fivetran_webhook)


def test_missing_secret_fails_at_construction() -> None:
    with pytest.raises(WebhookConfigurationError):
        FivetranWebhook()
