"""A tiny socket server for faults an HTTP server library will not produce: resets mid-body, no answer."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Behaviour = Callable[[socket.socket], None]


def reset_after(partial_response: bytes) -> Behaviour:
    """Send ``partial_response`` then abort the connection with a TCP RST (SO_LINGER 0)."""

    def behave(connection: socket.socket) -> None:
        connection.sendall(partial_response)
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    return behave


def stall(release: threading.Event) -> Behaviour:
    """Answer nothing until ``release`` is set (an event, not a sleep), then close."""

    def behave(connection: socket.socket) -> None:
        release.wait(5)

    return behave


def respond(raw_response: bytes) -> Behaviour:
    """Send a complete raw HTTP response, then close."""

    def behave(connection: socket.socket) -> None:
        connection.sendall(raw_response)

    return behave


class RawServer:
    """Accepts connections on 127.0.0.1 and applies one scripted behaviour per connection, in order."""

    def __init__(self, behaviours: list[Behaviour]) -> None:
        self._behaviours = list(behaviours)
        self._listener = socket.create_server(("127.0.0.1", 0))
        # A short accept timeout lets the thread notice `_stopped` when fewer connections came than scripted.
        self._listener.settimeout(0.02)
        self._stopped = threading.Event()
        self.port = self._listener.getsockname()[1]
        self.connections = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while self._behaviours:
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                # Checked only when no connection is pending, so a queued client is always served.
                if self._stopped.is_set():
                    return
                continue
            except OSError:
                return
            connection.settimeout(5)
            self.connections += 1
            behaviour = self._behaviours.pop(0)
            with connection:
                _read_request_head(connection)
                behaviour(connection)

    @contextmanager
    def running(self) -> Iterator[RawServer]:
        self._thread.start()
        try:
            yield self
        finally:
            self._stopped.set()
            self._thread.join(timeout=2)
            self._listener.close()


def _read_request_head(connection: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(4096)
        if not chunk:
            return
        data += chunk


def closed_port() -> int:
    """A port nothing listens on (bound, then released), so connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class KeepAliveServer:
    """A stdlib HTTP/1.1 keep-alive server answering GETs from a script, recording each client port.

    ``responses`` are (status, body) pairs used in order; the last one repeats. (Werkzeug's development
    server, behind pytest-httpserver, closes every connection, so connection reuse is observed here.)
    """

    def __init__(self, responses: list[tuple[int, bytes]]) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        ports: list[int] = []
        self.client_ports = ports
        script = list(responses)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def do_GET(self) -> None:
                ports.append(self.client_address[1])
                status, body = script.pop(0) if len(script) > 1 else script[0]
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> KeepAliveServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
