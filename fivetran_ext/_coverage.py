"""Where each operation of the spec is served: an ergonomic method, or deliberately only `client.generated`.

One row per (HTTP method, path template) of `fivetran_api._operations.OPERATIONS`. A test compares this
table with the operations the client was generated from: after a regeneration, an operation that is in
neither column fails the build until someone decides where it belongs, and a row whose operation left
the spec fails too. `docs/api-reference.md` is generated from this table (`scripts/api_reference.py`).

A method name is `"resource.method"` on `Fivetran` (the async client has the same names). List
operations name their `list` method; the matching `stream` method serves the same operation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["COVERAGE", "GeneratedOnly", "Served", "check_coverage", "missing_methods", "resolve", "stream_twin"]


@dataclass(frozen=True)
class GeneratedOnly:
    """An operation reachable only through `client.generated`, and why."""

    reason: str


Served = str | GeneratedOnly

COVERAGE: dict[tuple[str, str], Served] = {
    # Account and metadata
    ("GET", "/v1/account/info"): "account.info",
    ("GET", "/v1/metadata/connector-types"): "connector_types.list",
    ("GET", "/v1/metadata/connector-types/{service}"): "connector_types.get",
    ("GET", "/public/connector-types"): "connector_types.list_public",
    ("GET", "/v1/roles"): "roles.list",
    # Groups
    ("GET", "/v1/groups"): "groups.list",
    ("POST", "/v1/groups"): "groups.create",
    ("GET", "/v1/groups/{group_id}"): "groups.get",
    ("PATCH", "/v1/groups/{group_id}"): "groups.update",
    ("DELETE", "/v1/groups/{group_id}"): "groups.delete",
    ("GET", "/v1/groups/{group_id}/connections"): "groups.list_connections",
    ("GET", "/v1/groups/{group_id}/public-key"): "groups.get_public_key",
    ("GET", "/v1/groups/{group_id}/service-account"): "groups.get_service_account",
    ("GET", "/v1/groups/{group_id}/users"): "groups.list_users",
    ("POST", "/v1/groups/{group_id}/users"): "groups.add_user",
    ("DELETE", "/v1/groups/{group_id}/users/{user_id}"): "groups.remove_user",
    # Connections
    ("GET", "/v1/connections"): "connections.list",
    ("POST", "/v1/connections"): "connections.create",
    ("GET", "/v1/connections/{connection_id}"): "connections.get",
    ("PATCH", "/v1/connections/{connection_id}"): "connections.update",
    ("DELETE", "/v1/connections/{connection_id}"): "connections.delete",
    ("POST", "/v1/connections/{connection_id}/sync"): "connections.sync",
    ("POST", "/v1/connections/{connection_id}/resync"): "connections.resync",
    ("POST", "/v1/connections/{connection_id}/test"): "connections.run_setup_tests",
    ("POST", "/v1/connections/{connection_id}/connect-card"): "connections.connect_card",
    ("GET", "/v1/connections/{connection_id}/state"): "connections.get_state",
    ("PATCH", "/v1/connections/{connection_id}/state"): "connections.update_state",
    ("GET", "/v1/connections/{connection_id}/schemas"): "connections.get_schema_config",
    ("PATCH", "/v1/connections/{connection_id}/schemas"): "connections.update_schema_config",
    ("POST", "/v1/connections/{connection_id}/schemas"): "connections.create_schema_config",
    ("POST", "/v1/connections/{connection_id}/schemas/reload"): "connections.reload_schema_config",
    ("POST", "/v1/connections/{connection_id}/schemas/drop-columns"): "connections.drop_blocked_columns",
    ("POST", "/v1/connections/{connection_id}/schemas/tables/resync"): "connections.resync_tables",
    ("PATCH", "/v1/connections/{connection_id}/schemas/{schema_name}"): "connections.update_schema",
    ("PATCH", "/v1/connections/{connection_id}/schemas/{schema_name}/tables/{table_name}"): "connections.update_table",
    (
        "PATCH",
        "/v1/connections/{connection_id}/schemas/{schema_name}/tables/{table_name}/columns/{column_name}",
    ): "connections.update_column",
    (
        "DELETE",
        "/v1/connections/{connection_id}/schemas/{schema_name}/tables/{table_name}/columns/{column_name}",
    ): "connections.drop_blocked_column",
    ("GET", "/v1/connections/{connection_id}/schemas/{schema}/tables/{table}/columns"): "connections.get_table_columns",
    # Certificates and fingerprints (trust decisions for a connection's or destination's source)
    ("POST", "/v1/certificates"): "certificates.approve",
    ("GET", "/v1/connections/{connection_id}/certificates"): "certificates.list_for_connection",
    ("POST", "/v1/connections/{connection_id}/certificates"): "certificates.approve_for_connection",
    ("GET", "/v1/connections/{connection_id}/certificates/{hash_}"): "certificates.get_for_connection",
    ("DELETE", "/v1/connections/{connection_id}/certificates/{hash_}"): "certificates.revoke_for_connection",
    ("GET", "/v1/destinations/{destination_id}/certificates"): "certificates.list_for_destination",
    ("POST", "/v1/destinations/{destination_id}/certificates"): "certificates.approve_for_destination",
    ("GET", "/v1/destinations/{destination_id}/certificates/{hash_}"): "certificates.get_for_destination",
    ("DELETE", "/v1/destinations/{destination_id}/certificates/{hash_}"): "certificates.revoke_for_destination",
    ("GET", "/v1/connections/{connection_id}/fingerprints"): "fingerprints.list_for_connection",
    ("POST", "/v1/connections/{connection_id}/fingerprints"): "fingerprints.approve_for_connection",
    ("GET", "/v1/connections/{connection_id}/fingerprints/{hash_}"): "fingerprints.get_for_connection",
    ("DELETE", "/v1/connections/{connection_id}/fingerprints/{hash_}"): "fingerprints.revoke_for_connection",
    ("GET", "/v1/destinations/{destination_id}/fingerprints"): "fingerprints.list_for_destination",
    ("POST", "/v1/destinations/{destination_id}/fingerprints"): "fingerprints.approve_for_destination",
    ("GET", "/v1/destinations/{destination_id}/fingerprints/{hash_}"): "fingerprints.get_for_destination",
    ("DELETE", "/v1/destinations/{destination_id}/fingerprints/{hash_}"): "fingerprints.revoke_for_destination",
    # Destinations
    ("GET", "/v1/destinations"): "destinations.list",
    ("POST", "/v1/destinations"): "destinations.create",
    ("GET", "/v1/destinations/{destination_id}"): "destinations.get",
    ("PATCH", "/v1/destinations/{destination_id}"): "destinations.update",
    ("DELETE", "/v1/destinations/{destination_id}"): "destinations.delete",
    ("POST", "/v1/destinations/{destination_id}/test"): "destinations.test",
    # Webhooks
    ("GET", "/v1/webhooks"): "webhooks.list",
    ("POST", "/v1/webhooks/account"): "webhooks.create_account",
    ("POST", "/v1/webhooks/group/{group_id}"): "webhooks.create_group",
    ("GET", "/v1/webhooks/{webhook_id}"): "webhooks.get",
    ("PATCH", "/v1/webhooks/{webhook_id}"): "webhooks.update",
    ("DELETE", "/v1/webhooks/{webhook_id}"): "webhooks.delete",
    ("POST", "/v1/webhooks/{webhook_id}/test"): "webhooks.test",
    # Users
    ("GET", "/v1/users"): "users.list",
    ("POST", "/v1/users"): "users.create",
    ("GET", "/v1/users/{user_id}"): "users.get",
    ("PATCH", "/v1/users/{user_id}"): "users.update",
    ("DELETE", "/v1/users/{id}"): "users.delete",
    ("DELETE", "/v1/users/{user_id}/role"): "users.remove_account_role",
    ("GET", "/v1/users/{user_id}/connections"): "users.list_connection_memberships",
    ("POST", "/v1/users/{user_id}/connections"): "users.add_connection_membership",
    ("GET", "/v1/users/{user_id}/connections/{connection_id}"): "users.get_connection_membership",
    ("PATCH", "/v1/users/{user_id}/connections/{connection_id}"): "users.update_connection_membership",
    ("DELETE", "/v1/users/{user_id}/connections/{connection_id}"): "users.remove_connection_membership",
    ("GET", "/v1/users/{user_id}/groups"): "users.list_group_memberships",
    ("POST", "/v1/users/{user_id}/groups"): "users.add_group_membership",
    ("GET", "/v1/users/{user_id}/groups/{group_id}"): "users.get_group_membership",
    ("PATCH", "/v1/users/{user_id}/groups/{group_id}"): "users.update_group_membership",
    ("DELETE", "/v1/users/{user_id}/groups/{group_id}"): "users.remove_group_membership",
    # Teams
    ("GET", "/v1/teams"): "teams.list",
    ("POST", "/v1/teams"): "teams.create",
    ("GET", "/v1/teams/{team_id}"): "teams.get",
    ("PATCH", "/v1/teams/{team_id}"): "teams.update",
    ("DELETE", "/v1/teams/{team_id}"): "teams.delete",
    ("DELETE", "/v1/teams/{team_id}/role"): "teams.remove_account_role",
    ("GET", "/v1/teams/{team_id}/users"): "teams.list_users",
    ("POST", "/v1/teams/{team_id}/users"): "teams.add_user",
    ("GET", "/v1/teams/{team_id}/users/{user_id}"): "teams.get_user",
    ("PATCH", "/v1/teams/{team_id}/users/{user_id}"): "teams.update_user",
    ("DELETE", "/v1/teams/{team_id}/users/{user_id}"): "teams.remove_user",
    ("GET", "/v1/teams/{team_id}/connections"): "teams.list_connection_memberships",
    ("POST", "/v1/teams/{team_id}/connections"): "teams.add_connection_membership",
    ("GET", "/v1/teams/{team_id}/connections/{connection_id}"): "teams.get_connection_membership",
    ("PATCH", "/v1/teams/{team_id}/connections/{connection_id}"): "teams.update_connection_membership",
    ("DELETE", "/v1/teams/{team_id}/connections/{connection_id}"): "teams.remove_connection_membership",
    ("GET", "/v1/teams/{team_id}/groups"): "teams.list_group_memberships",
    ("POST", "/v1/teams/{team_id}/groups"): "teams.add_group_membership",
    ("GET", "/v1/teams/{team_id}/groups/{group_id}"): "teams.get_group_membership",
    ("PATCH", "/v1/teams/{team_id}/groups/{group_id}"): "teams.update_group_membership",
    ("DELETE", "/v1/teams/{team_id}/groups/{group_id}"): "teams.remove_group_membership",
    # Transformations (dbt Core and Quickstart)
    ("GET", "/v1/transformations"): "transformations.list",
    ("POST", "/v1/transformations"): "transformations.create",
    ("GET", "/v1/transformations/{transformation_id}"): "transformations.get",
    ("PATCH", "/v1/transformations/{transformation_id}"): "transformations.update",
    ("DELETE", "/v1/transformations/{transformation_id}"): "transformations.delete",
    ("POST", "/v1/transformations/{transformation_id}/run"): "transformations.run",
    ("POST", "/v1/transformations/{transformation_id}/cancel"): "transformations.cancel",
    ("POST", "/v1/transformations/{transformation_id}/upgrade"): "transformations.upgrade_package",
    ("GET", "/v1/transformations/package-metadata"): "transformations.list_package_metadata",
    ("GET", "/v1/transformations/package-metadata/{package_definition_id}"): "transformations.get_package_metadata",
    ("GET", "/v1/transformation-projects"): "transformation_projects.list",
    ("POST", "/v1/transformation-projects"): "transformation_projects.create",
    ("GET", "/v1/transformation-projects/{project_id}"): "transformation_projects.get",
    ("PATCH", "/v1/transformation-projects/{project_id}"): "transformation_projects.update",
    ("DELETE", "/v1/transformation-projects/{project_id}"): "transformation_projects.delete",
    ("POST", "/v1/transformation-projects/{project_id}/test"): "transformation_projects.test",
    # External logging (log services)
    ("GET", "/v1/external-logging"): "log_services.list",
    ("POST", "/v1/external-logging"): "log_services.create",
    ("GET", "/v1/external-logging/{log_id}"): "log_services.get",
    ("PATCH", "/v1/external-logging/{log_id}"): "log_services.update",
    ("DELETE", "/v1/external-logging/{log_id}"): "log_services.delete",
    ("POST", "/v1/external-logging/{log_id}/test"): "log_services.test",
    ("GET", "/v1/external-logging/account"): "log_services.get_account",
    ("POST", "/v1/external-logging/account"): "log_services.create_account",
    ("PATCH", "/v1/external-logging/account"): "log_services.update_account",
    ("DELETE", "/v1/external-logging/account"): "log_services.delete_account",
    ("POST", "/v1/external-logging/account/test"): "log_services.test_account",
    # Networking and infrastructure
    ("GET", "/v1/hybrid-deployment-agents"): "hybrid_deployment_agents.list",
    ("POST", "/v1/hybrid-deployment-agents"): "hybrid_deployment_agents.create",
    ("GET", "/v1/hybrid-deployment-agents/{agent_id}"): "hybrid_deployment_agents.get",
    ("DELETE", "/v1/hybrid-deployment-agents/{agent_id}"): "hybrid_deployment_agents.delete",
    ("PATCH", "/v1/hybrid-deployment-agents/{agent_id}/re-auth"): "hybrid_deployment_agents.re_auth",
    ("POST", "/v1/hybrid-deployment-agents/{agent_id}/reset-credentials"): "hybrid_deployment_agents.reset_credentials",
    ("GET", "/v1/private-links"): "private_links.list",
    ("POST", "/v1/private-links"): "private_links.create",
    ("GET", "/v1/private-links/{private_link_id}"): "private_links.get",
    ("PATCH", "/v1/private-links/{private_link_id}"): "private_links.update",
    ("DELETE", "/v1/private-links/{private_link_id}"): "private_links.delete",
    ("GET", "/v1/proxy"): "proxy_agents.list",
    ("POST", "/v1/proxy"): "proxy_agents.create",
    ("GET", "/v1/proxy/{agent_id}"): "proxy_agents.get",
    ("DELETE", "/v1/proxy/{agent_id}"): "proxy_agents.delete",
    ("GET", "/v1/proxy/{agent_id}/connections"): "proxy_agents.list_connections",
    ("POST", "/v1/proxy/{agent_id}/regenerate-secrets"): "proxy_agents.regenerate_secrets",
    ("GET", "/v1/system-keys"): "system_keys.list",
    ("POST", "/v1/system-keys"): "system_keys.create",
    ("GET", "/v1/system-keys/{key_id}"): "system_keys.get",
    ("PATCH", "/v1/system-keys/{key_id}"): "system_keys.update",
    ("DELETE", "/v1/system-keys/{key_id}"): "system_keys.delete",
    ("POST", "/v1/system-keys/{key_id}/rotate"): "system_keys.rotate",
    ("GET", "/v1/external-secrets-managers"): "external_secrets_managers.list",
    ("POST", "/v1/external-secrets-managers"): "external_secrets_managers.create",
    ("GET", "/v1/external-secrets-managers/{esm_id}"): "external_secrets_managers.get",
    ("PATCH", "/v1/external-secrets-managers/{esm_id}"): "external_secrets_managers.update",
    ("DELETE", "/v1/external-secrets-managers/{esm_id}"): "external_secrets_managers.delete",
    ("GET", "/v1/external-secrets-managers/{esm_id}/entities"): "external_secrets_managers.list_entities",
    ("GET", "/v1/external-secrets-managers-entities"): "external_secrets_managers.list_all_entities",
    # Connector SDK packages
    ("GET", "/v1/connector-sdk/packages"): "connector_sdk_packages.list",
    ("POST", "/v1/connector-sdk/packages"): "connector_sdk_packages.upload",
    ("GET", "/v1/connector-sdk/packages/{package_id}"): "connector_sdk_packages.get",
    ("PATCH", "/v1/connector-sdk/packages/{package_id}"): "connector_sdk_packages.replace",
    ("DELETE", "/v1/connector-sdk/packages/{package_id}"): "connector_sdk_packages.delete",
    ("GET", "/v1/connector-sdk/packages/{package_id}/download"): "connector_sdk_packages.download",
    # Deliberately generated-only
    ("POST", "/v1/hvr/register-hub"): GeneratedOnly(
        "one-off bootstrap of an HVR hub, run from HVR's own tooling; no workflow around it to make easier"
    ),
}


def check_coverage(
    operations: Iterable[tuple[str, str, str]], coverage: Mapping[tuple[str, str], Served] = COVERAGE
) -> list[str]:
    """Every disagreement between the registry and the spec's operations, one line each; empty when in sync.

    Args:
        operations: ``(HTTP method, path template, generated module)`` rows, normally
            `fivetran_api._operations.OPERATIONS` (what the client was generated from).
        coverage: The registry to check.

    Example:
        >>> from fivetran_api._operations import OPERATIONS
        >>> check_coverage(OPERATIONS)
        []
    """
    modules = {(method, path): module for method, path, module in operations}
    problems = [
        f"{method} {path}: in the spec but not in the registry; add its row to fivetran_ext/_coverage.py, "
        f"naming a method {_home(path, coverage)} that calls {modules[method, path]} "
        "(or mark it GeneratedOnly with the reason)"
        for method, path in sorted(modules.keys() - coverage.keys())
    ]
    problems += [
        f"{method} {path}: in the registry but not in the spec; remove its row from fivetran_ext/_coverage.py"
        + _removal(coverage[method, path])
        for method, path in sorted(coverage.keys() - modules.keys())
    ]
    served_by: dict[str, list[str]] = {}
    for (method, path), served in sorted(coverage.items()):
        if isinstance(served, GeneratedOnly):
            if not served.reason.strip():
                problems.append(f"{method} {path}: GeneratedOnly needs a reason")
            continue
        resource, _, name = served.partition(".")
        if not (resource.isidentifier() and name.isidentifier()):
            problems.append(f"{method} {path}: {served!r} is not a 'resource.method' name")
        served_by.setdefault(served, []).append(f"{method} {path}")
    problems += [
        f"{served}: named by {len(rows)} operations ({'; '.join(rows)}); one method serves one operation"
        for served, rows in served_by.items()
        if len(rows) > 1
    ]
    return problems


_SOURCE = "fivetran_ext/_resources/{resource}.py"


def _home(path: str, coverage: Mapping[tuple[str, str], Served]) -> str:
    """Where a new operation's method most likely belongs: the resource of the rows sharing most of its path."""
    segments = path.strip("/").split("/")
    best, resource = 0, None
    for (_, row_path), served in coverage.items():
        if not isinstance(served, str):
            continue
        shared = 0
        for mine, theirs in zip(segments, row_path.strip("/").split("/"), strict=False):
            if mine != theirs:
                break
            shared += 1
        if shared > best:
            best, resource = shared, served.partition(".")[0]
    if resource is None or best < 2:  # only "v1" in common: no resource to suggest
        return "in a resource of fivetran_ext/_resources/"
    return f"in {_SOURCE.format(resource=resource)} (both twins)"


