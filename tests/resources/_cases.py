"""Every method of the resources beyond groups/connections/destinations/webhooks, as one table.

Each `Case` is a call (``"users.create"`` with its arguments), the exact request it must send (method,
raw percent-encoded path, query, JSON body) and the response data to answer with. The tests run the
table against the sync and the async client; a result must be the served data read back as the model
(``to_dict()`` round-trips), a `Page` of them, None, or the bytes served.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fivetran_ext import (
    AccountInfo,
    Certificate,
    ConnectorSdkPackage,
    ConnectorType,
    ConnectorTypeDetails,
    ExternalSecretsManager,
    ExternalSecretsManagerEntity,
    Fingerprint,
    HybridDeploymentAgent,
    HybridDeploymentAgentCredentials,
    LogService,
    LogServiceDetails,
    LogServiceSetupTests,
    Membership,
    Page,
    PrivateLink,
    ProxyAgent,
    ProxyAgentConnection,
    ProxyAgentDetails,
    ProxyAgentSecrets,
    Role,
    SystemKey,
    Team,
    TeamMembership,
    Transformation,
    TransformationPackage,
    TransformationProject,
    TransformationProjectDetails,
    User,
)


def make_zip(files: Mapping[str, bytes] | None = None) -> bytes:
    """A real ZIP archive (deflated), by default a tiny Connector SDK project."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in (files or {"connector.py": b"def update(configuration, state):\n    yield\n"}).items():
            archive.writestr(name, content)
    return buffer.getvalue()


PACKAGE_ZIP = make_zip()
MULTIPART = object()
"""Marker for ``Case.body``: the request is ``multipart/form-data`` carrying `PACKAGE_ZIP` as ``file``."""


@dataclass(frozen=True)
class Case:
    """One resource method call, what it must send, what it is answered, and what it must return."""

    call: str
    request: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    query: Mapping[str, str] = field(default_factory=dict)
    body: Any = None
    data: Any = None
    returns: Any = None
    """The model of the result (its ``to_dict()`` must equal ``data``), `Page` (then ``item`` is the item model),
    `bytes`, `list` (of ``item``), or None for methods returning nothing."""
    item: type | None = None
    raw: bytes | None = None
    """A non-JSON response body (the ZIP download)."""

    @property
    def resource(self) -> str:
        return self.call.split(".")[0]

    @property
    def method(self) -> str:
        return self.request.split(" ", 1)[0]

    @property
    def path(self) -> str:
        return self.request.split(" ", 1)[1]

    @property
    def id(self) -> str:
        return self.call


def page(item: Mapping[str, Any], next_cursor: str | None = "cursor_2") -> dict[str, Any]:
    """A page of one item."""
    return {"items": [dict(item)], "next_cursor": next_cursor}


def listing(call: str, request: str, model: type, item: Mapping[str, Any], *args: Any, **kwargs: Any) -> Case:
    """A list method called with ``limit=2, cursor="cursor_1"`` (plus ``kwargs`` filters)."""
    query = {"limit": "2", "cursor": "cursor_1", **kwargs.pop("query", {})}
    return Case(
        call,
        request,
        args=args,
        kwargs={"limit": 2, "cursor": "cursor_1", **kwargs},
        query=query,
        data=page(item),
        returns=Page,
        item=model,
    )


