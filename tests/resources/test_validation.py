"""Invalid arguments fail before anything is sent, with an error naming the argument."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from fivetran_ext import AsyncFivetran, Fivetran
from fivetran_ext._coverage import resolve

from .conftest import Recorder


@dataclass(frozen=True)
class Bad:
    call: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    error: type[Exception] = ValueError
    match: str = ""


BAD_CALLS = [
    Bad("users.get", ("",), match="user_id must be a non-empty string"),
    Bad("users.get", ("  \t",), match="user_id"),
    Bad("users.get", (123,), error=TypeError, match="user_id must be a string"),
    Bad("users.delete", ("",), match="user_id"),
    Bad("users.create", kwargs={"email": "", "given_name": "Ada", "family_name": "L"}, match="email"),
    Bad("users.create", kwargs={"email": "a@b", "given_name": "Ada", "family_name": "L", "role": " "}, match="role"),
    Bad("users.update", ("ada",), match="nothing to update: pass at least one of given_name, family_name"),
    Bad("users.list", kwargs={"active": "false"}, error=TypeError, match="active must be True, False or None"),
    Bad("users.list", kwargs={"limit": 0}, match="limit must be an integer from 1 to 1000"),
    Bad("users.stream", kwargs={"limit": 5000}, match="limit"),
    Bad("users.stream_connection_memberships", ("",), match="user_id"),
    Bad("users.add_connection_membership", ("ada", "conn"), {"role": ""}, match="role"),
    Bad("users.add_group_membership", ("ada", ""), {"role": "Destination Reviewer"}, match="group_id"),
    Bad("users.update_group_membership", ("ada", "group"), {"role": "  "}, match="role"),
    Bad("teams.create", kwargs={"name": " "}, match="name"),
    Bad("teams.update", ("finance",), match="nothing to update"),
    Bad("teams.list_users", ("finance",), {"active": 1}, error=TypeError, match="active"),
    Bad("teams.stream_group_memberships", ("",), match="team_id"),
    Bad("teams.add_user", ("finance", ""), {"role": "Team Member"}, match="user_id"),
    Bad("roles.list", kwargs={"cursor": ""}, match="cursor"),
    Bad("transformations.create", kwargs={"type": "SPARK"}, match="type must be one of DBT_CORE, QUICKSTART"),
    Bad(
        "transformations.create",
        kwargs={"type": "DBT_CORE", "schedule": {"interval": 5}},
        match="schedule needs a schedule_type",
    ),
    Bad("transformations.create", kwargs={"type": "DBT_CORE", "schedule": "hourly"}, error=TypeError, match="schedule"),
    Bad("transformations.list", kwargs={"type": "dbt"}, match="type must be one of"),
    Bad("transformations.stream_package_metadata", kwargs={"service": ""}, match="service"),
    Bad("transformations.update", ("tr_1",), {"schedule": {"cron": ["0 * * * *"]}}, match="schedule_type"),
    Bad("transformations.run", ("tr_1",), {"full_refresh": "yes"}, error=TypeError, match="full_refresh"),
    Bad("transformations.update", ("tr_1",), match="nothing to update"),
    Bad("transformation_projects.create", kwargs={"group_id": "g", "type": "DBT_GIT"}, match="type must be one of"),
    Bad("transformation_projects.create", kwargs={"group_id": ""}, match="group_id"),
    Bad(
        "certificates.approve",
        kwargs={"certificate_hash": "h", "encoded_cert": "c"},
        match="exactly one of connection_id or destination_id",
    ),
    Bad(
        "certificates.approve",
        kwargs={"certificate_hash": "h", "encoded_cert": "c", "connection_id": "a", "destination_id": "b"},
        match="exactly one",
    ),
    Bad("certificates.get_for_connection", ("conn", ""), match="certificate_hash"),
    Bad("certificates.approve_for_connection", ("conn",), {"certificate_hash": "", "encoded_cert": "c"}, match="hash"),
    Bad(
        "fingerprints.approve_for_destination",
        ("dest",),
        {"fingerprint_hash": "h", "public_key": ""},
        match="public_key",
    ),
    Bad("fingerprints.revoke_for_destination", ("", "h"), match="destination_id"),
    Bad("log_services.create", kwargs={"group_id": "g", "service": ""}, match="service"),
    Bad(
        "log_services.create",
        kwargs={"group_id": "g", "service": "cloudwatch", "config": ["x"]},
        error=TypeError,
        match="config must be a mapping",
    ),
    Bad("log_services.update_account", match="nothing to update: pass at least one of enabled, config"),
    Bad("log_services.update", ("log_1",), {"enabled": "no"}, error=TypeError, match="enabled"),
    Bad(
        "hybrid_deployment_agents.create",
        kwargs={"display_name": "a", "env_type": "DOCKER", "accept_terms": False},
        match="accept_terms must be True",
    ),
    Bad(
        "hybrid_deployment_agents.create",
        kwargs={"display_name": "a", "env_type": "VM", "accept_terms": True},
        match="env_type must be one of DOCKER, KUBERNETES, PODMAN, SNOWPARK",
    ),
    Bad("hybrid_deployment_agents.re_auth", ("agent_1",), {"auth_type": "magic"}, match="auth_type"),
    Bad("hybrid_deployment_agents.stream", kwargs={"group_id": ""}, match="group_id"),
    Bad(
        "private_links.create",
        kwargs={"name": "n", "region": "MARS_1", "service": "SNOWFLAKE_AWS", "config": {}},
        match="region must be one of",
    ),
    Bad(
        "private_links.create",
        kwargs={"name": "n", "region": "AWS_US_EAST_1", "service": "SNOWFLAKE_AWS", "config": None},
        match="missing field 'config'",
    ),
    Bad("private_links.update", ("pl_1",), {"config": None}, match="nothing to update"),
    Bad("proxy_agents.create", kwargs={"display_name": "p", "group_region": "nowhere"}, match="group_region"),
    Bad("proxy_agents.stream_connections", (" ",), match="agent_id"),
    Bad("system_keys.create", kwargs={"name": "k", "expiration_period": "FOREVER"}, match="expiration_period"),
    Bad(
        "system_keys.create",
        kwargs={"name": "k", "permissions": {"resource_type": "CONNECTOR"}},
        error=TypeError,
        match="permissions must be a list",
    ),
    Bad(
        "system_keys.create",
        kwargs={"name": "k", "permissions": [{"resource_type": "SPACESHIP"}]},
        match=r"permissions\[0\]\.resource_type must be one of .*; got 'SPACESHIP'",
    ),
    Bad(
        "system_keys.update",
        ("key_1",),
        {"permissions": [{"resource_type": "CONNECTOR", "access_level": "MANAGE"}, {"access_level": "OWN"}]},
        match=r"permissions\[1\]\.access_level must be one of .*; got 'OWN'",
    ),
    Bad("system_keys.update", ("key_1",), match="nothing to update: pass at least one of name, permissions"),
    Bad("system_keys.rotate", ("key_1",), {"expiration_period": "1w"}, match="expiration_period"),
    Bad(
        "external_secrets_managers.create",
        kwargs={"type": "VAULT", "name": "n", "config": {}},
        match="type must be one of AWS_SECRET_MANAGER",
    ),
    Bad("external_secrets_managers.update", ("esm_1",), {"config": None}, match="nothing to update"),
    Bad("users.update", ("ada",), {"phone": "1", "extra": {"phone": "2"}}, match="phone given both as a keyword"),
    Bad("teams.create", kwargs={"name": "n", "extra": ["x"]}, error=TypeError, match="extra must be a mapping"),
    Bad("external_secrets_managers.list_entities", ("",), match="esm_id"),
    Bad("connector_sdk_packages.upload", (b"not a zip",), match="not a ZIP archive"),
    Bad("connector_sdk_packages.upload", (b"PK\x03\x04truncated",), match="not a complete ZIP archive"),
    Bad("connector_sdk_packages.upload", (12,), error=TypeError, match="package must be bytes, a path or a binary"),
    Bad("connector_sdk_packages.replace", ("", b"PK\x05\x06" + bytes(18)), match="package_id"),
    Bad("connector_sdk_packages.download", (" ",), match="package_id"),
    Bad("connector_types.get", ("",), match="service"),
]


@pytest.mark.parametrize("bad", BAD_CALLS, ids=lambda bad: f"{bad.call}-{bad.match[:30]}")
def test_sync_invalid_arguments_send_nothing(bad: Bad, recorder: Recorder, client: Fivetran) -> None:
    method = resolve(client, bad.call)
    assert method is not None

    with pytest.raises(bad.error, match=bad.match):
        method(*bad.args, **bad.kwargs)

    assert recorder.requests == []


async def _invoke(method: Callable[..., Any], bad: Bad) -> None:
    # Coroutine methods raise when awaited; stream() raises when called, before any iteration.
    result = method(*bad.args, **bad.kwargs)
    if inspect.isawaitable(result):
        await result


@pytest.mark.anyio
@pytest.mark.parametrize("bad", BAD_CALLS, ids=lambda bad: f"{bad.call}-{bad.match[:30]}")
async def test_async_invalid_arguments_send_nothing(bad: Bad, recorder: Recorder, async_client: AsyncFivetran) -> None:
    method = resolve(async_client, bad.call)
    assert method is not None

    with pytest.raises(bad.error, match=bad.match):
        await _invoke(method, bad)

    assert recorder.requests == []
