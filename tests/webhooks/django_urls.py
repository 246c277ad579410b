"""URLconf and views for the Django adapter tests (ROOT_URLCONF set in conftest.py)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse  # type: ignore[import-untyped,unused-ignore]
from django.urls import path  # type: ignore[import-untyped,unused-ignore]

from fivetran_ext.webhooks import WebhookEvent, WebhookRequestError
from fivetran_ext.webhooks.django import fivetran_webhook

from ._payloads import LIMIT, SECRET, echo

received: list[WebhookEvent] = []


@fivetran_webhook(secret=SECRET, max_body_size=LIMIT)
def sync_view(request: HttpRequest, event: WebhookEvent) -> HttpResponse:
    received.append(event)
    return JsonResponse(echo(event.event, event.connector_id))


@fivetran_webhook(secret=SECRET, max_body_size=LIMIT)
async def async_view(request: HttpRequest, event: WebhookEvent) -> HttpResponse:
    received.append(event)
    return JsonResponse(echo(event.event, event.connector_id))


@fivetran_webhook(secret=SECRET, max_body_size=LIMIT)
def tenant_view(request: HttpRequest, event: WebhookEvent, tenant: str) -> HttpResponse:
    return JsonResponse({"tenant": tenant, "event": event.event})


def teapot(error: WebhookRequestError) -> HttpResponse:
    return HttpResponse(f"custom {error.type}", status=418, content_type="text/plain")


@fivetran_webhook(secret=SECRET, on_error=teapot)
def custom_error_view(request: HttpRequest, event: WebhookEvent) -> HttpResponse:
    return HttpResponse(status=204)


def unprotected_view(request: HttpRequest) -> HttpResponse:
    """Not decorated: proves the CSRF middleware is active, so the exemption above means something."""
    return HttpResponse(status=204)


urlpatterns = [
    path("hooks/sync", sync_view),
    path("hooks/async", async_view),
    path("hooks/tenant/<str:tenant>", tenant_view),
    path("hooks/custom", custom_error_view),
    path("plain", unprotected_view),
]
