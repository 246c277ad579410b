"""The fake over real HTTP on 127.0.0.1, for clients in any language (Go SDK, Terraform, curl).

A stdlib ``ThreadingHTTPServer`` speaking HTTP/1.1 with keep-alive, one thread per connection. Shutting
down closes idle keep-alive connections and joins every thread it started, so tests leak nothing. When
the fake runs on the wall clock a ticker thread finishes due syncs (and sends their webhooks) even if no
request arrives.
"""

from __future__ import annotations

import contextlib
import re
import socket
import sys
import threading
import time
import traceback
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from ._wire import ConnectionDropped, FakeRequest, FakeResponse, json_response

if TYPE_CHECKING:
    from ._fake import FakeFivetran

__all__ = ["FakeServer"]

# Long enough for a client between two requests of one session; short enough that a forgotten
# keep-alive connection does not pin a thread for long in a long-running server.
_IDLE_TIMEOUT = 30.0
# A request line and headers must arrive within this long of the connection being ready for them: a
# client dripping one byte at a time (slowloris) is cut off here, not held for ever 30 s per byte.
DEFAULT_REQUEST_TIMEOUT = 30.0
# One thread per connection: a client opening connections without end would otherwise grow threads
# (and memory) without bound. Past this many, a new connection gets 503 and is closed at once.
DEFAULT_MAX_CONNECTIONS = 512
_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json;charset=UTF-8\r\nConnection: close\r\n"
    b'Content-Length: 76\r\n\r\n{"code":"ServiceUnavailable","message":"Too many connections; retry later."}'
)
_TICK_INTERVAL = 0.1
# The largest real request bodies are schema config updates of big connections (tens of MB).
DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024
# Chunk-size and trailer lines are a few bytes; http.server bounds header lines the same way.
_MAX_LINE = 1024
_MAX_TRAILERS = 100
_DIGITS = re.compile(r"[0-9]{1,18}")
_CHUNK_SIZE = re.compile(rb"\s*([0-9A-Fa-f]{1,15})\s*(?:;[^\r\n]*)?\r?\n")
_KNOWN_STATUSES = frozenset(int(status) for status in HTTPStatus)
# Fivetran-style codes for what http.server itself refuses.
_ERROR_CODES = {
    400: "BadRequest",
    408: "RequestTimeout",
    413: "PayloadTooLarge",
    414: "UriTooLong",
    431: "RequestHeaderFieldsTooLarge",
    501: "NotImplemented",
    505: "HttpVersionNotSupported",
}


class _Rejected(Exception):
    """A request refused before the fake sees it: answered with this status and Fivetran-style JSON."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeFivetran"
    sys_version = ""
    timeout = _IDLE_TIMEOUT
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        # Status line + headers and the body leave in two writes; without TCP_NODELAY, Nagle's algorithm
        # holds the second until the client's delayed ACK (about 40 ms per request on keep-alive).
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.untrack(self.connection)

    def handle_one_request(self) -> None:
        self.server.waiting(self.connection)
        super().handle_one_request()

    def parse_request(self) -> bool:
        parsed = super().parse_request()
        if parsed and self.server.reaped(self.connection):
            # The headers were cut short by the request deadline: what arrived is not the request.
            self.send_error(408)
            return False
        self.server.serving(self.connection)
        if not parsed:
            return False
        if self.request_version == "HTTP/0.9":
            # http.server would answer a two-word request line without any status line at all.
            self.send_error(400, "Bad request line: HTTP/0.9 is not supported")
            return False
        return True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own refusals (bad request line, header too long, ...) as Fivetran-style JSON."""
        # A request that could not be parsed leaves the connection in an unknown state: close it after.
        self.close_connection = True
        if self.server.reaped(self.connection):
            code, message = 408, "The request line and headers did not arrive in time"
        if self.request_version in ("HTTP/0.9", ""):
            self.request_version = "HTTP/1.1"  # so the answer has a status line and headers
        phrase = HTTPStatus(code).phrase if code in _KNOWN_STATUSES else "Error"
        self._write(json_response(code, {"code": _ERROR_CODES.get(code, "BadRequest"), "message": message or phrase}))

    def _body(self) -> bytes:
        """The request body, within the server's size limit.

        Raises:
            _Rejected: a malformed ``Content-Length`` or chunk size (400) or a body over the limit (413).
        """
        limit = self.server.max_body_bytes
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._chunked_body(limit)
        raw = self.headers.get("Content-Length")
        if raw is None:
            return b""
        if not _DIGITS.fullmatch(raw.strip()):
            raise _Rejected(400, "BadRequest", f"Invalid Content-Length header: {raw[:40]!r}")
        length = int(raw.strip())
        if length > limit:
            raise _Rejected(413, "PayloadTooLarge", f"The request body exceeds {limit:,} bytes")
        return self.rfile.read(length) if length > 0 else b""

    def _chunked_body(self, limit: int) -> bytes:
        chunks, size = [], 0
        while True:
            line = self.rfile.readline(_MAX_LINE + 1)
            match = _CHUNK_SIZE.match(line)
            if len(line) > _MAX_LINE or match is None:
                raise _Rejected(400, "BadRequest", "Invalid chunk size in a chunked request body")
            length = int(match.group(1), 16)
            if length == 0:
                break
            size += length
            if size > limit:
                raise _Rejected(413, "PayloadTooLarge", f"The request body exceeds {limit:,} bytes")
            chunks.append(self.rfile.read(length))
            self.rfile.readline(_MAX_LINE + 1)
        # Trailer section, ended by an empty line (bounded, like the headers).
        for _ in range(_MAX_TRAILERS):
            if not self.rfile.readline(_MAX_LINE + 1).strip():
                break
        return b"".join(chunks)

    def _serve(self) -> None:
        try:
            body = self._body()
        except _Rejected as rejected:
            # The rest of the body is not read, so the connection cannot carry another request.
            self.close_connection = True
            self._write(json_response(rejected.status, {"code": rejected.code, "message": rejected.message}))
            return
        request = FakeRequest(self.command, self.path, dict(self.headers.items()), body)
        try:
            response = self.server.fake.handle(request)
        except ConnectionDropped:
            # No status line, no headers: the client sees the connection close mid-request.
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        except Exception:  # a bug in the fake must not kill the connection thread silently
            traceback.print_exc(file=sys.stderr)
            response = json_response(500, {"code": "InternalServerError", "message": "The fake failed; see its log"})
        self._write(response)

    def _write(self, response: FakeResponse) -> None:
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = _serve

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")


