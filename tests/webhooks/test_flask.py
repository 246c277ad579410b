"""Flask adapter, through Flask's own test client."""

from __future__ import annotations

from io import BytesIO
from typing import Any

import pytest
from flask import Flask, jsonify, request
from flask.testing import FlaskClient

from fivetran_ext.webhooks import WebhookConfigurationError, WebhookEvent, WebhookRequestError
from fivetran_ext.webhooks.flask import fivetran_webhook

from ._payloads import CASES, LIMIT, SECRET, STREAMED_TOO_LARGE, SYNC_END, Case, check, echo, encode, signed

BODY = encode(SYNC_END)


def make_app() -> tuple[Flask, list[WebhookEvent]]:
    app = Flask(__name__)
    received: list[WebhookEvent] = []

    # GET is routed too, so the decorator's own 405 is what answers it.
    @app.route("/hooks", methods=["GET", "POST"])
    @fivetran_webhook(secret=SECRET, max_body_size=LIMIT)
    def hooks(event: WebhookEvent) -> Any:
        received.append(event)
        return jsonify(echo(event.event, event.connector_id))

    @app.route("/default-methods")
    @fivetran_webhook(secret=SECRET)
    def default_methods(event: WebhookEvent) -> Any:
        return jsonify(echo(event.event, event.connector_id))

    @app.route("/tenants/<tenant>")
    @fivetran_webhook(secret=SECRET)
    def tenant(event: WebhookEvent, tenant: str) -> Any:
        return jsonify({"tenant": tenant, "event": event.event})

    def teapot(error: WebhookRequestError) -> tuple[str, int]:
        return f"custom {error.type}", 418

    @app.route("/custom")
    @fivetran_webhook(secret=SECRET, on_error=teapot)
    def custom(event: WebhookEvent) -> tuple[str, int]:
        return "", 204

    return app, received


@pytest.fixture
def client() -> FlaskClient:
    return make_app()[0].test_client()


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_status_codes(client: FlaskClient, case: Case) -> None:
    response = client.open("/hooks", method=case.method, data=case.body, headers=case.headers)
    check(case, response.status_code, response.get_json(), response.headers)


def test_view_receives_the_verified_event() -> None:
    app, received = make_app()
    app.test_client().post("/hooks", data=BODY, headers=signed(BODY))
    assert [event.raw for event in received] == [BODY]
    assert received[0].destination_group_id == "decent_dropsy"


def test_rejected_delivery_never_reaches_the_view() -> None:
    app, received = make_app()
    app.test_client().post("/hooks", data=BODY, headers=signed(BODY, "wrong"))
    assert received == []


def test_plain_route_accepts_post_because_the_decorator_declares_it(client: FlaskClient) -> None:
    response = client.post("/default-methods", data=BODY, headers=signed(BODY))
    assert response.status_code == 200
    assert client.get("/default-methods").status_code == 405  # Flask's router, not the view


def test_url_parameters_still_reach_the_view(client: FlaskClient) -> None:
    response = client.post("/tenants/acme", data=BODY, headers=signed(BODY))
    assert response.get_json() == {"tenant": "acme", "event": "sync_end"}


def test_on_error_builds_the_response(client: FlaskClient) -> None:
    response = client.post("/custom", data=BODY, headers=signed(BODY, "wrong"))
    assert (response.status_code, response.get_data(as_text=True)) == (418, "custom invalid_signature")
    assert client.post("/custom", data=BODY, headers=signed(BODY)).status_code == 204


def test_body_over_the_limit_without_content_length_is_413(client: FlaskClient) -> None:
    # Chunked uploads carry no Content-Length; the servers mark such streams as terminated.
    # Replacing wsgi.input after the test client built the environ leaves CONTENT_LENGTH unset.
    response = client.post(
        "/hooks",
        headers=signed(STREAMED_TOO_LARGE),
        environ_overrides={"wsgi.input_terminated": True, "wsgi.input": BytesIO(STREAMED_TOO_LARGE)},
    )
    assert "Content-Length" not in response.request.headers
    assert response.status_code == 413
    assert response.get_json()["error"] == "payload_too_large"


def test_body_already_read_by_a_before_request_hook() -> None:
    app, received = make_app()

    @app.before_request
    def log_body() -> None:
        request.get_data()

    response = app.test_client().post("/hooks", data=BODY, headers=signed(BODY))
    assert response.status_code == 200
    assert received[0].raw == BODY


def test_missing_secret_fails_at_decoration_time() -> None:
    with pytest.raises(WebhookConfigurationError):
        fivetran_webhook()
