"""What the client knows about each operation of the spec: retry safety and response kind.

A request is mapped back to its spec operation (method + path template) so the retry transport can decide
whether re-sending a POST/PATCH is safe. GET, HEAD, OPTIONS, PUT and DELETE are idempotent by HTTP's
definition and need no entry. POST/PATCH default to `RetrySafety.AT_MOST_ONCE`; `RETRY_RULES` lists
the exceptions, each with the one-line reason a reviewer needs. A test checks every rule names a real
operation, so a regenerated spec that renames one fails loudly.
"""

from __future__ import annotations

import enum
import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import httpx

__all__ = [
    "BINARY_RESPONSES",
    "RETRY_RULES",
    "Operation",
    "RetryRule",
    "RetrySafety",
    "lookup_operation",
    "operation_for_module",
]


class RetrySafety(enum.Enum):
    """How freely a request may be sent again."""

    IDEMPOTENT = "idempotent"
    """Repeating it has no extra effect: retried on any connection failure, timeout or 408/429/5xx."""
    SAFE_TO_REPEAT = "safe_to_repeat"
    """A POST/PATCH whose repetition is harmless: also retried on 502/503/504, never on 500 or timeouts."""
    AT_MOST_ONCE = "at_most_once"
    """Retried only when it provably never reached the API (connect/pool failure) or was refused with 429."""
    NEVER = "never"
    """Never sent twice, for any reason."""


@dataclass(frozen=True, slots=True)
class RetryRule:
    """A table entry: the safety of one POST/PATCH operation and why."""

    safety: RetrySafety
    why: str
    unless_body_flag: str | None = None
    """A JSON body flag that, when true, makes the call `AT_MOST_ONCE` (e.g. ``force`` on sync)."""


_PATCH_WHY = "PATCH sets the given fields to absolute values: the same body twice leaves the same state"
_TEST_WHY = "setup tests only check and report; running them twice changes nothing"
_SAFE = RetrySafety.SAFE_TO_REPEAT

