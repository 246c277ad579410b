"""Misbehaving HTTP servers on real local sockets: each connection runs one scripted misbehaviour.

A script is ``(connection, stop)``: it reads the request head itself (`read_head`) and then writes
whatever it likes. ``stop`` is set when the test ends, so a script that drips bytes forever ends too; every
connection runs in its own thread, so concurrent and retried requests are all served.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Script = Callable[[socket.socket, threading.Event], None]

# Every scripted answer is the connection's last: the client must not try to reuse it.
JSON_HEADERS = "Content-Type: application/json\r\nConnection: close\r\n"


def read_head(connection: socket.socket) -> bytes:
    """The request line and headers (plus any body bytes that came with them)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def head(status: str = "200 OK", headers: str = JSON_HEADERS) -> bytes:
    return f"HTTP/1.1 {status}\r\n{headers}".encode("latin-1")


def complete(status: str, body: bytes, headers: str = JSON_HEADERS) -> bytes:
    return head(status, headers) + f"Content-Length: {len(body)}\r\n\r\n".encode() + body


def answer(raw: bytes) -> Script:
    """Send one complete raw response."""

    def script(connection: socket.socket, stop: threading.Event) -> None:
        read_head(connection)
        connection.sendall(raw)

    return script


def echo_authorization(status: str) -> Script:
    """Answer with a JSON error whose message quotes the request's Authorization header."""

    def script(connection: socket.socket, stop: threading.Event) -> None:
        request = read_head(connection).decode("latin-1")
        auth = next(
            (
                line.split(":", 1)[1].strip()
                for line in request.split("\r\n")
                if line.lower().startswith("authorization:")
            ),
            "",
        )
        token = auth.partition(" ")[2]
        import base64

        pair = base64.b64decode(token).decode()
        message = f"bad credentials {auth!r} token={token} pair={pair}"
        body = ('{{"code": "AuthFailed", "message": "{}"}}'.format(message.replace('"', "'"))).encode()
        connection.sendall(complete(status, body))

    return script


def drip(prefix: bytes, byte: bytes = b"a", interval: float = 0.05) -> Script:
    """Send ``prefix``, then one byte every ``interval`` until the test ends (a slowloris server)."""

    def script(connection: socket.socket, stop: threading.Event) -> None:
        read_head(connection)
        connection.sendall(prefix)
        while not stop.wait(interval):
            try:
                connection.sendall(byte)
            except OSError:
                return

    return script


def flood(prefix: bytes, chunk: bytes) -> Script:
    """Send ``prefix``, then ``chunk`` again and again as fast as the client reads, until it hangs up."""

    def script(connection: socket.socket, stop: threading.Event) -> None:
        read_head(connection)
        try:
            connection.sendall(prefix)
            while not stop.is_set():
                connection.sendall(chunk)
        except OSError:
            return

    return script


def reset_after(raw: bytes) -> Script:
    """Send ``raw``, then abort the connection with a TCP RST."""

    def script(connection: socket.socket, stop: threading.Event) -> None:
        read_head(connection)
        connection.sendall(raw)
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    return script


def gzip_bomb(decoded_bytes: int, layers: int = 1) -> bytes:
    """Zeros compressed ``layers`` times: a few KiB on the wire, ``decoded_bytes`` once inflated."""
    data = gzip.compress(b"\0" * decoded_bytes, compresslevel=9)
    for _ in range(layers - 1):
        data = gzip.compress(data, compresslevel=9)
    return data


class HostileServer:
    """Accepts connections on 127.0.0.1; connection n runs ``scripts[n]`` (the last one repeats)."""

    def __init__(self, *scripts: Script) -> None:
        self._scripts = list(scripts)
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=256)
        self._listener.settimeout(0.05)
        self.stop = threading.Event()
        self.connections = 0
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            script = self._scripts[min(self.connections, len(self._scripts) - 1)]
            self.connections += 1
            thread = threading.Thread(target=self._run, args=(script, connection), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _run(self, script: Script, connection: socket.socket) -> None:
        connection.settimeout(10)
        with connection:
            try:
                script(connection, self.stop)
                # Let the client read what was sent before the socket closes under it.
                connection.shutdown(socket.SHUT_WR)
                connection.settimeout(0.05)
                while not self.stop.is_set():
                    try:
                        if not connection.recv(65536):
                            break
                    except TimeoutError:
                        continue
            except OSError:
                pass

    @contextmanager
    def running(self) -> Iterator[HostileServer]:
        self._acceptor.start()
        try:
            yield self
        finally:
            self.stop.set()
            self._acceptor.join(timeout=2)
            for thread in self._threads:
                thread.join(timeout=2)
            self._listener.close()


@contextmanager
def serving(*scripts: Script) -> Iterator[HostileServer]:
    with HostileServer(*scripts).running() as server:
        yield server
