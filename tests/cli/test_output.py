"""``list`` and ``get`` output: aligned tables and records for people, the API's JSON (as sent) for scripts."""

from __future__ import annotations

from typing import Any

import pytest

from fivetran_ext.testing.fake import FakeFivetran

from .conftest import CONNECTION, GROUP, Runner, api_requests


def test_groups_list_is_an_aligned_table(run: Runner, seeded: FakeFivetran) -> None:
    seeded.groups.create("marketing", id="zesty_delta")

    result = run("groups", "list")

    assert (result.code, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "ID                NAME       CREATED",
        # Timestamps as the API sent them (models give back their JSON untouched).
        "projected_sickle  analytics  2025-01-01T00:00:00.000000Z",
        "zesty_delta       marketing  2025-01-01T00:00:00.000000Z",
    ]


def _as_sent(fake: FakeFivetran, path: str) -> Any:
    with fake.client() as client:
        return client.generated.get_httpx_client().get(path).json()["data"]


def test_groups_list_json_is_an_array_of_the_items_as_sent(run: Runner, seeded: FakeFivetran) -> None:
    result = run("--json", "groups", "list")

    expected = _as_sent(seeded, "/v1/groups")["items"]
    assert result.code == 0
    assert result.json() == expected
    assert result.json()[0]["id"] == GROUP


def test_json_is_also_accepted_after_the_command(run: Runner, seeded: FakeFivetran) -> None:
    assert run("groups", "list", "--json").json() == run("--json", "groups", "list").json()


def test_connections_list_filters_by_group_and_shows_sync_columns(run: Runner, seeded: FakeFivetran) -> None:
    seeded.groups.create("marketing", id="other_group")
    seeded.connections.create("other_group", "google_sheets", "sheets", id="other_connection")

    result = run("connections", "list", "--group-id", GROUP)

    assert result.code == 0
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["ID", "SERVICE", "SCHEMA", "GROUP", "SETUP", "SYNC", "PAUSED", "SUCCEEDED", "FAILED"]
    assert [row.split() for row in rows] == [
        [CONNECTION, "postgres", "warehouse", GROUP, "connected", "scheduled", "no", "-", "-"]
    ]
    assert ("GET", f"/v1/connections?group_id={GROUP}") in api_requests(seeded)


def test_list_limit_stops_early(run: Runner, seeded: FakeFivetran) -> None:
    for index in range(3):
        seeded.groups.create(f"group {index}")

    result = run("--json", "groups", "list", "--limit", "2")

    assert len(result.json()) == 2


def test_an_empty_list_says_so_and_json_is_an_empty_array(run: Runner, seeded: FakeFivetran) -> None:
    assert run("webhooks", "list").stdout == "No webhooks.\n"
    assert run("--json", "webhooks", "list").json() == []


def test_destinations_and_webhooks_list(run: Runner, seeded: FakeFivetran) -> None:
    webhook = seeded.webhooks.create("https://hooks.example.com/f", ["sync_end"], group_id=GROUP, secret="s")

    destinations = run("destinations", "list").stdout.splitlines()
    webhooks = run("webhooks", "list").stdout.splitlines()

    assert destinations[0].split() == ["ID", "SERVICE", "REGION", "SETUP", "GROUP"]
    assert destinations[1].split() == [GROUP, "snowflake", "GCP_US_EAST4", "CONNECTED", GROUP]
    assert webhooks[0].split() == ["ID", "TYPE", "GROUP", "ACTIVE", "EVENTS", "URL"]
    assert webhooks[1].split() == [webhook["id"], "group", GROUP, "yes", "sync_end", "https://hooks.example.com/f"]


@pytest.mark.parametrize(
    ("resource", "item_id"),
    [("groups", GROUP), ("connections", CONNECTION), ("destinations", GROUP)],
)
def test_get_json_is_the_data_as_sent(run: Runner, seeded: FakeFivetran, resource: str, item_id: str) -> None:
    result = run("--json", resource, "get", item_id)

    assert (result.code, result.json()) == (0, _as_sent(seeded, f"/v1/{resource}/{item_id}"))


def test_list_and_get_send_the_operations_accept_header(run: Runner, seeded: FakeFivetran) -> None:
    run("connections", "list")
    run("connections", "get", CONNECTION)
    run("groups", "get", GROUP)

    assert [(r.target, r.headers.get("accept")) for r in seeded.requests] == [
        ("/v1/connections", "application/json;version=2"),
        (f"/v1/connections/{CONNECTION}", "application/json;version=2"),
        (f"/v1/groups/{GROUP}", "application/json"),
    ]


def test_get_prints_an_indented_record(run: Runner, seeded: FakeFivetran) -> None:
    lines = run("connections", "get", CONNECTION).stdout.splitlines()

    assert "id:                     decent_dropsy" in lines
    assert "status:" in lines
    # Nested fields are indented under their parent, with their own alignment.
    assert "  sync_state:         scheduled" in lines
    assert lines[lines.index("setup_tests:") + 1].startswith("  - title:")


def test_webhook_get_shows_the_masked_secret_only(run: Runner, seeded: FakeFivetran) -> None:
    webhook = seeded.webhooks.create("https://hooks.example.com/f", ["sync_end"], secret="hush-hush")

    result = run("webhooks", "get", webhook["id"])

    assert "secret:     ******" in result.stdout.splitlines()
    assert "hush-hush" not in result.stdout


def test_global_options_reach_the_client_factory(run: Runner, seeded: FakeFivetran) -> None:
    result = run("--base-url", "http://127.0.0.1:9", "--timeout", "2.5", "--max-retries", "1", "groups", "list")

    assert result.code == 0
    (options,) = result.options
    assert (options.base_url, options.timeout, options.max_retries) == ("http://127.0.0.1:9", 2.5, 1)
