"""The retry-safety table and the request-to-operation mapping stay true to the generated client."""

from __future__ import annotations

import importlib
import inspect

import httpx
import pytest
from fivetran_api._operations import OPERATIONS

from fivetran_ext._coverage import COVERAGE
from fivetran_ext._operations import BINARY_RESPONSES, RETRY_RULES, RetrySafety, lookup_operation

SPEC_OPERATIONS = {(method, path) for method, path, _ in OPERATIONS}


def test_every_retry_rule_names_a_real_post_or_patch_operation_and_says_why() -> None:
    for (method, path), rule in RETRY_RULES.items():
        if (method, path) not in SPEC_OPERATIONS and (method, path) in COVERAGE:
            continue  # left the spec: the registry test reports its row first; once that row goes, this does
        assert (method, path) in SPEC_OPERATIONS, f"{method} {path} is not in the spec any more: remove its rule"
        assert method in ("POST", "PATCH"), "GET/PUT/DELETE are idempotent by definition"
        assert rule.why.strip(), f"{method} {path} needs its one-line reason"


def test_binary_responses_are_exactly_the_operations_whose_parser_skips_json() -> None:
    binary = set()
    for method, path, module_name in OPERATIONS:
        module = importlib.import_module(module_name)
        if "response.json()" not in inspect.getsource(module._parse_response):
            binary.add((method, path))
    assert binary == set(BINARY_RESPONSES)


def test_resync_operations_are_never_retried() -> None:
    assert RETRY_RULES["POST", "/v1/connections/{connection_id}/resync"].safety is RetrySafety.NEVER
    assert RETRY_RULES["POST", "/v1/connections/{connection_id}/schemas/tables/resync"].safety is RetrySafety.NEVER


@pytest.mark.parametrize(
    ("method", "raw_path", "template"),
    [
        (
            "POST",
            "/v1/connections/c%2F1/schemas/tables/resync",
            "/v1/connections/{connection_id}/schemas/tables/resync",
        ),
        # A schema that happens to be called "tables" still maps to the schema operation.
        ("PATCH", "/v1/connections/c1/schemas/tables", "/v1/connections/{connection_id}/schemas/{schema_name}"),
        ("GET", "/v1/groups", "/v1/groups"),
        ("GET", "/v1/connections/c1", "/v1/connections/{connection_id}"),
    ],
)
def test_requests_map_back_to_their_operation(method: str, raw_path: str, template: str) -> None:
    assert lookup_operation(method, raw_path).path == template


def test_unknown_requests_get_the_methods_default_safety() -> None:
    post = lookup_operation("POST", "/v2/unknown")
    assert (post.module, post.safety, post.json_response) == ("", RetrySafety.AT_MOST_ONCE, False)
    assert lookup_operation("GET", "/nowhere").safety is RetrySafety.IDEMPOTENT


def test_sync_with_force_is_at_most_once() -> None:
    sync = lookup_operation("POST", "/v1/connections/c1/sync")
    forced = httpx.Request("POST", "https://x/v1/connections/c1/sync", json={"force": True})
    plain = httpx.Request("POST", "https://x/v1/connections/c1/sync", json={"force": False})
    empty = httpx.Request("POST", "https://x/v1/connections/c1/sync")
    assert sync.retry_safety(forced) is RetrySafety.AT_MOST_ONCE
    assert sync.retry_safety(plain) is RetrySafety.SAFE_TO_REPEAT
    assert sync.retry_safety(empty) is RetrySafety.SAFE_TO_REPEAT