def _removal(served: Served) -> str:
    if isinstance(served, GeneratedOnly):
        return ""
    resource, _, method = served.partition(".")
    return f" and the method {method} (sync and async twins) from {_SOURCE.format(resource=resource)}"


def resolve(client: object, name: str) -> Callable[..., Any] | None:
    """The bound method ``name`` (``"resource.method"``) of ``client``, or None when it has none."""
    resource_name, _, method_name = name.partition(".")
    method = getattr(getattr(client, resource_name, None), method_name, None)
    return method if callable(method) else None


def stream_twin(name: str) -> str | None:
    """The streaming twin of a list method: ``users.list`` -> ``users.stream``, ``x.list_y`` -> ``x.stream_y``."""
    resource, _, method = name.partition(".")
    if method == "list" or method.startswith("list_"):
        return f"{resource}.stream{method[len('list') :]}"
    return None


def missing_methods(client: object, coverage: Mapping[tuple[str, str], Served] = COVERAGE) -> list[str]:
    """The registry's method names that ``client`` (a `Fivetran` or `AsyncFivetran`) lacks, one line each."""
    return [
        f"{method} {path}: {type(client).__name__} has no method {served}"
        for (method, path), served in sorted(coverage.items())
        if isinstance(served, str) and resolve(client, served) is None
    ]
