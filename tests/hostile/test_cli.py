"""The CLI reports what a hostile server sends as an API error (exit 3), never a usage or internal error."""

from __future__ import annotations

import io

import pytest

from fivetran_ext import Fivetran, RetryPolicy
from fivetran_ext.cli import main
from fivetran_ext.cli._console import Console
from fivetran_ext.cli._context import ClientOptions
from fivetran_ext.cli._exit import ExitCode

from ._servers import answer, complete, echo_authorization, serving
from .conftest import API_KEY, API_SECRET, assert_clean


def _run(base_url: str, *argv: str) -> tuple[int, str]:
    def factory(options: ClientOptions) -> Fivetran:
        return Fivetran(API_KEY, API_SECRET, base_url=base_url, retry=RetryPolicy(max_retries=0))

    stderr = io.StringIO()
    console = Console(
        stdout=io.StringIO(),
        stderr=stderr,
        stdin=io.StringIO(),
        stdout_tty=False,
        stderr_tty=False,
        stdin_tty=False,
        width=100,
        clock=lambda: 0.0,
        wall_clock=lambda: 0.0,
        sleep=lambda seconds: None,
        live_refresh=None,
    )
    code = main(list(argv), client_factory=factory, console=console)
    return code, stderr.getvalue()


@pytest.mark.parametrize(
    ("name", "raw", "says"),
    [
        ("status 299", complete("299 Odd", b'{"code": "Success", "data": {"id": "g"}}'), "HTTP status 299"),
        ("JSON nested 100,000 deep", complete("200 OK", b"[" * 100_000 + b"]" * 100_000), "nested too deeply"),
        ("NaN", complete("200 OK", b'{"code": "Success", "data": {"id": NaN}}'), "NaN"),
        ("deep JSON in a 404", complete("404 Not Found", b"[" * 100_000), "404 Not Found"),
    ],
)
def test_a_hostile_answer_is_an_api_error(name: str, raw: bytes, says: str) -> None:
    with serving(answer(raw)) as server:
        code, stderr = _run(server.base_url, "groups", "get", "g")
    assert code == ExitCode.API
    assert says in stderr
    assert "internal error" not in stderr


def test_an_echoed_authorization_header_never_reaches_the_output() -> None:
    with serving(echo_authorization("401 Unauthorized")) as server:
        code, stderr = _run(server.base_url, "groups", "get", "g")
    assert code == ExitCode.API
    assert stderr.startswith("error: 401 AuthFailed: bad credentials")
    assert_clean(stderr)
