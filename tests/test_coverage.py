"""The coverage registry is complete, current and true; the API reference generated from it is up to date.

* Complete and current: every operation of the spec the client was generated from is either served by a
  method or deliberately generated-only, and no row names an operation the spec no longer has.
* True: every named method exists on `Fivetran` and `AsyncFivetran`, and calling it sends exactly that
  operation (answered with the spec's own example response, which it must also read).
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import httpx
import pytest
from fivetran_api._operations import OPERATIONS

from fivetran_ext import AsyncFivetran, Fivetran, RetryPolicy
from fivetran_ext._coverage import COVERAGE, GeneratedOnly, check_coverage, missing_methods, resolve, stream_twin
from fivetran_ext._operations import lookup_operation

from .conftest import ROOT
from .resources._cases import CASES, make_zip

MODULES = {(method, path): module for method, path, module in OPERATIONS}
# Rows whose operation left the spec are reported by the registry test alone, not once more per method test.
SERVED = [(key, served) for key, served in COVERAGE.items() if isinstance(served, str) and key in MODULES]
IN_STEP = not check_coverage(OPERATIONS)
# The operations of a spec in step with the registry: the unit tests of check_coverage start from it, so they
# keep passing (and only the registry test fails) while the real spec and the registry disagree.
IN_STEP_OPERATIONS = tuple((method, path, MODULES.get((method, path), "m")) for method, path in COVERAGE)
_OUT_OF_STEP = "the registry is out of step with the spec: test_the_registry_matches_the_spec... says what to do"
EXAMPLES: dict[str, Any] = json.loads(files("fivetran_api").joinpath("_examples.json").read_text(encoding="utf-8"))

# Arguments for the methods the resource request table (tests/resources/_cases.py) does not cover; any other
# required parameter gets a value from its annotation (see `_arguments`).
ARGUMENTS: dict[str, dict[str, Any]] = {
    "groups.update": {"name": "renamed"},
    "connections.update": {"paused": True},
    "connections.resync": {"confirm": True},
    "connections.resync_tables": {"confirm": True, "tables": {"public": ["orders"]}},
    "connections.create_schema_config": {"schemas": {"public": {"enabled": True}}},
    "connections.update_schema_config": {"schema_change_handling": "ALLOW_ALL"},
    "connections.drop_blocked_columns": {"columns": {"public": {"orders": ["legacy_id"]}}},
    "destinations.create": {"time_zone_offset": "+1"},
    "destinations.update": {"time_zone_offset": "-5"},
    "webhooks.create_account": {"url": "https://example.com/hook", "events": ["sync_end"]},
    "webhooks.create_group": {"url": "https://example.com/hook", "events": ["sync_end"]},
    "webhooks.update": {"active": False},
}


def _resolved(client: object, name: str) -> Any:
    """`resolve`, skipping the test if a resource module cannot load because the generated client lost a module.

    Resource modules name their operations by module path, so a removed operation does not stop them from
    loading (its method raises `OperationUnavailableError`, which tests/conftest.py turns into a skip); this
    guards the models a resource still imports, which a regeneration can remove too.
    """
    try:
        return resolve(client, name)
    except ModuleNotFoundError as error:
        if not (error.name or "").startswith("fivetran_api."):
            raise
        pytest.skip(f"{name}: its resource imports {error.name}, which the generated client no longer has")


# ------------------------------------------------------------------------------------------ complete, current


def test_the_registry_matches_the_spec_the_client_was_generated_from() -> None:
    problems = check_coverage(OPERATIONS)
    assert not problems, "\n".join(problems)


def test_an_operation_added_to_the_spec_fails_until_someone_decides() -> None:
    added = (*IN_STEP_OPERATIONS, ("POST", "/v1/connections/{connection_id}/teleport", "fivetran_api.api.x.teleport"))

    assert check_coverage(added) == [
        "POST /v1/connections/{connection_id}/teleport: in the spec but not in the registry; add its row to "
        "fivetran_ext/_coverage.py, naming a method in fivetran_ext/_resources/connections.py (both twins) that "
        "calls fivetran_api.api.x.teleport (or mark it GeneratedOnly with the reason)"
    ]


def test_an_operation_removed_from_the_spec_fails_until_its_row_goes() -> None:
    removed = tuple(row for row in IN_STEP_OPERATIONS if row[:2] != ("POST", "/v1/system-keys/{key_id}/rotate"))

    assert check_coverage(removed) == [
        "POST /v1/system-keys/{key_id}/rotate: in the registry but not in the spec; remove its row from "
        "fivetran_ext/_coverage.py and the method rotate (sync and async twins) from "
        "fivetran_ext/_resources/system_keys.py"
    ]


def test_the_operation_added_by_the_2026_07_10_export_names_its_resource() -> None:
    gone = ("POST", "/v1/external-logging/account/test")
    without = tuple(row for row in IN_STEP_OPERATIONS if row[:2] != gone)
    with_it = (*without, (*gone, "fivetran_api.api.log_service_management.run_setup_tests_account_log_service"))
    coverage = {key: served for key, served in COVERAGE.items() if key != gone}

    assert check_coverage(with_it, coverage) == [
        "POST /v1/external-logging/account/test: in the spec but not in the registry; add its row to "
        "fivetran_ext/_coverage.py, naming a method in fivetran_ext/_resources/log_services.py (both twins) that "
        "calls fivetran_api.api.log_service_management.run_setup_tests_account_log_service "
        "(or mark it GeneratedOnly with the reason)"
    ]
    assert check_coverage(without, coverage) == []


_PLUGIN = """
import fivetran_api._operations as operations