# Response data, one per model, with the fields the API always sends; to_dict() gives each back exactly.
USER = {
    "id": "ada_lovelace",
    "created_at": "2024-01-02T03:04:05.123456Z",
    "email": "ada@example.com",
    "given_name": "Ada",
    "family_name": "Lovelace",
    "role": "Account Reviewer",
    "active": True,
    "verified": False,
    "brand_new_field": {"kept": True},
}
MEMBERSHIP = {"id": "decent_dropsy", "role": "Connector Administrator"}
TEAM = {"id": "finance", "name": "Finance", "description": "Money people", "role": "Account Analyst"}
TEAM_MEMBERSHIP = {"user_id": "ada_lovelace", "role": "Team Member"}
ROLE = {"name": "Account Reviewer", "description": "Reads everything", "scope": ["ACCOUNT"], "is_custom": False}
TRANSFORMATION = {
    "id": "tr_1",
    "created_at": "2024-01-02T03:04:05Z",
    "status": "SUCCEEDED",
    "type": "DBT_CORE",
    "paused": False,
    "schedule": {"schedule_type": "INTERVAL", "interval": 60},
    "transformation_config": {
        "project_id": "proj_1",
        "name": "daily",
        "steps": [{"name": "run", "command": "dbt run"}],
    },
    "output_model_names": ["orders"],
}
PACKAGE_METADATA = {
    "id": "fivetran_log_pkg",
    "name": "fivetran_log",
    "version": "1.9.0",
    "connector_types": ["fivetran_log"],
    "output_model_names": ["fivetran_platform__audit_table"],
    "configurable_variables": {"fivetran_platform_schema": "fivetran_log"},
}
PROJECT = {"id": "proj_1", "type": "DBT_GIT", "created_by_id": "ada_lovelace", "group_id": "projected_sickle"}
PROJECT_DETAILS = {
    "id": "proj_1",
    "type": "DBT_CORE",
    "status": "READY",
    "errors": [],
    "group_id": "projected_sickle",
    "setup_tests": [{"title": "Git access", "status": "PASSED", "message": "ok"}],
    "project_config": {"dbt_version": "1.8.0", "git_remote_url": "git@github.com:acme/dbt.git"},
}
CERTIFICATE = {
    "id": "cert_1",
    "name": "CN=db.internal",
    "hash": "jhg5UI7fgrI6yy",
    "type": "TLS",
    "sha1": "c8de1d13",
    "sha256": "5vt6rt6j",
    "public_key": "Sun RSA public key, 2048 bits",
    "validated_by": "ada_lovelace",
}
FINGERPRINT = {"id": "fp_1", "hash": "eUtPirI6yy", "public_key": "ssh-rsa AAAAB3Nza", "validated_by": "ada_lovelace"}
LOG = {"id": "log_1", "service": "datadog_log", "enabled": True}
LOG_DETAILS = {
    "id": "log_1",
    "service": "datadog_log",
    "enabled": True,
    "config": {"api_key": "******", "region": "US"},
}
SETUP_TESTS = {"setup_tests": [{"title": "Connecting to Datadog", "status": "PASSED", "message": ""}]}
AGENT = {
    "id": "agent_1",
    "registered_at": "2024-01-02",
    "display_name": "on-prem-1",
    "group_id": "projected_sickle",
    "deployment_type": "DOCKER",
    "enabled": True,
    "online": True,
    "usage": [{"connection_id": "decent_dropsy", "schema": "public", "service": "postgres"}],
}
AGENT_CREDENTIALS = {
    "id": "agent_1",
    "group_id": "projected_sickle",
    "registered_at": "2024-01-02T03:04:05Z",
    "display_name": "on-prem-1",
    "token": "token_value",
    "files": {"config_json": "e30=", "auth_json": "e30=", "docker_compose_yaml": "eQ=="},
}
PRIVATE_LINK = {
    "id": "pl_1",
    "created_at": "2024-01-02T03:04:05+00:00",
    "name": "warehouse",
    "region": "AWS_US_EAST_1",
    "service": "SNOWFLAKE_AWS",
    "state": "PENDING",
    "config": {"privatelink_account_url": "acme.privatelink.snowflakecomputing.com"},
}
PROXY = {
    "id": "proxy_1",
    "display_name": "dc-east",
    "region": "AWS_US_EAST_1",
    "status": "CONNECTED",
    "connector_count": 2,
}
PROXY_DETAILS = {
    "id": "proxy_1",
    "display_name": "dc-east",
    "usage": [{"id": "decent_dropsy", "schema": "s", "service": "pg"}],
}
PROXY_SECRETS = {
    "agent_id": "proxy_1",
    "auth_token": "auth_token",
    "client_cert": "client_cert",
    "client_private_key": "client_private_key",
    "orchestrator_host": "orchestrator.fivetran.com",
    "orchestrator_port": 443,
}
PROXY_CONNECTION = {"connection_id": "decent_dropsy"}
SYSTEM_KEY = {
    "id": "key_1",
    "name": "ci",
    "key": "ft_abc",
    "secret": "s3cr3t",
    "permissions": [{"resource_type": "CONNECTOR", "access_level": "MANAGE"}],
}
ESM = {
    "id": "esm_1",
    "type": "AWS_SECRET_MANAGER",
    "name": "prod-secrets",
    "config": {"region": "us-east-1"},
    "is_hybrid_deployment": False,
}
ESM_ENTITY = {"id": "decent_dropsy", "name": "pg", "enabled": True, "type": "SOURCE", "secret_manager_id": "esm_1"}
SDK_PACKAGE = {
    "id": "pkg_1",
    "connection_id": "decent_dropsy",
    "created_by": "ada_lovelace",
    "file_sha256_hash": "ab12",
}
ACCOUNT = {"account_id": "acme", "account_name": "Acme", "user_id": "ada_lovelace", "system_key_id": "key_1"}
CONNECTOR_TYPE = {
    "id": "google_ads",
    "name": "Google Ads",
    "type": "Marketing",
    "icons": ["google-ads.png"],
    "supported_features": [{"id": "API_CONFIGURABLE", "notes": "yes"}],
}
CONNECTOR_TYPE_DETAILS = {
    **CONNECTOR_TYPE,
    "config": {"properties": {"customer_id": {"type": "string"}}},
    "auth": {"properties": {"refresh_token": {"type": "string"}}},
}