RETRY_RULES: Mapping[tuple[str, str], RetryRule] = MappingProxyType(
    {
        # Destructive and answered with 409 while running: a duplicate could restart a historical sync.
        ("POST", "/v1/connections/{connection_id}/resync"): RetryRule(
            RetrySafety.NEVER, "historical resync is destructive; a duplicate could restart it"
        ),
        ("POST", "/v1/connections/{connection_id}/schemas/tables/resync"): RetryRule(
            RetrySafety.NEVER, "table resync is destructive; a duplicate could restart it"
        ),
        ("POST", "/v1/connections/{connection_id}/sync"): RetryRule(
            _SAFE,
            "without force, a sync request while one runs is a no-op; force=true restarts the sync",
            unless_body_flag="force",
        ),
        ("POST", "/v1/connections/{connection_id}/test"): RetryRule(_SAFE, _TEST_WHY),
        ("POST", "/v1/destinations/{destination_id}/test"): RetryRule(_SAFE, _TEST_WHY),
        ("POST", "/v1/external-logging/account/test"): RetryRule(_SAFE, _TEST_WHY),
        ("POST", "/v1/external-logging/{log_id}/test"): RetryRule(_SAFE, _TEST_WHY),
        ("POST", "/v1/transformation-projects/{project_id}/test"): RetryRule(_SAFE, _TEST_WHY),
        ("POST", "/v1/webhooks/{webhook_id}/test"): RetryRule(_SAFE, "a duplicate test delivery is harmless"),
        ("POST", "/v1/connections/{connection_id}/schemas/reload"): RetryRule(
            _SAFE, "re-reading the source schema twice yields the same schema config"
        ),
        ("POST", "/v1/transformations/{transformation_id}/cancel"): RetryRule(
            _SAFE, "cancelling a run that is already cancelled is a no-op"
        ),
        ("PATCH", "/v1/connections/{connection_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/connections/{connection_id}/schemas"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/connections/{connection_id}/schemas/{schema_name}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/connections/{connection_id}/schemas/{schema_name}/tables/{table_name}"): RetryRule(
            _SAFE, _PATCH_WHY
        ),
        (
            "PATCH",
            "/v1/connections/{connection_id}/schemas/{schema_name}/tables/{table_name}/columns/{column_name}",
        ): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/connections/{connection_id}/state"): RetryRule(_SAFE, "replaces the state with the body"),
        ("PATCH", "/v1/destinations/{destination_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/groups/{group_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/webhooks/{webhook_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/users/{user_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/teams/{team_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/private-links/{private_link_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/transformations/{transformation_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/transformation-projects/{project_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/external-logging/{log_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/external-logging/account"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/system-keys/{key_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/external-secrets-managers/{esm_id}"): RetryRule(_SAFE, _PATCH_WHY),
        # Role memberships: the body names the role to hold, not a change to apply.
        ("PATCH", "/v1/users/{user_id}/connections/{connection_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/users/{user_id}/groups/{group_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/teams/{team_id}/connections/{connection_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/teams/{team_id}/groups/{group_id}"): RetryRule(_SAFE, _PATCH_WHY),
        ("PATCH", "/v1/teams/{team_id}/users/{user_id}"): RetryRule(_SAFE, _PATCH_WHY),
        # Deliberately absent (so AT_MOST_ONCE): re-auth/rotate/regenerate endpoints issue new credentials on
        # every call, and creates would create twice.
    }
)

# Operations whose 2xx body is not a JSON envelope (declared JSON in the spec, a ZIP in reality).
BINARY_RESPONSES: frozenset[tuple[str, str]] = frozenset({("GET", "/v1/connector-sdk/packages/{package_id}/download")})


@dataclass(frozen=True, slots=True)
class Operation:
    """One spec operation (or an unknown request) as the transport sees it."""

    method: str
    path: str
    module: str
    safety: RetrySafety
    json_response: bool
    unless_body_flag: str | None = field(default=None)

    def retry_safety(self, request: httpx.Request) -> RetrySafety:
        """The safety of this particular request (a body flag may lower it, e.g. sync with force)."""
        if self.unless_body_flag is not None and _body_flag(request, self.unless_body_flag):
            return RetrySafety.AT_MOST_ONCE
        return self.safety


def _body_flag(request: httpx.Request, flag: str) -> bool:
    try:
        body = json.loads(request.content or b"{}")
    except ValueError:
        return True  # an unreadable body is treated as setting the flag: the cautious reading
    return isinstance(body, dict) and bool(body.get(flag))


def _default_safety(method: str) -> RetrySafety:
    return RetrySafety.AT_MOST_ONCE if method in ("POST", "PATCH") else RetrySafety.IDEMPOTENT


class _Node:
    __slots__ = ("literal", "operations", "param")

    def __init__(self) -> None:
        self.literal: dict[str, _Node] = {}
        self.param: _Node | None = None
        self.operations: dict[str, Operation] = {}


class _Table:
    """Path-template trie over every spec operation: a lookup costs one dict step per path segment."""

    def __init__(self, operations: tuple[tuple[str, str, str], ...]) -> None:
        self.root = _Node()
        self.by_module: dict[str, Operation] = {}
        for method, path, module in operations:
            rule = RETRY_RULES.get((method, path))
            operation = Operation(
                method=method,
                path=path,
                module=module,
                safety=rule.safety if rule else _default_safety(method),
                json_response=(method, path) not in BINARY_RESPONSES,
                unless_body_flag=rule.unless_body_flag if rule else None,
            )
            node = self.root
            for segment in path.split("/")[1:]:
                if segment.startswith("{"):
                    node.param = node.param or _Node()
                    node = node.param
                else:
                    node = node.literal.setdefault(segment, _Node())
            node.operations[method] = operation
            self.by_module[module] = operation

    def find(self, method: str, segments: list[str]) -> Operation | None:
        return _find(self.root, method, segments, 0)


def _find(node: _Node, method: str, segments: list[str], index: int) -> Operation | None:
    if index == len(segments):
        return node.operations.get(method)
    segment = segments[index]
    # Literal segments win over parameters ("/schemas/tables/resync" vs "/schemas/{schema_name}"), with
    # backtracking for a schema that happens to be named "tables".
    child = node.literal.get(segment)
    if child is not None:
        found = _find(child, method, segments, index + 1)
        if found is not None:
            return found
    if node.param is not None and segment:
        return _find(node.param, method, segments, index + 1)
    return None


_table: _Table | None = None


def _get_table() -> _Table:
    global _table
    if _table is None:
        from fivetran_api._operations import OPERATIONS

        _table = _Table(OPERATIONS)
    return _table


# Most programs hit a handful of paths over and over (polling one connection, paging one list).
@functools.lru_cache(maxsize=1024)
def lookup_operation(method: str, raw_path: str) -> Operation:
    """Map a request (method, percent-encoded path below the base URL) to its spec operation.

    Requests outside the spec get a stand-in with the method's default safety and no JSON validation.
    """
    found = _get_table().find(method, raw_path.split("/")[1:])
    if found is not None:
        return found
    return Operation(method, raw_path, "", _default_safety(method), json_response=False)


def operation_for_module(module: str) -> Operation:
    """The operation implemented by a generated module, e.g. ``fivetran_api.api.group_management.group_details``."""
    return _get_table().by_module[module]
