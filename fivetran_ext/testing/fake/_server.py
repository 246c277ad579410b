"""The fake over real HTTP on 127.0.0.1, for clients in any language (Go SDK, Terraform, curl).

A stdlib ``ThreadingHTTPServer`` speaking HTTP/1.1 with keep-alive, one thread per connection. Shutting
down closes idle keep-alive connections and joins every thread it started, so tests leak nothing. When
the fake runs on the wall clock a ticker thread finishes due syncs (and sends their webhooks) even if no
request arrives.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from ._wire import ConnectionDropped, FakeRequest, json_response

if TYPE_CHECKING:
    from ._fake import FakeFivetran

__all__ = ["FakeServer"]

# Long enough for a client between two requests of one session; short enough that a forgotten
# keep-alive connection does not pin a thread for long in a long-running server.
_IDLE_TIMEOUT = 30.0
_TICK_INTERVAL = 0.1


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

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while (size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)) > 0:
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            # Trailer section, ended by an empty line.
            while self.rfile.readline().strip():
                pass
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _serve(self) -> None:
        request = FakeRequest(self.command, self.path, dict(self.headers.items()), self._body())
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
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
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

    def __init__(self, address: tuple[str, int], fake: FakeFivetran, *, verbose: bool) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.fake = fake
        self.verbose = verbose
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def track(self, connection: socket.socket) -> None:
        with self._open_lock:
            self._open.add(connection)

    def untrack(self, connection: socket.socket) -> None:
        with self._open_lock:
            self._open.discard(connection)

    def close_open_connections(self) -> None:
        """Wake every connection thread blocked on an idle keep-alive socket so it can exit."""
        with self._open_lock:
            for connection in self._open:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)


class FakeServer:
    """A `FakeFivetran` listening on a TCP port.

    Example:
        server = FakeServer(fake, port=0)
        server.start()
        print(server.base_url)   # http://127.0.0.1:54321
        server.stop()
    """

    def __init__(self, fake: FakeFivetran, host: str = "127.0.0.1", port: int = 0, *, verbose: bool = False) -> None:
        self.fake = fake
        self._httpd = _HTTPServer((host, port), fake, verbose=verbose)
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