CASES: list[Case] = [
    # account and metadata
    Case("account.info", "GET /v1/account/info", data=ACCOUNT, returns=AccountInfo),
    listing("connector_types.list", "GET /v1/metadata/connector-types", ConnectorType, CONNECTOR_TYPE),
    Case(
        "connector_types.get",
        "GET /v1/metadata/connector-types/google_ads",
        args=("google_ads",),
        data=CONNECTOR_TYPE_DETAILS,
        returns=ConnectorTypeDetails,
    ),
    Case(
        "connector_types.list_public",
        "GET /public/connector-types",
        data=[CONNECTOR_TYPE_DETAILS],
        returns=list,
        item=ConnectorTypeDetails,
    ),
    listing("roles.list", "GET /v1/roles", Role, ROLE),
    # users
    listing("users.list", "GET /v1/users", User, USER, active=False, query={"active": "false"}),
    Case(
        "users.create",
        "POST /v1/users",
        kwargs={"email": "ada@example.com", "given_name": "Ada", "family_name": "Lovelace", "role": "Account Reviewer"},
        body={"email": "ada@example.com", "given_name": "Ada", "family_name": "Lovelace", "role": "Account Reviewer"},
        data=USER,
        returns=User,
    ),
    Case("users.get", "GET /v1/users/ada%2Flovelace", args=("ada/lovelace",), data=USER, returns=User),
    Case(
        "users.update",
        "PATCH /v1/users/ada_lovelace",
        args=("ada_lovelace",),
        kwargs={"phone": "+44 20 7946 0000", "picture": "https://example.com/ada.png", "extra": {"locale": "en_GB"}},
        body={"phone": "+44 20 7946 0000", "picture": "https://example.com/ada.png", "locale": "en_GB"},
        data=USER,
        returns=User,
    ),
    Case("users.delete", "DELETE /v1/users/ada%2Elovelace", args=("ada.lovelace",)),
    Case("users.remove_account_role", "DELETE /v1/users/ada_lovelace/role", args=("ada_lovelace",)),
    listing(
        "users.list_connection_memberships",
        "GET /v1/users/ada_lovelace/connections",
        Membership,
        MEMBERSHIP,
        "ada_lovelace",
    ),
    Case(
        "users.add_connection_membership",
        "POST /v1/users/ada_lovelace/connections",
        args=("ada_lovelace", "decent_dropsy"),
        kwargs={"role": "Connector Administrator"},
        body={"id": "decent_dropsy", "role": "Connector Administrator"},
        data=MEMBERSHIP,
        returns=Membership,
    ),
    Case(
        "users.get_connection_membership",
        "GET /v1/users/ada_lovelace/connections/decent%20dropsy",
        args=("ada_lovelace", "decent dropsy"),
        data=MEMBERSHIP,
        returns=Membership,
    ),
    Case(
        "users.update_connection_membership",
        "PATCH /v1/users/ada_lovelace/connections/decent_dropsy",
        args=("ada_lovelace", "decent_dropsy"),
        kwargs={"role": "Connector Reviewer"},
        body={"role": "Connector Reviewer"},
        data=MEMBERSHIP,
        returns=Membership,
    ),
    Case(
        "users.remove_connection_membership",
        "DELETE /v1/users/ada_lovelace/connections/decent_dropsy",
        args=("ada_lovelace", "decent_dropsy"),
    ),
    listing(
        "users.list_group_memberships", "GET /v1/users/ada_lovelace/groups", Membership, MEMBERSHIP, "ada_lovelace"
    ),
    Case(
        "users.add_group_membership",
        "POST /v1/users/ada_lovelace/groups",
        args=("ada_lovelace", "projected_sickle"),
        kwargs={"role": "Destination Reviewer"},
        body={"id": "projected_sickle", "role": "Destination Reviewer"},
        data=MEMBERSHIP,
        returns=Membership,
    ),
    Case(
        "users.get_group_membership",
        "GET /v1/users/ada_lovelace/groups/projected_sickle",
        args=("ada_lovelace", "projected_sickle"),
        data=MEMBERSHIP,
        returns=Membership,
    ),
    Case(
        "users.update_group_membership",
        "PATCH /v1/users/ada_lovelace/groups/projected_sickle",
        args=("ada_lovelace", "projected_sickle"),
        kwargs={"role": "Destination Administrator"},
        body={"role": "Destination Administrator"},
        data=MEMBERSHIP,
        returns=Membership,
    ),
    Case(
        "users.remove_group_membership",
        "DELETE /v1/users/ada_lovelace/groups/projected_sickle",
        args=("ada_lovelace", "projected_sickle"),
    ),
    # teams
    listing("teams.list", "GET /v1/teams", Team, TEAM),
    Case(
        "teams.create",
        "POST /v1/teams",
        kwargs={"name": "Finance", "role": "Account Analyst", "description": "Money people"},
        body={"name": "Finance", "role": "Account Analyst", "description": "Money people"},
        data=TEAM,
        returns=Team,
    ),
    Case("teams.get", "GET /v1/teams/finance", args=("finance",), data=TEAM, returns=Team),
    Case(
        "teams.update",
        "PATCH /v1/teams/finance",
        args=("finance",),
        kwargs={"description": "Money people"},
        body={"description": "Money people"},
        data=TEAM,
        returns=Team,
    ),
    Case("teams.delete", "DELETE /v1/teams/finance", args=("finance",)),
    Case("teams.remove_account_role", "DELETE /v1/teams/finance/role", args=("finance",)),
    listing(
        "teams.list_users",
        "GET /v1/teams/finance/users",
        TeamMembership,
        TEAM_MEMBERSHIP,
        "finance",
        active=True,
        query={"active": "true"},
    ),
    Case(
        "teams.add_user",
        "POST /v1/teams/finance/users",
        args=("finance", "ada_lovelace"),
        kwargs={"role": "Team Member"},
        body={"user_id": "ada_lovelace", "role": "Team Member"},
        data=TEAM_MEMBERSHIP,
        returns=TeamMembership,
    ),
    Case(
        "teams.get_user",
        "GET /v1/teams/finance/users/ada_lovelace",
        args=("finance", "ada_lovelace"),
        data=TEAM_MEMBERSHIP,
        returns=TeamMembership,
    ),
    Case(
        "teams.update_user",
        "PATCH /v1/teams/finance/users/ada_lovelace",
        args=("finance", "ada_lovelace"),
        kwargs={"role": "Team Manager"},
        body={"role": "Team Manager"},
        data=TEAM_MEMBERSHIP,
        returns=TeamMembership,
    ),
    Case("teams.remove_user", "DELETE /v1/teams/finance/users/ada_lovelace", args=("finance", "ada_lovelace")),
    listing(
        "teams.list_connection_memberships", "GET /v1/teams/finance/connections", Membership, MEMBERSHIP, "finance"
    ),
    Case(
        "teams.add_connection_membership",
        "POST /v1/teams/finance/connections",
        args=("finance", "decent_dropsy"),
        kwargs={"role": "Connector Reviewer"},
        body={"id": "decent_dropsy", "role": "Connector Reviewer"},
        data=MEMBERSHIP,
        returns=Membership,
    ),
    Case(
        "teams.get_connection_membership",
        "GET /v1/teams/finance/connections/decent_dropsy",
        args=("finance", "decent_dropsy"),
        data=MEMBERSHIP,
        returns=Membership,
    ),
    Case(
        "teams.update_connection_membership",
        "PATCH /v1/teams/finance/connections/decent_dropsy",
        args=("finance", "decent_dropsy"),
        kwargs={"role": "Connector Administrator"},
        body={"role": "Connector Administrator"},
        data=MEMBERSHIP,
        returns=Membership,
    ),
    Case(
        "teams.remove_connection_membership",
        "DELETE /v1/teams/finance/connections/decent_dropsy",
        args=("finance", "decent_dropsy"),
    ),
    listing("teams.list_group_memberships", "GET /v1/teams/finance/groups", Membership, MEMBERSHIP, "finance"),
    Case(
        "teams.add_group_membership",
        "POST /v1/teams/finance/groups",
        args=("finance", "projected_sickle"),
        kwargs={"role": "Destination Reviewer"},
        body={"id": "projected_sickle", "role": "Destination Reviewer"},
        data=MEMBERSHIP,
        returns=Membership,
    ),
    Case(
        "teams.get_group_membership",
        "GET /v1/teams/finance/groups/projected_sickle",
        args=("finance", "projected_sickle"),
        data=MEMBERSHIP,
        returns=Membership,
    ),
    Case(
        "teams.update_group_membership",
        "PATCH /v1/teams/finance/groups/projected_sickle",
        args=("finance", "projected_sickle"),
        kwargs={"role": "Destination Administrator"},
        body={"role": "Destination Administrator"},
        data=MEMBERSHIP,
        returns=Membership,
    ),
    Case(
        "teams.remove_group_membership",
        "DELETE /v1/teams/finance/groups/projected_sickle",
        args=("finance", "projected_sickle"),
    ),
    # transformations
    listing(
        "transformations.list",
        "GET /v1/transformations",
        Transformation,
        TRANSFORMATION,
        group_id="projected_sickle",
        type="DBT_CORE",
        query={"group_id": "projected_sickle", "type": "DBT_CORE"},
    ),
    Case(
        "transformations.create",
        "POST /v1/transformations",
        kwargs={
            "type": "DBT_CORE",
            "paused": True,
            "schedule": {"schedule_type": "INTERVAL", "interval": 60},
            "transformation_config": {"project_id": "proj_1", "name": "daily", "steps": [{"name": "run"}]},
        },
        body={
            "type": "DBT_CORE",
            "paused": True,
            "schedule": {"schedule_type": "INTERVAL", "interval": 60},
            "transformation_config": {"project_id": "proj_1", "name": "daily", "steps": [{"name": "run"}]},
        },
        data=TRANSFORMATION,
        returns=Transformation,
    ),
    Case(
        "transformations.get",
        "GET /v1/transformations/tr_1",
        args=("tr_1",),
        data=TRANSFORMATION,
        returns=Transformation,
    ),
    Case(
        "transformations.update",
        "PATCH /v1/transformations/tr_1",
        args=("tr_1",),
        kwargs={"paused": False},
        body={"paused": False},
        data=TRANSFORMATION,
        returns=Transformation,
    ),
    Case("transformations.delete", "DELETE /v1/transformations/tr_1", args=("tr_1",)),
    Case(
        "transformations.run",
        "POST /v1/transformations/tr_1/run",
        args=("tr_1",),
        kwargs={"full_refresh": True},
        body={"full_refresh": True},
    ),
    Case("transformations.cancel", "POST /v1/transformations/tr_1/cancel", args=("tr_1",)),
    Case("transformations.upgrade_package", "POST /v1/transformations/tr_1/upgrade", args=("tr_1",)),
    listing(
        "transformations.list_package_metadata",
        "GET /v1/transformations/package-metadata",
        TransformationPackage,
        PACKAGE_METADATA,
        service="fivetran_log",
        query={"service": "fivetran_log"},
    ),
    Case(
        "transformations.get_package_metadata",
        "GET /v1/transformations/package-metadata/fivetran_log_pkg",
        args=("fivetran_log_pkg",),
        data=PACKAGE_METADATA,
        returns=TransformationPackage,
    ),
    listing("transformation_projects.list", "GET /v1/transformation-projects", TransformationProject, PROJECT),
    Case(
        "transformation_projects.create",
        "POST /v1/transformation-projects",
        kwargs={"group_id": "projected_sickle", "run_tests": True, "project_config": {"dbt_version": "1.8.0"}},
        body={
            "group_id": "projected_sickle",
            "type": "DBT_CORE",
            "run_tests": True,
            "project_config": {"dbt_version": "1.8.0"},
        },
        data=PROJECT_DETAILS,
        returns=TransformationProjectDetails,
    ),
    Case(
        "transformation_projects.get",
        "GET /v1/transformation-projects/proj_1",
        args=("proj_1",),
        data=PROJECT_DETAILS,
        returns=TransformationProjectDetails,
    ),
    Case(
        "transformation_projects.update",
        "PATCH /v1/transformation-projects/proj_1",
        args=("proj_1",),
        kwargs={"project_config": {"threads": 4}},
        body={"project_config": {"threads": 4}},
        data=PROJECT_DETAILS,
        returns=TransformationProjectDetails,
    ),
    Case("transformation_projects.delete", "DELETE /v1/transformation-projects/proj_1", args=("proj_1",)),
    Case(
        "transformation_projects.test",
        "POST /v1/transformation-projects/proj_1/test",
        args=("proj_1",),
        data=PROJECT_DETAILS,
        returns=TransformationProjectDetails,
    ),
    # certificates and fingerprints
    Case(
        "certificates.approve",
        "POST /v1/certificates",
        kwargs={"certificate_hash": "jhg5UI7fgrI6yy", "encoded_cert": "MIID9DCC", "destination_id": "projected_sickle"},
        body={"hash": "jhg5UI7fgrI6yy", "encoded_cert": "MIID9DCC", "destination_id": "projected_sickle"},
    ),
    listing(
        "certificates.list_for_connection",
        "GET /v1/connections/decent_dropsy/certificates",
        Certificate,
        CERTIFICATE,
        "decent_dropsy",
    ),
    Case(
        "certificates.approve_for_connection",
        "POST /v1/connections/decent_dropsy/certificates",
        args=("decent_dropsy",),
        kwargs={"certificate_hash": "jhg5UI7fgrI6yy", "encoded_cert": "MIID9DCC"},
        body={"hash": "jhg5UI7fgrI6yy", "encoded_cert": "MIID9DCC"},
        data=CERTIFICATE,
        returns=Certificate,
    ),
    Case(
        "certificates.get_for_connection",
        "GET /v1/connections/decent_dropsy/certificates/a%2Bb%2F%3D",
        args=("decent_dropsy", "a+b/="),
        data=CERTIFICATE,
        returns=Certificate,
    ),
    Case(
        "certificates.revoke_for_connection",
        "DELETE /v1/connections/decent_dropsy/certificates/jhg5UI7fgrI6yy",
        args=("decent_dropsy", "jhg5UI7fgrI6yy"),
    ),
    listing(
        "certificates.list_for_destination",
        "GET /v1/destinations/projected_sickle/certificates",
        Certificate,
        CERTIFICATE,
        "projected_sickle",
    ),
    Case(
        "certificates.approve_for_destination",
        "POST /v1/destinations/projected_sickle/certificates",
        args=("projected_sickle",),
        kwargs={"certificate_hash": "jhg5UI7fgrI6yy", "encoded_cert": "MIID9DCC"},
        body={"hash": "jhg5UI7fgrI6yy", "encoded_cert": "MIID9DCC"},
        data=CERTIFICATE,
        returns=Certificate,
    ),
    Case(
        "certificates.get_for_destination",
        "GET /v1/destinations/projected_sickle/certificates/jhg5UI7fgrI6yy",
        args=("projected_sickle", "jhg5UI7fgrI6yy"),
        data=CERTIFICATE,
        returns=Certificate,
    ),
    Case(
        "certificates.revoke_for_destination",
        "DELETE /v1/destinations/projected_sickle/certificates/jhg5UI7fgrI6yy",
        args=("projected_sickle", "jhg5UI7fgrI6yy"),
    ),
    listing(
        "fingerprints.list_for_connection",
        "GET /v1/connections/decent_dropsy/fingerprints",
        Fingerprint,
        FINGERPRINT,
        "decent_dropsy",
    ),
    Case(
        "fingerprints.approve_for_connection",
        "POST /v1/connections/decent_dropsy/fingerprints",
        args=("decent_dropsy",),
        kwargs={"fingerprint_hash": "eUtPirI6yy", "public_key": "ssh-rsa AAAAB3Nza"},
        body={"hash": "eUtPirI6yy", "public_key": "ssh-rsa AAAAB3Nza"},
        data=FINGERPRINT,
        returns=Fingerprint,
    ),
    Case(
        "fingerprints.get_for_connection",
        "GET /v1/connections/decent_dropsy/fingerprints/eUtPirI6yy",
        args=("decent_dropsy", "eUtPirI6yy"),
        data=FINGERPRINT,
        returns=Fingerprint,
    ),
    Case(
        "fingerprints.revoke_for_connection",
        "DELETE /v1/connections/decent_dropsy/fingerprints/eUtPirI6yy",
        args=("decent_dropsy", "eUtPirI6yy"),
    ),
    listing(
        "fingerprints.list_for_destination",
        "GET /v1/destinations/projected_sickle/fingerprints",
        Fingerprint,
        FINGERPRINT,
        "projected_sickle",
    ),
    Case(
        "fingerprints.approve_for_destination",
        "POST /v1/destinations/projected_sickle/fingerprints",
        args=("projected_sickle",),
        kwargs={"fingerprint_hash": "eUtPirI6yy", "public_key": "ssh-rsa AAAAB3Nza"},
        body={"hash": "eUtPirI6yy", "public_key": "ssh-rsa AAAAB3Nza"},
        data=FINGERPRINT,
        returns=Fingerprint,
    ),
    Case(
        "fingerprints.get_for_destination",
        "GET /v1/destinations/projected_sickle/fingerprints/eUtPirI6yy",
        args=("projected_sickle", "eUtPirI6yy"),
        data=FINGERPRINT,
        returns=Fingerprint,
    ),
    Case(
        "fingerprints.revoke_for_destination",
        "DELETE /v1/destinations/projected_sickle/fingerprints/eUtPirI6yy",
        args=("projected_sickle", "eUtPirI6yy"),
    ),
    # external logging
    listing("log_services.list", "GET /v1/external-logging", LogService, LOG),
    Case(
        "log_services.create",
        "POST /v1/external-logging",
        kwargs={"group_id": "projected_sickle", "service": "datadog_log", "enabled": True, "config": {"region": "US"}},
        body={"group_id": "projected_sickle", "service": "datadog_log", "enabled": True, "config": {"region": "US"}},
        data=LOG_DETAILS,
        returns=LogServiceDetails,
    ),
    Case(
        "log_services.get",
        "GET /v1/external-logging/log_1",
        args=("log_1",),
        data=LOG_DETAILS,
        returns=LogServiceDetails,
    ),
    Case(
        "log_services.update",
        "PATCH /v1/external-logging/log_1",
        args=("log_1",),
        kwargs={"enabled": False, "run_setup_tests": True},
        body={"enabled": False, "run_setup_tests": True},
        data=LOG_DETAILS,
        returns=LogServiceDetails,
    ),
    Case("log_services.delete", "DELETE /v1/external-logging/log_1", args=("log_1",)),
    Case(
        "log_services.test",
        "POST /v1/external-logging/log_1/test",
        args=("log_1",),
        data=SETUP_TESTS,
        returns=LogServiceSetupTests,
    ),
    Case("log_services.get_account", "GET /v1/external-logging/account", data=LOG_DETAILS, returns=LogServiceDetails),
    Case(
        "log_services.create_account",
        "POST /v1/external-logging/account",
        kwargs={"service": "cloudwatch", "config": {"region": "us-east-1"}, "run_setup_tests": False},
        body={"service": "cloudwatch", "config": {"region": "us-east-1"}, "run_setup_tests": False},
        data=LOG_DETAILS,
        returns=LogServiceDetails,
    ),
    Case(
        "log_services.update_account",
        "PATCH /v1/external-logging/account",
        kwargs={"config": {"region": "eu-west-1"}},
        body={"config": {"region": "eu-west-1"}},
        data=LOG_DETAILS,
        returns=LogServiceDetails,
    ),
    Case("log_services.delete_account", "DELETE /v1/external-logging/account"),
    Case(
        "log_services.test_account",
        "POST /v1/external-logging/account/test",
        data=SETUP_TESTS,
        returns=LogServiceSetupTests,
    ),
    # networking and infrastructure
    listing(
        "hybrid_deployment_agents.list",
        "GET /v1/hybrid-deployment-agents",
        HybridDeploymentAgent,
        AGENT,
        group_id="projected_sickle",
        query={"groupId": "projected_sickle"},  # the spec's spelling for this one operation
    ),
    Case(
        "hybrid_deployment_agents.create",
        "POST /v1/hybrid-deployment-agents",
        kwargs={
            "display_name": "on-prem-1",
            "env_type": "DOCKER",
            "accept_terms": True,
            "group_id": "projected_sickle",
        },
        body={"display_name": "on-prem-1", "env_type": "DOCKER", "accept_terms": True, "group_id": "projected_sickle"},
        data=AGENT_CREDENTIALS,
        returns=HybridDeploymentAgentCredentials,
    ),
    Case(
        "hybrid_deployment_agents.get",
        "GET /v1/hybrid-deployment-agents/agent_1",
        args=("agent_1",),
        data=AGENT,
        returns=HybridDeploymentAgent,
    ),
    Case("hybrid_deployment_agents.delete", "DELETE /v1/hybrid-deployment-agents/agent_1", args=("agent_1",)),
    Case(
        "hybrid_deployment_agents.re_auth",
        "PATCH /v1/hybrid-deployment-agents/agent_1/re-auth",
        args=("agent_1",),
        kwargs={"auth_type": "AUTO"},
        body={"auth_type": "AUTO"},
        data=AGENT_CREDENTIALS,
        returns=HybridDeploymentAgentCredentials,
    ),
    Case(
        "hybrid_deployment_agents.reset_credentials",
        "POST /v1/hybrid-deployment-agents/agent_1/reset-credentials",
        args=("agent_1",),
    ),
    listing("private_links.list", "GET /v1/private-links", PrivateLink, PRIVATE_LINK),
    Case(
        "private_links.create",
        "POST /v1/private-links",
        kwargs={
            "name": "warehouse",
            "region": "AWS_US_EAST_1",
            "service": "SNOWFLAKE_AWS",
            "config": {"privatelink_account_url": "acme.privatelink.snowflakecomputing.com"},
        },
        body={
            "name": "warehouse",
            "region": "AWS_US_EAST_1",
            "service": "SNOWFLAKE_AWS",
            "config": {"privatelink_account_url": "acme.privatelink.snowflakecomputing.com"},
        },
        data=PRIVATE_LINK,
        returns=PrivateLink,
    ),
    Case("private_links.get", "GET /v1/private-links/pl_1", args=("pl_1",), data=PRIVATE_LINK, returns=PrivateLink),
    Case(
        "private_links.update",
        "PATCH /v1/private-links/pl_1",
        args=("pl_1",),
        kwargs={"config": {"privatelink_account_url": "other"}},
        body={"config": {"privatelink_account_url": "other"}},
        data=PRIVATE_LINK,
        returns=PrivateLink,
    ),
    Case("private_links.delete", "DELETE /v1/private-links/pl_1", args=("pl_1",)),
    listing("proxy_agents.list", "GET /v1/proxy", ProxyAgent, PROXY),
    Case(
        "proxy_agents.create",
        "POST /v1/proxy",
        kwargs={"display_name": "dc-east", "group_region": "AWS_US_EAST_1", "extra": {"future_flag": True}},
        body={"display_name": "dc-east", "group_region": "AWS_US_EAST_1", "future_flag": True},
        data=PROXY_SECRETS,
        returns=ProxyAgentSecrets,
    ),
    Case("proxy_agents.get", "GET /v1/proxy/proxy_1", args=("proxy_1",), data=PROXY_DETAILS, returns=ProxyAgentDetails),
    Case("proxy_agents.delete", "DELETE /v1/proxy/proxy_1", args=("proxy_1",)),
    listing(
        "proxy_agents.list_connections",
        "GET /v1/proxy/proxy_1/connections",
        ProxyAgentConnection,
        PROXY_CONNECTION,
        "proxy_1",
    ),
    Case(
        "proxy_agents.regenerate_secrets",
        "POST /v1/proxy/proxy_1/regenerate-secrets",
        args=("proxy_1",),
        data=PROXY_SECRETS,
        returns=ProxyAgentSecrets,
    ),
    listing("system_keys.list", "GET /v1/system-keys", SystemKey, SYSTEM_KEY),
    Case(
        "system_keys.create",
        "POST /v1/system-keys",
        kwargs={
            "name": "ci",
            "permissions": [{"resource_type": "CONNECTOR", "access_level": "MANAGE"}],
            "expiration_period": "THREE_MONTHS",
        },
        body={
            "name": "ci",
            "permissions": [{"resource_type": "CONNECTOR", "access_level": "MANAGE"}],
            "expiration_period": "THREE_MONTHS",
        },
        data=SYSTEM_KEY,
        returns=SystemKey,
    ),
    Case("system_keys.get", "GET /v1/system-keys/key_1", args=("key_1",), data=SYSTEM_KEY, returns=SystemKey),
    Case(
        "system_keys.update",
        "PATCH /v1/system-keys/key_1",
        args=("key_1",),
        kwargs={"name": "ci-renamed"},
        body={"name": "ci-renamed"},
        data=SYSTEM_KEY,
        returns=SystemKey,
    ),
    Case("system_keys.delete", "DELETE /v1/system-keys/key_1", args=("key_1",)),
    Case(
        "system_keys.rotate",
        "POST /v1/system-keys/key_1/rotate",
        args=("key_1",),
        kwargs={"expiration_period": "ONE_WEEK"},
        body={"expiration_period": "ONE_WEEK"},
        data=SYSTEM_KEY,
        returns=SystemKey,
    ),
    listing("external_secrets_managers.list", "GET /v1/external-secrets-managers", ExternalSecretsManager, ESM),
    Case(
        "external_secrets_managers.create",
        "POST /v1/external-secrets-managers",
        kwargs={"type": "AWS_SECRET_MANAGER", "name": "prod-secrets", "config": {"region": "us-east-1"}},
        body={"type": "AWS_SECRET_MANAGER", "name": "prod-secrets", "config": {"region": "us-east-1"}},
        data=ESM,
        returns=ExternalSecretsManager,
    ),
    Case(
        "external_secrets_managers.get",
        "GET /v1/external-secrets-managers/esm_1",
        args=("esm_1",),
        data=ESM,
        returns=ExternalSecretsManager,
    ),
    Case(
        "external_secrets_managers.update",
        "PATCH /v1/external-secrets-managers/esm_1",
        args=("esm_1",),
        kwargs={"config": {"region": "eu-west-1"}},
        body={"config": {"region": "eu-west-1"}},
        data=ESM,
        returns=ExternalSecretsManager,
    ),
    Case("external_secrets_managers.delete", "DELETE /v1/external-secrets-managers/esm_1", args=("esm_1",)),
    Case(
        "external_secrets_managers.list_entities",
        "GET /v1/external-secrets-managers/esm_1/entities",
        args=("esm_1",),
        kwargs={"type": "source"},
        query={"type": "source"},
        data=page(ESM_ENTITY, next_cursor=None),
        returns=Page,
        item=ExternalSecretsManagerEntity,
    ),
    Case(
        "external_secrets_managers.list_all_entities",
        "GET /v1/external-secrets-managers-entities",
        kwargs={"esm_id": "esm_1"},
        query={"esm_id": "esm_1"},
        data=page(ESM_ENTITY, next_cursor=None),
        returns=Page,
        item=ExternalSecretsManagerEntity,
    ),
    # Connector SDK packages
    listing("connector_sdk_packages.list", "GET /v1/connector-sdk/packages", ConnectorSdkPackage, SDK_PACKAGE),
    Case(
        "connector_sdk_packages.upload",
        "POST /v1/connector-sdk/packages",
        args=(PACKAGE_ZIP,),
        kwargs={"file_name": "my_connector.zip"},
        body=MULTIPART,
        data=SDK_PACKAGE,
        returns=ConnectorSdkPackage,
    ),
    Case(
        "connector_sdk_packages.get",
        "GET /v1/connector-sdk/packages/pkg_1",
        args=("pkg_1",),
        data=SDK_PACKAGE,
        returns=ConnectorSdkPackage,
    ),
    Case(
        "connector_sdk_packages.replace",
        "PATCH /v1/connector-sdk/packages/pkg_1",
        args=("pkg_1", PACKAGE_ZIP),
        kwargs={"file_name": "my_connector.zip"},
        body=MULTIPART,
        data=SDK_PACKAGE,
        returns=ConnectorSdkPackage,
    ),
    Case("connector_sdk_packages.delete", "DELETE /v1/connector-sdk/packages/pkg_1", args=("pkg_1",)),
    Case(
        "connector_sdk_packages.download",
        "GET /v1/connector-sdk/packages/pkg_1/download",
        args=("pkg_1",),
        raw=PACKAGE_ZIP,
        returns=bytes,
    ),
]


def envelope(case: Case) -> dict[str, Any]:
    """The success envelope answering ``case``; without data when the method returns nothing."""
    body: dict[str, Any] = {"code": "Success", "message": "Operation performed"}
    if case.data is not None:
        body["data"] = case.data
    return body


def check_result(case: Case, result: Any) -> None:
    """Assert ``result`` is what ``case`` served, read back as the method's declared type."""
    if case.returns is None:
        assert result is None
    elif case.returns is bytes:
        assert result == case.raw
    elif case.returns is Page:
        assert isinstance(result, Page)
        assert case.item is not None
        assert all(isinstance(item, case.item) for item in result.items)
        assert [item.to_dict() for item in result.items] == case.data["items"]
        assert result.next_cursor == case.data["next_cursor"]
    elif case.returns is list:
        assert case.item is not None
        assert all(isinstance(item, case.item) for item in result)
        assert [item.to_dict() for item in result] == case.data
    else:
        assert isinstance(result, case.returns)
        assert result.to_dict() == case.data
