"""Failures: one readable line on stderr (never a traceback, never the secret) and a distinct exit code."""

from __future__ import annotations

import base64
import json
import re
import socket
from collections.abc import Iterator
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


NO_CREDENTIALS = (
    "error: no credentials: set FIVETRAN_API_KEY and FIVETRAN_API_SECRET, or FIVETRAN_API_KEY alone "
    "(or --api-key) holding Fivetran CLI's base64 key\n"
)


@pytest.mark.parametrize("environment", [{}, {"FIVETRAN_API_SECRET": SECRET, "FIVETRAN_API_KEY": "  "}])
def test_missing_credentials_are_a_usage_error(
    run: Runner, monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    result = run("groups", "list", factory=client_from_env)

    assert result.code == ExitCode.USAGE
    assert result.stderr == NO_CREDENTIALS
    assert SECRET not in result.stderr


def test_a_key_that_is_not_a_base64_key_is_a_usage_error_without_echo(
    run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIVETRAN_API_KEY", SECRET)  # a key without its secret must be the base64 form

    result = run("groups", "list", factory=client_from_env)

    assert result.code == ExitCode.USAGE
    assert_one_error_line(result, "error: the Fivetran API key was given without a secret, so it must be")
    assert SECRET not in result.stderr


def _served_fake(fake: FakeFivetran) -> Iterator[str]:
    with fake.serve() as base_url:
        yield base_url


def test_the_fivetran_cli_base64_key_works_from_the_environment(
    run: Runner, seeded: FakeFivetran, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = base64.b64encode(f"{seeded.api_key}:{seeded.api_secret}".encode()).decode()
    monkeypatch.setenv("FIVETRAN_API_KEY", token)
    for base_url in _served_fake(seeded):
        result = run("--base-url", base_url, "--json", "groups", "list", "--fields", "id", factory=client_from_env)

        assert (result.code, result.stderr) == (0, "")
        assert result.json() == [{"id": "projected_sickle"}]


def test_the_fivetran_cli_base64_key_works_as_an_option_with_a_warning(
    run: Runner, seeded: FakeFivetran, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = base64.b64encode(f"{seeded.api_key}:{seeded.api_secret}".encode()).decode()
    monkeypatch.setenv("FIVETRAN_API_SECRET", "an-unrelated-secret")  # the option's key carries its own
    for base_url in _served_fake(seeded):
        result = run(
            "--api-key", token, "--base-url", base_url, "groups", "get", "projected_sickle", factory=client_from_env
        )

        assert result.code == 0, result.stderr
        assert result.stderr == (
            "warning: --api-key is visible to other users of this machine (process list) and in shell history; "
            "prefer FIVETRAN_API_KEY\n"
        )
        assert result.stdout.startswith("id:")


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
    assert result.stderr == (
        "error: base URL 'http://api.example.com' uses plain http: the credentials would cross the network "
        "unencrypted; use https, or pass --allow-insecure-http if this is really intended\n"
    )


def test_allow_insecure_http_lets_a_plain_http_base_url_through(run: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVETRAN_API_KEY", "key")
    monkeypatch.setenv("FIVETRAN_API_SECRET", SECRET)
    seen: list[ClientOptions] = []

    def building(options: ClientOptions) -> Fivetran:
        seen.append(options)
        client = client_from_env(options)
        assert client.base_url == "http://api.example.invalid"
        raise FivetranError("built")

    result = run(
        "--allow-insecure-http", "--base-url", "http://api.example.invalid", "groups", "list", factory=building
    )

    assert (result.code, result.stderr) == (ExitCode.API, "error: built\n")
    assert seen[0].allow_insecure_http is True


def test_the_secret_as_an_option_is_refused_without_echoing_it(run: Runner) -> None:
    option = "--api-secret"
    result = run(option, SECRET, "groups", "list")

    assert result.code == ExitCode.USAGE
    assert result.stderr.endswith(
        "error: --api-secret is not accepted: set FIVETRAN_API_SECRET in the environment "
        "(or FIVETRAN_API_KEY to Fivetran CLI's base64 key)\n"
    )
    assert SECRET not in result.stderr
    assert result.options == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ((), "the following arguments are required: COMMAND"),
        (("nonsense", "list"), "invalid choice: 'nonsense'"),
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
