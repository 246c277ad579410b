"""Django adapter, through Django's test Client (CSRF enforced) and AsyncClient, sync and async views."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from asgiref.sync import iscoroutinefunction

from fivetran_ext.webhooks import WebhookConfigurationError
from fivetran_ext.webhooks.django import fivetran_webhook

from . import django_urls
from ._payloads import CASES, SYNC_END, Case, check, encode, signed

pytestmark = pytest.mark.usefixtures("django_settings")

BODY = encode(SYNC_END)


def post(client: Any, path: str, body: bytes, headers: dict[str, str], method: str = "POST") -> Any:
    return client.generic(method, path, data=body, content_type="application/json", headers=headers)


@pytest.fixture
def client() -> Any:
    from django.test import Client  # type: ignore[import-untyped,unused-ignore]

    django_urls.received.clear()
    # CSRF is enforced, as for a real browser-less POST in production.
    return Client(enforce_csrf_checks=True)


@pytest.mark.parametrize("path", ["/hooks/sync", "/hooks/async"], ids=["sync-view", "async-view"])
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_status_codes(client: Any, case: Case, path: str) -> None:
    response = post(client, path, case.body, case.headers, case.method)
    check(case, response.status_code, response.json(), response.headers)


@pytest.mark.parametrize("path", ["/hooks/sync", "/hooks/async"])
def test_view_receives_the_verified_event(client: Any, path: str) -> None:
    post(client, path, BODY, signed(BODY))
    assert [event.raw for event in django_urls.received] == [BODY]


def test_rejected_delivery_never_reaches_the_view(client: Any) -> None:
    post(client, "/hooks/sync", BODY, signed(BODY, "wrong"))
    assert django_urls.received == []


def test_csrf_is_enforced_elsewhere_but_the_webhook_is_exempt(client: Any) -> None:
    assert client.post("/plain", data=BODY, content_type="application/json").status_code == 403
    assert post(client, "/hooks/sync", BODY, signed(BODY)).status_code == 200
    assert getattr(django_urls.sync_view, "csrf_exempt", False) is True


def test_async_view_stays_a_coroutine_function() -> None:
    # Django runs a view natively async only if it reports being a coroutine function.
    assert iscoroutinefunction(django_urls.async_view)
    assert not iscoroutinefunction(django_urls.sync_view)
    assert django_urls.async_view.__name__ == "async_view"


def test_async_view_through_the_async_client() -> None:
    from django.test import AsyncClient  # type: ignore[import-untyped,unused-ignore]

    async def deliver() -> Any:
        return await AsyncClient().post(
            "/hooks/async", data=BODY, content_type="application/json", headers=signed(BODY)
        )

    response = asyncio.run(deliver())
    assert response.status_code == 200
    assert response.json() == {"event": "sync_end", "connector_id": "warn_enormous"}


def test_async_client_rejects_a_bad_signature_with_401() -> None:
    from django.test import AsyncClient  # type: ignore[import-untyped,unused-ignore]

    async def deliver() -> Any:
        return await AsyncClient().post(
            "/hooks/async", data=BODY, content_type="application/json", headers=signed(BODY, "wrong")
        )

    assert asyncio.run(deliver()).status_code == 401


def test_url_parameters_still_reach_the_view(client: Any) -> None:
    response = post(client, "/hooks/tenant/acme", BODY, signed(BODY))
    assert response.json() == {"tenant": "acme", "event": "sync_end"}


def test_on_error_builds_the_response(client: Any) -> None:
    response = post(client, "/hooks/custom", BODY, signed(BODY, "wrong"))
    assert (response.status_code, response.content) == (418, b"custom invalid_signature")


def test_body_already_loaded_by_middleware() -> None:
    from django.test import RequestFactory  # type: ignore[import-untyped,unused-ignore]

    request = RequestFactory().post("/hooks/sync", data=BODY, content_type="application/json", headers=signed(BODY))
    assert request.body == BODY  # what a logging middleware would do first
    response = django_urls.sync_view(request)
    assert response.status_code == 200


def test_missing_secret_fails_at_decoration_time() -> None:
    with pytest.raises(WebhookConfigurationError):
        fivetran_webhook()
