"""End to end over a real socket: uvicorn serving a FastAPI app, a signed POST sent with httpx."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

import httpx
import pytest
import uvicorn
from fastapi import Depends, FastAPI

from fivetran_ext.webhooks import WebhookEvent
from fivetran_ext.webhooks.fastapi import FivetranWebhook, install_error_handler

from ._payloads import SECRET, SYNC_END, encode, signed

fivetran_webhook = FivetranWebhook(secret=SECRET)


@dataclass
class LiveServer:
    url: str
    received: list[WebhookEvent]


def build_app(received: list[WebhookEvent]) -> FastAPI:
    app = FastAPI()
    install_error_handler(app)

    @app.post("/fivetran/webhook")
    async def receive(event: Annotated[WebhookEvent, Depends(fivetran_webhook)]) -> dict[str, Any]:
        received.append(event)
        return {"received": event.event}

    return app


@pytest.fixture
def live_server() -> Iterator[LiveServer]:
    received: list[WebhookEvent] = []
    # Bind and listen before the server thread starts: the kernel queues our connection until uvicorn
    # accepts it, so the test never has to wait (or sleep) for start-up.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    host, port = sock.getsockname()
    config = uvicorn.Config(build_app(received), lifespan="off", log_level="warning", loop="asyncio", http="h11")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        yield LiveServer(f"http://{host}:{port}", received)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
    assert not thread.is_alive(), "uvicorn did not shut down"


def test_signed_delivery_over_a_real_socket(live_server: LiveServer) -> None:
    body = encode(SYNC_END)
    with httpx.Client(base_url=live_server.url, timeout=10) as client:
        response = client.post("/fivetran/webhook", content=body, headers=signed(body))
        rejected = client.post("/fivetran/webhook", content=body, headers=signed(body, "wrong"))
    assert response.status_code == 200
    assert response.json() == {"received": "sync_end"}
    assert [event.raw for event in live_server.received] == [body]
    assert live_server.received[0].succeeded
    assert rejected.status_code == 401
    assert rejected.json() == {"error": "invalid_signature", "message": "Invalid signature"}