class _HTTPServer(ThreadingHTTPServer):
    # Connection threads are joined on close (after their sockets are shut down), not abandoned.
    daemon_threads = False
    block_on_close = True
    # The stdlib default backlog (5) refuses connections when a benchmark opens many at once.
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        fake: FakeFivetran,
        *,
        verbose: bool,
        max_body_bytes: int,
        request_timeout: float,
        max_connections: int,
    ) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.max_connections = max_connections
        self._connections = 0
        self.fake = fake
        self.verbose = verbose
        self.max_body_bytes = max_body_bytes
        self.request_timeout = request_timeout
        # Each open connection -> since when it waits for a request (None while one is being served).
        self._open: dict[socket.socket, float | None] = {}
        self._reaped: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            busy = self._connections >= self.max_connections
            if not busy:
                self._connections += 1
        if busy:
            with contextlib.suppress(OSError):
                request.sendall(_BUSY)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._open_lock:
                self._connections -= 1

    def track(self, connection: socket.socket) -> None:
        with self._open_lock:
            self._open[connection] = time.monotonic()

    def untrack(self, connection: socket.socket) -> None:
        with self._open_lock:
            self._open.pop(connection, None)
            self._reaped.discard(connection)

    def waiting(self, connection: socket.socket) -> None:
        with self._open_lock:
            if connection in self._open:
                self._open[connection] = time.monotonic()

    def serving(self, connection: socket.socket) -> None:
        with self._open_lock:
            if connection in self._open:
                self._open[connection] = None

    def reaped(self, connection: socket.socket) -> bool:
        with self._open_lock:
            return connection in self._reaped

    def service_actions(self) -> None:
        """Between two polls of the listening socket: cut off requests whose head is late."""
        late = time.monotonic() - self.request_timeout
        with self._open_lock:
            for connection, since in self._open.items():
                if since is not None and since < late and connection not in self._reaped:
                    self._reaped.add(connection)
                    # Reading side only: the blocked handler wakes up with what arrived so far and can
                    # still answer 408 on the writing side.
                    with contextlib.suppress(OSError):
                        connection.shutdown(socket.SHUT_RD)

    def close_open_connections(self) -> None:
        """Wake every connection thread blocked on an idle keep-alive socket so it can exit."""
        with self._open_lock:
            for connection in self._open:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)


class FakeServer:
    """A `FakeFivetran` listening on a TCP port.

    Bad client input is answered like Fivetran would, never with a bare close or a 500: a malformed
    request line or header gets 400 JSON, a bad ``Content-Length`` or chunk size 400, a body over
    ``max_body_bytes`` (64 MiB by default) 413 without being read, and a request line and headers still
    incomplete ``request_timeout`` seconds (30 by default) after the connection was ready for them 408.
    Past ``max_connections`` open connections (512), a new one is answered 503 and closed.

    Example:
        server = FakeServer(fake, port=0)
        server.start()
        print(server.base_url)   # http://127.0.0.1:54321
        server.stop()
    """

    def __init__(
        self,
        fake: FakeFivetran,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        verbose: bool = False,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
    ) -> None:
        self.fake = fake
        self._httpd = _HTTPServer(
            (host, port),
            fake,
            verbose=verbose,
            max_body_bytes=max_body_bytes,
            request_timeout=request_timeout,
            max_connections=max_connections,
        )
        self._serving: threading.Thread | None = None
        self._ticker: threading.Thread | None = None
        self._stopping = threading.Event()

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        host = str(self._httpd.server_address[0])
        return f"http://{f'[{host}]' if ':' in host else host}:{self.port}"

    def start(self) -> FakeServer:
        """Serve in background threads; returns at once."""
        self._serving = threading.Thread(target=self.serve_forever, name="fake-fivetran-http", daemon=True)
        self._serving.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until `stop` (from another thread or a signal handler)."""
        if not self.fake.clock.manual and self._ticker is None:
            self._ticker = threading.Thread(target=self._tick, name="fake-fivetran-ticker", daemon=True)
            self._ticker.start()
        self._httpd.serve_forever(poll_interval=0.05)

    def stop(self) -> None:
        """Stop accepting, close keep-alive connections, join every thread, release the port."""
        self._stopping.set()
        if self._serving is not None or self._ticker is not None:
            self._httpd.shutdown()
        self._httpd.close_open_connections()
        self._httpd.server_close()
        for thread in (self._serving, self._ticker):
            if thread is not None and thread is not threading.current_thread():
                thread.join(timeout=5)
        self._serving = self._ticker = None

    def _tick(self) -> None:
        while not self._stopping.wait(_TICK_INTERVAL):
            self.fake.tick()
