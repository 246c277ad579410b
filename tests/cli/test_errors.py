"""Failures: one readable line on stderr (never a traceback, never the secret) and a distinct exit code."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest

from fivetran_ext import Fivetran, FivetranError
from fivetran_ext.cli import main
from fivetran_ext.cli._context import ClientOptions, client_from_env
from fivetran_ext.cli._exit import ExitCode
from fivetran_ext.testing.fake import FakeFivetran

from .conftest import CONNECTION, FakeTime, Result, Runner, api_requests

SECRET = "s3cret-value-never-shown"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def assert_one_error_line(result: Result, start: str) -> None:
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(start), result.stderr
    assert "Traceback" not in result.stderr


def test_not_found_is_exit_3_with_the_api_error_line(run: Runner, seeded: FakeFivetran) -> None:
    result = run("connections", "get", "nope")

    assert (result.code, result.stdout) == (ExitCode.API, "")
    assert result.stderr == (
        "error: 404 NotFound_Integration: Cannot find entity 'Integration' with id 'nope'. "
        "(GET https://api.fivetran.com/v1/connections/nope)\n"
    )


def test_an_html_502_keeps_its_status(run: Runner, seeded: FakeFivetran) -> None:
    seeded.faults.fail_next(1, status=502, body="html")

    result = run("--max-retries", "0", "groups", "list")

    assert result.code == ExitCode.API
    assert_one_error_line(result, "error: 502 Bad Gateway (GET https://api.fivetran.com/v1/groups)")


def test_a_long_retry_after_is_reported_not_slept(run: Runner, seeded: FakeFivetran) -> None:
    seeded.faults.rate_limit(1, window=3600)

    run("groups", "list")
    result = run("groups", "list")

    assert result.code == ExitCode.API
    assert_one_error_line(result, "error: 429 TooManyRequests: ")
    assert "(retry after 3600 s)" in result.stderr


def test_wrong_credentials_never_show_the_secret(
    run: Runner, seeded: FakeFivetran, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIVETRAN_API_SECRET", SECRET)

    result = run("groups", "list", factory=lambda options: seeded.client(api_secret=SECRET, api_key="wrong-key"))

    assert result.code == ExitCode.API
    assert_one_error_line(result, "error: 401 AuthFailed: ")
    assert SECRET not in result.stderr + result.stdout


def test_a_message_containing_the_secret_is_scrubbed(run: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVETRAN_API_SECRET", SECRET)

    def leaky(options: ClientOptions) -> Fivetran:
        raise FivetranError(f"proxy echoed Authorization: fake-key:{SECRET}")

    result = run("groups", "list", factory=leaky)

    assert result.code == ExitCode.API
    assert result.stderr == "error: proxy echoed Authorization: fake-key:***\n"


def test_a_refused_connection_is_exit_3(run: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVETRAN_API_KEY", "key")
    monkeypatch.setenv("FIVETRAN_API_SECRET", SECRET)
    port = closed_port()

    result = run(
        "--base-url", f"http://127.0.0.1:{port}", "--max-retries", "0", "groups", "list", factory=client_from_env
    )

    assert result.code == ExitCode.API
    assert_one_error_line(result, "error: ")
    assert result.stderr.endswith(f"(GET http://127.0.0.1:{port}/v1/groups)\n")
    assert SECRET not in result.stderr


@pytest.mark.parametrize(
    ("environment", "missing"),
    [
        ({}, "FIVETRAN_API_KEY and FIVETRAN_API_SECRET"),
        ({"FIVETRAN_API_KEY": "key"}, "FIVETRAN_API_SECRET"),
        ({"FIVETRAN_API_SECRET": SECRET, "FIVETRAN_API_KEY": "  "}, "FIVETRAN_API_KEY"),
    ],
)
def test_missing_credentials_are_a_usage_error(
    run: Runner, monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], missing: str
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    result = run("groups", "list", factory=client_from_env)

    assert result.code == ExitCode.USAGE
    assert result.stderr == (f"error: {missing} must be set in the environment (credentials are never flags)\n")


def test_the_go_sdk_variable_names_are_accepted(
    run: Runner, seeded: FakeFivetran, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIVETRAN_APIKEY", "key")
    monkeypatch.setenv("FIVETRAN_APISECRET", SECRET)
    port = closed_port()

    result = run(
        "--base-url", f"http://127.0.0.1:{port}", "--max-retries", "0", "groups", "list", factory=client_from_env
    )

    assert result.code == ExitCode.API  # got as far as sending


def test_an_insecure_base_url_is_a_usage_error(run: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVETRAN_API_KEY", "key")
    monkeypatch.setenv("FIVETRAN_API_SECRET", SECRET)

    result = run("--base-url", "http://api.example.com", "groups", "list", factory=client_from_env)

    assert result.code == ExitCode.USAGE
    assert_one_error_line(result, "error: base_url 'http://api.example.com' uses plain http")


@pytest.mark.parametrize("option", ["--api-secret", "--api-key"])
def test_credentials_as_options_are_refused_without_echoing_them(run: Runner, option: str) -> None:
    result = run(option, SECRET, "groups", "list")

    assert result.code == ExitCode.USAGE
    assert result.stderr.endswith(
        f"error: {option} is not accepted: set FIVETRAN_API_KEY and FIVETRAN_API_SECRET in the environment\n"
    )
    assert SECRET not in result.stderr
    assert result.options == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ((), "the following arguments are required: COMMAND"),
        (("teams", "list"), "invalid choice: 'teams'"),
        (("connections", "get"), "the following arguments are required: ID"),
        (("connections", "get", "  "), "argument ID: must not be empty"),
        (("--timeout", "0", "groups", "list"), "expected a positive number of seconds, got '0'"),
        (("connections", "sync", "x", "--poll-interval", "soon"), "expected a number of seconds, got 'soon'"),
        (("groups", "list", "--limit", "0"), "expected an integer >= 1, got '0'"),
        (("--max-retries", "-1", "groups", "list"), "expected an integer >= 0, got '-1'"),
    ],
)
def test_usage_errors_exit_2_before_any_request(
    run: Runner, seeded: FakeFivetran, argv: tuple[str, ...], message: str
) -> None:
    result = run(*argv)

    assert result.code == ExitCode.USAGE
    assert message in result.stderr
    assert result.stderr.startswith("usage: fivetran-ext")
    assert result.options == []  # no client was even built
    assert api_requests(seeded) == []


def test_an_unexpected_exception_is_one_line_with_exit_1(run: Runner) -> None:
    def broken(options: ClientOptions) -> Fivetran:
        raise RuntimeError("kaput\nsecond line")

    result = run("groups", "list", factory=broken)

    assert result.code == ExitCode.INTERNAL
    assert result.stderr == "error: internal error: RuntimeError: kaput second line\n"


def test_ctrl_c_while_waiting_exits_130_and_clears_the_live_line(
    run: Runner, seeded: FakeFivetran, fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(fake_time, "sleep", interrupted)

    result = run("connections", "sync", CONNECTION, "--wait", stdout_tty=True)

    assert result.code == 130  # ExitCode.INTERRUPTED
    assert result.stdout.endswith("\r\x1b[K")
    assert result.stderr == ("stopped waiting; a sync that started keeps running at Fivetran\ninterrupted\n")


def test_help_documents_every_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0

    help_text = capsys.readouterr().out
    assert "FIVETRAN_API_KEY, FIVETRAN_API_SECRET" in help_text
    for code in ExitCode:
        assert f"  {code.value:<4} {code.meaning}" in help_text


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from fivetran_ext import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"fivetran-ext {__version__}\n"


def test_docs_list_every_exit_code_as_the_help_does() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    rows = [line for line in docs.splitlines() if line.startswith("| ") and line.split("|")[1].strip().isdigit()]

    assert rows == [f"| {code.value} | {code.meaning} |" for code in ExitCode]


def test_the_python_example_in_the_docs_runs(capsys: pytest.CaptureFixture[str]) -> None:
    (example,) = re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), flags=re.DOTALL)

    exec(compile(example, "docs/cli.md", "exec"), {})  # noqa: S102 - our own documentation

    assert [group["name"] for group in json.loads(capsys.readouterr().out)] == ["analytics"]