CHANGE = {change!r}
if CHANGE == "added":
    operations.OPERATIONS = (*operations.OPERATIONS, ("POST", "/v1/connections/{{connection_id}}/teleport", "m.x"))
else:
    # What regenerating from the 2026-06-22 export does: the operation and its generated module are gone.
    import sys

    gone = ("POST", "/v1/external-logging/account/test")
    (module,) = [row[2] for row in operations.OPERATIONS if row[:2] == gone]
    operations.OPERATIONS = tuple(row for row in operations.OPERATIONS if row[:2] != gone)
    sys.modules[module] = None
"""


@pytest.mark.skipif(not IN_STEP, reason=_OUT_OF_STEP)
@pytest.mark.parametrize("change", ["added", "removed"])
def test_a_spec_change_fails_exactly_one_registry_test(change: str, tmp_path: Path) -> None:
    # The whole module, in a fresh pytest whose generated operation table has one operation more or less.
    (tmp_path / "spec_change_plugin.py").write_text(_PLUGIN.format(change=change))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "spec_change_plugin", "-q", "-p", "no:cacheprovider",
         "--deselect", "tests/test_coverage.py::test_a_spec_change_fails_exactly_one_registry_test",
         "-k", "not each_async", str(ROOT / "tests" / "test_coverage.py")],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAILED ")]
    assert [line.split(" - ")[0] for line in failed] == [
        "FAILED tests/test_coverage.py::test_the_registry_matches_the_spec_the_client_was_generated_from"
    ], result.stdout[-3000:]
    assert (
        "add its row to fivetran_ext/_coverage.py, naming a method in fivetran_ext/_resources/connections.py"
        if change == "added"
        else "remove its row from fivetran_ext/_coverage.py and the method test_account (sync and async twins) "
        "from fivetran_ext/_resources/log_services.py"
    ) in result.stdout


def test_malformed_registry_rows_are_reported() -> None:
    coverage = {
        ("GET", "/v1/a"): "users.list",
        ("GET", "/v1/b"): "users.list",
        ("GET", "/v1/c"): "not a method name",
        ("GET", "/v1/d"): GeneratedOnly("  "),
    }
    operations = [(method, path, "m") for method, path in coverage]

    assert check_coverage(operations, coverage) == [
        "GET /v1/c: 'not a method name' is not a 'resource.method' name",
        "GET /v1/d: GeneratedOnly needs a reason",
        "users.list: named by 2 operations (GET /v1/a; GET /v1/b); one method serves one operation",
    ]


def test_the_stream_twin_names() -> None:
    assert stream_twin("users.list") == "users.stream"
    assert stream_twin("users.list_group_memberships") == "users.stream_group_memberships"
    assert stream_twin("users.get") is None
    assert stream_twin("users.listen") is None


# -------------------------------------------------------------------------------------------------- true


@pytest.mark.parametrize("client_class", [Fivetran, AsyncFivetran])
def test_every_registry_method_exists_on_both_clients(client_class: type[Fivetran | AsyncFivetran]) -> None:
    client = client_class(api_key="key", api_secret="secret")  # never sends a request

    for served in {served for served in COVERAGE.values() if isinstance(served, str)}:
        _resolved(client, served)  # loads every resource (skips if one lost a generated module)
    assert missing_methods(client) == []


def test_missing_methods_names_the_row_and_the_client() -> None:
    coverage = {("GET", "/v1/roles"): "roles.list", ("GET", "/v1/nowhere"): "roles.vanish"}

    assert missing_methods(Fivetran(api_key="key", api_secret="secret"), coverage) == [
        "GET /v1/nowhere: Fivetran has no method roles.vanish"
    ]


def _resources_of(client_class: type[Fivetran | AsyncFivetran]) -> Fivetran | AsyncFivetran:
    """A client to look methods up on (resources are built on first access; nothing is sent)."""
    return client_class(api_key="key", api_secret="secret")


def _paginated(module: str) -> bool:
    parameters = inspect.signature(importlib.import_module(module).sync_detailed).parameters
    return "cursor" in parameters


@pytest.mark.parametrize(("key", "served"), SERVED, ids=[served for _, served in SERVED])
def test_a_paginated_operation_is_served_by_a_list_method_with_a_stream_twin(key: tuple[str, str], served: str) -> None:
    if not _paginated(MODULES[key]):
        return
    twin = stream_twin(served)
    assert twin is not None, f"{served} serves a paginated operation: name it list or list_*"
    for client_class in (Fivetran, AsyncFivetran):
        assert _resolved(_resources_of(client_class), twin) is not None, f"{client_class.__name__} has no {twin}"


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


_EXAMPLES_BY_SHAPE = {
    (key.split(" ", 1)[0], _shape(key.split(" ", 1)[1])): example for key, example in EXAMPLES.items()
}
_CASES = {case.call: case for case in CASES}


def _value(name: str, annotation: str) -> Any:
    if "PackageSource" in annotation:
        return make_zip()
    if annotation.startswith("bool"):
        return True
    if annotation.startswith("int"):
        return 1
    if "Sequence" in annotation or annotation.startswith("list"):
        return ["x"]
    if "Mapping" in annotation or annotation.startswith("dict"):
        return {"key": "value"}
    return f"{name}_1"


def _arguments(method: Callable[..., Any], served: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Valid arguments for ``method``: from the resource request table, or made up from its signature."""
    if served in _CASES:
        return _CASES[served].args, dict(_CASES[served].kwargs)
    args: list[Any] = []
    kwargs: dict[str, Any] = dict(ARGUMENTS.get(served, {}))
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.default is not inspect.Parameter.empty or name in kwargs:
            continue
        value = _value(name, str(parameter.annotation))
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[name] = value
        elif parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
    return tuple(args), kwargs


