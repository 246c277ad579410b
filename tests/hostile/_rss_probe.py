"""Run one hostile case in a fresh process and report its peak memory (``python -m tests.hostile._rss_probe CASE``).

Peak RSS (``ru_maxrss``) is per process, so each case runs alone; the baseline is taken after imports and
after the server's payload is built, so only what the client does with the answer is counted.
"""

from __future__ import annotations

import json
import resource
import sys
import zlib

from fivetran_ext import AsyncFivetran, Fivetran, FivetranError, RetryPolicy

from ._servers import JSON_HEADERS, answer, complete, flood, head, serving

CAP = 8 << 20
MIB = b"\0" * (1 << 20)


def _gzip_stream(mebibytes: int, layers: int) -> bytes:
    """Zeros gzipped without ever holding them: memory stays flat while the bomb is built."""
    data = b""
    for layer in range(layers):
        deflate = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
        parts = [deflate.compress(MIB) for _ in range(mebibytes)] if layer == 0 else [deflate.compress(data)]
        data = b"".join([*parts, deflate.flush()])
    return data


def _script(case: str):  # type: ignore[no-untyped-def]
    if case == "content-length-2gb":
        return flood(head() + b"Content-Length: 2000000000\r\n\r\n", b"x" * 65536)
    if case == "endless-chunked":
        return flood(head() + b"Transfer-Encoding: chunked\r\n\r\n", b"10000\r\n" + b"x" * 65536 + b"\r\n")
    if case in ("gzip-bomb", "gzip-bomb-async"):
        return answer(complete("200 OK", _gzip_stream(256, 1), JSON_HEADERS + "Content-Encoding: gzip\r\n"))
    if case == "double-gzip-bomb":
        return answer(complete("500 Oops", _gzip_stream(256, 2), JSON_HEADERS + "Content-Encoding: gzip, gzip\r\n"))
    raise SystemExit(f"unknown case {case}")


def _post(port: int, head: bytes, body_chunk: bytes, chunks: int) -> bytes:
    """Send a POST head and up to ``chunks`` body chunks (stopping if the server hangs up); its answer."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(head)
        try:
            for _ in range(chunks):
                connection.sendall(body_chunk)
        except OSError:
            pass  # answered and closed before the body was sent: what a 413 does
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
            if b"\r\n\r\n" in answer and answer.startswith(b"HTTP/1.1 413"):
                break
    return answer


def fake_main(case: str) -> None:
    """The fake's HTTP server as the process measured: huge posts must not grow it."""
    from fivetran_ext.testing import FakeFivetran
    from fivetran_ext.testing.fake import FakeServer

    fake = FakeFivetran()
    server = FakeServer(fake).start()
    auth = b"Authorization: Basic ZmFrZS1rZXk6ZmFrZS1zZWNyZXQ=\r\nContent-Type: application/json\r\n"
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    statuses = []
    try:
        if case == "fake-600mb-post":
            head = b"POST /v1/groups HTTP/1.1\r\nHost: x\r\n" + auth + b"Content-Length: 600000000\r\n\r\n"
            statuses.append(_post(server.port, head, b"x" * (1 << 20), 600)[:12].decode())
        else:  # eight posts of 40 MiB each (an unterminated JSON string: 400 each)
            prefix = b'{"name": "'
            for _ in range(8):
                head = b"POST /v1/groups HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + auth
                head += b"Content-Length: %d\r\n\r\n" % ((40 << 20) + len(prefix)) + prefix
                statuses.append(_post(server.port, head, b"x" * (1 << 20), 40)[:12].decode())
    finally:
        server.stop()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    logged = sum(len(request.body) for request in fake.requests)
    print(json.dumps({"baseline_kib": baseline, "peak_kib": peak, "statuses": statuses, "logged_body_bytes": logged}))


def main(case: str) -> None:
    if case.startswith("fake-"):
        fake_main(case)
        return
    script = _script(case)
    options = {
        "max_response_bytes": CAP,
        "attempt_timeout": 20.0,
        "retry": RetryPolicy(max_retries=2, sleep=lambda s: None),
    }
    with serving(script) as server:
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        error = "none"
        try:
            if case.endswith("-async"):
                import anyio

                async def run() -> None:
                    async with AsyncFivetran(
                        "probe_key_123456", "probe_secret_123456", base_url=server.base_url, **options
                    ) as client:
                        await client.groups.get("g")

                anyio.run(run)
            else:
                with Fivetran("probe_key_123456", "probe_secret_123456", base_url=server.base_url, **options) as client:
                    client.groups.get("g")
        except FivetranError as caught:
            error = type(caught).__name__
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kibibytes.
    print(json.dumps({"baseline_kib": baseline, "peak_kib": peak, "error": error, "connections": server.connections}))


if __name__ == "__main__":
    main(sys.argv[1])
