"""Every registry method as a command, ``--fields``/``--filter``/``--output-file``, help with exit codes,
retry progress on stderr, and shell completion."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import httpx
import pytest

from fivetran_ext import Fivetran, RetryPolicy
from fivetran_ext._coverage import COVERAGE, GeneratedOnly
from fivetran_ext.cli._context import ClientOptions
from fivetran_ext.cli._exit import ExitCode
from fivetran_ext.cli._methods import cli_name, signature_parser
from fivetran_ext.cli._parser import build_parser
from fivetran_ext.testing.fake import FakeFivetran

from .conftest import CONNECTION, GROUP, Runner, api_requests


def bodies(fake: FakeFivetran, method: str) -> list[tuple[str, object]]:
    return [(r.target, json.loads(r.body)) for r in fake.requests if r.method == method]


def test_every_registry_method_is_a_command_with_a_parser() -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for served in COVERAGE.values():
        if isinstance(served, GeneratedOnly):
            continue
        resource, _, method = served.partition(".")
        actions = commands[cli_name(resource)]._subparsers._group_actions[0].choices
        assert cli_name(method) in actions, served
        signature_parser(resource, method)  # every signature can be turned into arguments


def test_create_update_and_delete_a_group(run: Runner, fake: FakeFivetran) -> None:
    created = run("--json", "groups", "create", "--name", "analytics")
    assert created.code == 0, created.stderr
    group_id = created.json()["id"]

    updated = run("groups", "update", group_id, "--name", "marketing", "--json")
    assert (updated.code, updated.json()["name"]) == (0, "marketing")

    refused = run("groups", "delete", group_id)
    assert refused.code == ExitCode.ABORTED
    assert (
        refused.stderr
        == f"error: refusing to run 'groups delete {group_id}' without confirmation: pass --yes (nothing was sent)\n"
    )

    deleted = run("groups", "delete", group_id, "--yes")
    assert (deleted.code, deleted.stdout) == (0, f"✓ groups delete {group_id}\n")
    assert bodies(fake, "POST") == [("/v1/groups", {"name": "analytics"})]
    assert bodies(fake, "PATCH") == [(f"/v1/groups/{group_id}", {"name": "marketing"})]
    assert api_requests(fake, "DELETE") == [("DELETE", f"/v1/groups/{group_id}")]


def test_a_user_is_created_from_options(run: Runner, fake: FakeFivetran) -> None:
    result = run("users", "create", "--email", "ana@example.com", "--given-name", "Ana", "--family-name", "Lima")

    assert result.code == 0, result.stderr
    assert bodies(fake, "POST") == [
        ("/v1/users", {"email": "ana@example.com", "given_name": "Ana", "family_name": "Lima"})
    ]
    assert "email:        ana@example.com" in result.stdout.splitlines()


def test_a_secret_option_is_read_from_a_file_or_stdin_never_from_argv(
    run: Runner, seeded: FakeFivetran, tmp_path: Path
) -> None:
    refused = run("connections", "update", CONNECTION, "--config", '{"password": "hunter22"}')
    assert refused.code == ExitCode.USAGE
    assert "hunter22" not in refused.stderr
    assert refused.stderr.startswith("error: --config takes @FILE or @- (stdin): a secret on the command line")
    assert api_requests(seeded, "PATCH") == []

    config = tmp_path / "config.json"
    config.write_text('{"password": "from-a-file"}')
    from_file = run("connections", "update", CONNECTION, "--config", f"@{config}", "--sync-frequency", "60")
    from_stdin = run("connections", "update", CONNECTION, "--config", "@-", stdin='{"password": "from-stdin"}')

    assert (from_file.code, from_stdin.code) == (0, 0), from_file.stderr + from_stdin.stderr
    assert bodies(seeded, "PATCH") == [
        (f"/v1/connections/{CONNECTION}", {"config": {"password": "from-a-file"}, "sync_frequency": 60}),
        (f"/v1/connections/{CONNECTION}", {"config": {"password": "from-stdin"}}),
    ]


def test_a_webhook_secret_comes_from_a_file(run: Runner, seeded: FakeFivetran, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("whsec-123\n")
    result = run(
        "webhooks", "create-group", GROUP, "--url", "https://example.com/hook", "--events", "sync_end",
        "--secret", f"@{secret}", "--json",
    )  # fmt: skip

    assert result.code == 0, result.stderr
    ((target, body),) = bodies(seeded, "POST")
    assert target == f"/v1/webhooks/group/{GROUP}"
    assert body["secret"] == "whsec-123"
    assert "whsec-123" not in result.stdout


def test_list_methods_read_every_page(run: Runner, fake: FakeFivetran) -> None:
    for index in range(3):
        fake.groups.create(f"g{index}", id=f"g{index}")

    result = run("--json", "groups", "list-users", "g0", "--limit", "1")

    assert result.code == 0, result.stderr
    assert result.json() == []


def test_fields_and_filter_select_items_and_dotted_fields(run: Runner, seeded: FakeFivetran) -> None:
    seeded.connections.create(GROUP, "google_sheets", "sheets", id="sheets_one", paused=True)

    table = run("connections", "list", "--filter", "paused=false", "--fields", "id,service,status.sync_state")
    as_json = run("--json", "connections", "list", "--filter", "service!=postgres", "--fields", "id,paused")

    assert table.stdout.splitlines() == [
        "ID             SERVICE   STATUS.SYNC_STATE",
        f"{CONNECTION}  postgres  scheduled",
    ]
    assert as_json.json() == [{"id": "sheets_one", "paused": True}]


def test_a_bad_filter_is_a_usage_error(run: Runner, seeded: FakeFivetran) -> None:
    result = run("groups", "list", "--filter", "name")

    assert (result.code, result.stderr) == (
        ExitCode.USAGE,
        "error: --filter: expected KEY=VALUE or KEY!=VALUE, got 'name'\n",
    )


def test_output_file_receives_the_result(run: Runner, seeded: FakeFivetran, tmp_path: Path) -> None:
    target = tmp_path / "groups.json"

    result = run("--output", "json", "groups", "list", "--output-file", str(target), "--fields", "id")

    assert (result.code, result.stdout) == (0, "")
    assert json.loads(target.read_text()) == [{"id": GROUP}]


@pytest.mark.parametrize(
    ("argv", "codes"),
    [
        (("connections", "sync", "--help"), ["0", "1", "2", "3", "4", "5", "6", "8", "9", "130"]),
        (("connections", "resync", "--help"), ["0", "1", "2", "3", "7", "9", "130"]),
        (("groups", "list", "--help"), ["0", "1", "2", "3", "9", "130"]),
        (("teams", "delete", "--help"), ["0", "1", "2", "3", "7", "9", "130"]),
        (("users", "create", "--help"), ["0", "1", "2", "3", "9", "130"]),
    ],
)
def test_every_command_help_lists_its_exit_codes(run: Runner, argv: tuple[str, ...], codes: list[str]) -> None:
    result = run(*argv)

    assert result.code == 0
    listed = result.stdout.split("exit codes:\n", 1)[1].splitlines()
    assert [line.split()[0] for line in listed] == codes
    assert listed == [f"  {code:<4} {ExitCode(int(code)).meaning}" for code in codes]


def test_rescheduled_and_not_syncable_have_distinct_exit_codes() -> None:
    assert (ExitCode.NOT_SYNCABLE, ExitCode.RESCHEDULED) == (6, 8)
    assert ExitCode.NOT_SYNCED is ExitCode.NOT_SYNCABLE  # the old name still imports


def test_retries_are_reported_on_stderr(run: Runner, seeded: FakeFivetran) -> None:
    calls = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return httpx.Response(503, request=request)
        return httpx.Response(200, json={"code": "Success", "data": {"items": [], "next_cursor": None}})

    delays: list[float] = []

    def factory(options: ClientOptions) -> Fivetran:
        policy = RetryPolicy(max_retries=2, sleep=delays.append, random=lambda: 0.0, initial_delay=2.0)
        return Fivetran("key", "secret", retry=policy, http_client=httpx.Client(transport=httpx.MockTransport(flaky)))

    result = run("groups", "list", factory=factory)

    assert (result.code, result.stdout) == (0, "No groups.\n")
    assert result.stderr == (
        "503 Service Unavailable from GET https://api.fivetran.com/v1/groups, retrying in 2.0 s (retry 1 of 2)\n"
    )
    assert delays == [2.0]
    assert logging.getLogger("fivetran_ext").handlers == []


def test_completion_scripts_name_every_command(run: Runner) -> None:
    bash = run("completion", "bash")
    zsh = run("completion", "zsh")

    assert bash.code == zsh.code == 0
    assert bash.stdout.startswith('# fivetran-ext completion (bash); load with: eval "$(fivetran-ext completion bash)"')
    assert '"connections") words="' in bash.stdout
    assert '"teams") words="--help add-connection-membership' in bash.stdout
    assert "complete -F _fivetran_ext_complete fivetran-ext" in bash.stdout
    assert zsh.stdout.startswith("autoload -U +X bashcompinit && bashcompinit\n")


def test_docs_list_every_command() -> None:
    from fivetran_ext.cli._completion import command_tree

    docs = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(" `"): line.split("|")[2] for line in docs.splitlines() if line.startswith("| `")}
    tree = command_tree(build_parser())
    missing = [
        f"{path} {word}"
        for path, words in tree.items()
        if path and " " not in path and path not in ("schema", "completion")
        for word in words
        if not word.startswith("-") and f"`{word}`" not in rows.get(path, "")
    ]
    assert missing == []
    for command in (
        "schema show",
        "schema enable",
        "schema disable",
        "schema sync-mode",
        "completion bash",
        "api METHOD",
    ):
        assert f"`{command}" in docs, command


def test_a_server_that_is_down_is_not_silent_while_retrying(run: Runner, seeded: FakeFivetran) -> None:
    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    delays: list[float] = []

    def factory(options: ClientOptions) -> Fivetran:
        policy = RetryPolicy(max_retries=2, sleep=delays.append, random=lambda: 0.0, initial_delay=0.4)
        return Fivetran("key", "secret", retry=policy, http_client=httpx.Client(transport=httpx.MockTransport(refused)))

    result = run("groups", "list", factory=factory)

    assert result.code == ExitCode.API
    assert result.stderr.splitlines() == [
        "ConnectError from GET https://api.fivetran.com/v1/groups, retrying in 0.4 s (retry 1 of 2)",
        "ConnectError from GET https://api.fivetran.com/v1/groups, retrying in 0.8 s (retry 2 of 2)",
        "error: ConnectError: [Errno 111] Connection refused (GET https://api.fivetran.com/v1/groups)",
    ]
    assert delays == [0.4, 0.8]


def test_api_sends_any_operation_with_the_specs_accept_header(run: Runner, seeded: FakeFivetran) -> None:
    page = run("--json", "api", "GET", "/v1/connections", "--query", f"group_id={GROUP}", "--fields", "id")
    one = run("api", "get", f"/v1/connections/{CONNECTION}", "--fields", "id,paused")

    assert (page.code, page.json()) == (0, [{"id": CONNECTION}])
    assert one.stdout.splitlines() == [f"id:     {CONNECTION}", "paused: no"]
    assert [(r.method, r.target, r.headers["accept"]) for r in seeded.requests] == [
        ("GET", f"/v1/connections?group_id={GROUP}", "application/json;version=2"),
        ("GET", f"/v1/connections/{CONNECTION}", "application/json;version=2"),
    ]


def test_api_reaches_a_generated_only_operation_with_a_body_from_a_file(
    run: Runner, seeded: FakeFivetran, tmp_path: Path
) -> None:
    body = tmp_path / "hub.json"
    body.write_text('{"host": "hub.example.com", "password": "from-a-file"}')

    result = run("api", "POST", "/v1/hvr/register-hub", "--body", f"@{body}")

    ((method, target, sent),) = [(r.method, r.target, json.loads(r.body)) for r in seeded.requests]
    assert (method, target, sent) == (
        "POST",
        "/v1/hvr/register-hub",
        {"host": "hub.example.com", "password": "from-a-file"},
    )
    assert "from-a-file" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (
            ("api", "GET", "/v1/nothing"),
            "error: GET /v1/nothing is not an operation of the Fivetran API spec this client was built from\n",
        ),
        (
            ("api", "POST", "/v1/groups", "--body", '{"name": "x"}'),
            "error: --body takes @FILE or @- (stdin): a request body may hold credentials\n",
        ),
        (("api", "GET", "/v1/groups", "--query", "limit"), "error: --query: expected KEY=VALUE, got 'limit'\n"),
    ],
)
def test_api_refuses_before_sending(run: Runner, seeded: FakeFivetran, argv: tuple[str, ...], error: str) -> None:
    result = run(*argv)

    assert (result.code, result.stderr) == (ExitCode.USAGE, error)
    assert seeded.requests == []


def test_a_method_that_returns_a_file_writes_it_to_output_file(run: Runner, fake: FakeFivetran, tmp_path: Path) -> None:
    refused = run("connector-sdk-packages", "download", "package_id")
    assert (refused.code, refused.stderr) == (
        ExitCode.USAGE,
        "error: connector-sdk-packages download returns a file: pass --output-file FILE\n",
    )
    assert fake.requests == []

    target = tmp_path / "package.zip"
    result = run("connector-sdk-packages", "download", "package_id", "--output-file", str(target))

    assert result.code == 0, result.stderr
    assert result.stderr == f"✓ wrote {target.stat().st_size} bytes to {target}\n"
    assert [(r.method, r.target) for r in fake.requests] == [("GET", "/v1/connector-sdk/packages/package_id/download")]
    with fake.client() as client:
        assert target.read_bytes() == client.connector_sdk_packages.download("package_id") != b""