def _example_response(key: tuple[str, str]) -> httpx.Response:
    example = _EXAMPLES_BY_SHAPE[key[0], _shape(key[1])]
    return httpx.Response(example["status"], json=example["body"])


class _Answer:
    """Answers every request with the operation's example and records what was sent."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.sent: list[tuple[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.method, request.url.raw_path.decode("ascii").split("?")[0]))
        return httpx.Response(self.response.status_code, headers=self.response.headers, content=self.response.content)


def _check_sent(key: tuple[str, str], served: str, answer: _Answer, error: BaseException | None) -> None:
    method, template = key
    pattern = re.compile(re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(template)))
    assert answer.sent, f"{served} sent nothing (raised {error!r})"
    assert [(sent_method, lookup_operation(sent_method, path).path) for sent_method, path in answer.sent] == [key], (
        f"{served} sent {answer.sent}, the registry says {method} {template}"
    )
    assert all(pattern.fullmatch(path) for _, path in answer.sent)
    assert error is None, f"{served} sent the right request but could not read the spec's example: {error!r}"


@pytest.fixture
def client_for() -> Iterator[Callable[[_Answer], Fivetran]]:
    clients: list[Fivetran] = []

    def make(answer: _Answer) -> Fivetran:
        http_client = httpx.Client(transport=httpx.MockTransport(answer))
        client = Fivetran("key", "secret", retry=RetryPolicy(max_retries=0), http_client=http_client)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.mark.parametrize(("key", "served"), SERVED, ids=[served for _, served in SERVED])
def test_each_sync_method_sends_the_operation_its_row_names(
    key: tuple[str, str], served: str, client_for: Callable[[_Answer], Fivetran]
) -> None:
    answer = _Answer(_example_response(key))
    method = _resolved(client_for(answer), served)
    assert method is not None, f"Fivetran has no {served}"
    args, kwargs = _arguments(method, served)

    error: BaseException | None = None
    try:
        method(*args, **kwargs)
    except Exception as raised:  # reported by _check_sent, after what was sent
        error = raised

    _check_sent(key, served, answer, error)


@pytest.mark.anyio
@pytest.mark.parametrize(("key", "served"), SERVED, ids=[served for _, served in SERVED])
async def test_each_async_method_sends_the_operation_its_row_names(key: tuple[str, str], served: str) -> None:
    answer = _Answer(_example_response(key))
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with AsyncFivetran("key", "secret", retry=RetryPolicy(max_retries=0), http_client=http_client) as client:
        method = _resolved(client, served)
        assert method is not None, f"AsyncFivetran has no {served}"
        args, kwargs = _arguments(method, served)
        error: BaseException | None = None
        try:
            await method(*args, **kwargs)
        except Exception as raised:
            error = raised

    _check_sent(key, served, answer, error)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# ------------------------------------------------------------------------------------------- API reference


@pytest.mark.skipif(not IN_STEP, reason=_OUT_OF_STEP)
def test_the_committed_api_reference_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("api_reference", ROOT / "scripts" / "api_reference.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)

    committed = (ROOT / "docs" / "api-reference.md").read_text(encoding="utf-8")

    assert committed == script.render(), "docs/api-reference.md is out of date: run python scripts/api_reference.py"


@pytest.mark.skipif(not IN_STEP, reason=_OUT_OF_STEP)
def test_the_api_reference_lists_every_operation_once() -> None:
    reference = (ROOT / "docs" / "api-reference.md").read_text(encoding="utf-8")

    for method, path, _ in OPERATIONS:
        assert reference.count(f"| `{method} {path}` |") == 1, f"{method} {path}"
