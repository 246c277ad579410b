"""Stateful CRUD round trips over HTTP (in-process), pagination, and the error envelopes."""

from __future__ import annotations

import httpx
import pytest

from fivetran_ext.testing.fake import FakeFivetran

from .conftest import AUTH, BASE_URL, Seeded


def _error(response: httpx.Response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"code", "message"}
    assert body["code"] == code
    message: str = body["message"]
    return message


# ---------------------------------------------------------------------------------------------- groups


def test_group_round_trip(api: httpx.Client) -> None:
    created = api.post("/v1/groups", json={"name": "analytics"})
    assert created.status_code == 201
    assert created.json()["code"] == "Success"
    group = created.json()["data"]
    assert group == {"id": group["id"], "name": "analytics", "created_at": "2025-01-01T00:00:00.000000Z"}

    assert api.get(f"/v1/groups/{group['id']}").json()["data"] == group
    assert [g["id"] for g in api.get("/v1/groups").json()["data"]["items"]] == [group["id"]]
    renamed = api.patch(f"/v1/groups/{group['id']}", json={"name": "marketing"})
    assert renamed.json()["data"]["name"] == "marketing"

    deleted = api.delete(f"/v1/groups/{group['id']}")
    assert deleted.status_code == 200
    assert deleted.json() == {"code": "Success", "message": f"Group with id '{group['id']}' has been deleted"}
    message = _error(api.get(f"/v1/groups/{group['id']}"), 404, "NotFound_Group")
    assert message == f"Cannot find entity 'Group' with id '{group['id']}'."


def test_group_validation(api: httpx.Client) -> None:
    assert _error(api.post("/v1/groups", json={}), 400, "InvalidInput") == "Missing required field: 'name'"
    assert _error(api.post("/v1/groups", json={"name": 7}), 400, "InvalidInput") == "Field 'name' must be a string"
    api.post("/v1/groups", json={"name": "dup"})
    _error(api.post("/v1/groups", json={"name": "dup"}), 409, "AlreadyExists")


def test_deleting_a_group_deletes_everything_in_it(
    fake_fivetran: FakeFivetran, api: httpx.Client, seeded: Seeded
) -> None:
    group_hook = fake_fivetran.webhooks.create("http://127.0.0.1:9/g", group_id=seeded.group)
    fake_fivetran.groups.add_user(seeded.group, seeded.user)

    assert api.delete(f"/v1/groups/{seeded.group}").status_code == 200

    _error(api.get(f"/v1/connections/{seeded.connection}"), 404, "NotFound_Integration")
    _error(api.get(f"/v1/destinations/{seeded.group}"), 404, "NotFound_Destination")
    _error(api.get(f"/v1/webhooks/{group_hook['id']}"), 404, "NotFound_Webhook")
    assert api.get(f"/v1/webhooks/{seeded.webhook}").status_code == 200  # account webhooks stay
    assert api.get(f"/v1/users/{seeded.user}").status_code == 200


def test_group_members(api: httpx.Client, seeded: Seeded) -> None:
    added = api.post(
        f"/v1/groups/{seeded.group}/users", json={"email": "ada@example.com", "role": "Destination Analyst"}
    )
    assert added.json() == {"code": "Success", "message": "User has been added to the group"}
    _error(api.post(f"/v1/groups/{seeded.group}/users", json={"email": "ada@example.com"}), 409, "AlreadyExists")
    _error(api.post(f"/v1/groups/{seeded.group}/users", json={"email": "nobody@example.com"}), 404, "NotFound_User")

    members = api.get(f"/v1/groups/{seeded.group}/users").json()["data"]["items"]
    assert [(m["id"], m["role"]) for m in members] == [(seeded.user, "Destination Analyst")]

    assert api.delete(f"/v1/groups/{seeded.group}/users/{seeded.user}").status_code == 200
    assert api.get(f"/v1/groups/{seeded.group}/users").json()["data"]["items"] == []
    _error(api.delete(f"/v1/groups/{seeded.group}/users/{seeded.user}"), 404, "NotFound_User")


# ---------------------------------------------------------------------------------------------- destinations


def test_destination_round_trip(api: httpx.Client, fake_fivetran: FakeFivetran) -> None:
    group = fake_fivetran.groups.create("warehouse")["id"]
    body = {
        "group_id": group,
        "service": "snowflake",
        "time_zone_offset": "-5",
        "config": {"password": "p", "host": "h"},
    }
    created = api.post("/v1/destinations", json=body)
    assert created.status_code == 201
    assert created.json()["code"] == "Created"
    destination = created.json()["data"]
    assert destination["id"] == destination["group_id"] == group
    assert destination["config"] == {"password": "******", "host": "h"}
    assert destination["setup_status"] == "CONNECTED"

    message = _error(api.post("/v1/destinations", json=body), 409, "AlreadyExists")
    assert "at most one" in message
    assert [d["id"] for d in api.get("/v1/destinations").json()["data"]["items"]] == [group]
    patched = api.patch(f"/v1/destinations/{group}", json={"region": "AWS_US_EAST_1", "time_zone_offset": "+2"})
    assert (patched.json()["data"]["region"], patched.json()["data"]["time_zone_offset"]) == ("AWS_US_EAST_1", "+2")
    tested = api.post(f"/v1/destinations/{group}/test", json={})
    assert {t["status"] for t in tested.json()["data"]["setup_tests"]} == {"PASSED"}

    assert (
        api.delete(f"/v1/destinations/{group}").json()["message"] == f"Destination with id '{group}' has been deleted"
    )
    _error(api.get(f"/v1/destinations/{group}"), 404, "NotFound_Destination")


def test_destination_validation(api: httpx.Client, seeded: Seeded) -> None:
    _error(api.post("/v1/destinations", json={"service": "snowflake", "time_zone_offset": "0"}), 400, "InvalidInput")
    _error(
        api.post("/v1/destinations", json={"group_id": "nope", "service": "x", "time_zone_offset": "0"}),
        404,
        "NotFound_Group",
    )
    bad_zone = api.patch(f"/v1/destinations/{seeded.group}", json={"time_zone_offset": "+14"})
    assert "time_zone_offset" in _error(bad_zone, 400, "InvalidInput")
    # A destination with connections cannot go.
    _error(api.delete(f"/v1/destinations/{seeded.group}"), 409, "Conflict")


# ---------------------------------------------------------------------------------------------- connections


def test_connection_round_trip(api: httpx.Client, seeded: Seeded) -> None:
    body = {
        "group_id": seeded.group,
        "service": "salesforce",
        "sync_frequency": 1440,
        "daily_sync_time": "03:00",
        "schedule_type": "manual",
        "config": {"schema": "sf", "client_secret": "hidden"},
        "networking_method": "Directly",
    }
    created = api.post("/v1/connections", json=body, headers={"Accept": "application/json;version=2"})
    assert created.status_code == 201
    connection = created.json()["data"]
    assert connection["schema"] == "sf"
    assert connection["config"] == {"schema": "sf", "client_secret": "******"}
    assert (connection["sync_frequency"], connection["daily_sync_time"], connection["schedule_type"]) == (
        1440,
        "03:00",
        "manual",
    )
    assert connection["status"]["setup_state"] == "connected"
    assert connection["networking_method"] == "Directly"
    assert (connection["succeeded_at"], connection["failed_at"]) == (None, None)

    assert api.get(f"/v1/connections/{connection['id']}").json()["data"] == connection
    updated = api.patch(f"/v1/connections/{connection['id']}", json={"sync_frequency": "60"}).json()["data"]
    assert (updated["sync_frequency"], "daily_sync_time" in updated) == (60, False)

    deleted = api.delete(f"/v1/connections/{connection['id']}")
    assert deleted.json() == {"code": "Success", "message": f"Connection with id '{connection['id']}' has been deleted"}
    message = _error(api.get(f"/v1/connections/{connection['id']}"), 404, "NotFound_Integration")
    assert message == f"Cannot find entity 'Integration' with id '{connection['id']}'."


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"service": "postgres"}, "Missing required field: 'group_id'"),
        ({"group_id": "G"}, "Missing required field: 'service'"),
        (
            {"group_id": "G", "service": "postgres", "sync_frequency": 7},
            "Invalid value '7' for field 'sync_frequency'. "
            "Allowed values: 1, 5, 15, 30, 60, 120, 180, 360, 480, 720, 1440",
        ),
        (
            {"group_id": "G", "service": "postgres", "schedule_type": "hourly"},
            "Invalid value 'hourly' for field 'schedule_type'. Allowed values: auto, manual",
        ),
        (
            {"group_id": "G", "service": "postgres", "daily_sync_time": "03:00"},
            "Field 'daily_sync_time' can only be set when 'sync_frequency' is 1440",
        ),
        (
            {"group_id": "G", "service": "postgres", "sync_frequency": 1440, "daily_sync_time": "3am"},
            "Invalid value '3am' for field 'daily_sync_time': expected HH:00 (00:00-23:00)",
        ),
        ({"group_id": "G", "service": "postgres", "paused": "yes"}, "Field 'paused' must be a boolean"),
    ],
)
def test_connection_create_validation(api: httpx.Client, seeded: Seeded, body: dict[str, object], message: str) -> None:
    body = {key: seeded.group if value == "G" else value for key, value in body.items()}
    assert _error(api.post("/v1/connections", json=body), 400, "InvalidInput") == message


def test_connection_create_conflicts_and_unknown_group(api: httpx.Client, seeded: Seeded) -> None:
    duplicate = {"group_id": seeded.group, "service": "postgres", "config": {"schema": "pg_main"}}
    _error(api.post("/v1/connections", json=duplicate), 409, "AlreadyExists")
    _error(api.post("/v1/connections", json={"group_id": "nope", "service": "postgres"}), 404, "NotFound_Group")


def test_connection_lists_filter_by_group_and_schema(
    api: httpx.Client, fake_fivetran: FakeFivetran, seeded: Seeded
) -> None:
    other = fake_fivetran.groups.create("other")["id"]
    elsewhere = fake_fivetran.connections.create(other, "postgres", "pg_main")["id"]

    def ids(path: str) -> list[str]:
        return [c["id"] for c in api.get(path).json()["data"]["items"]]

    assert ids("/v1/connections") == [seeded.connection, elsewhere]
    assert ids(f"/v1/connections?group_id={other}") == [elsewhere]
    assert ids("/v1/connections?schema=pg_main") == [seeded.connection, elsewhere]
    assert ids(f"/v1/groups/{seeded.group}/connections") == [seeded.connection]
    assert ids(f"/v1/groups/{seeded.group}/connections?schema=nothing") == []
    _error(api.get("/v1/groups/nope/connections"), 404, "NotFound_Group")


def test_pause_and_resume_through_patch(api: httpx.Client, seeded: Seeded) -> None:
    paused = api.patch(f"/v1/connections/{seeded.connection}", json={"paused": True}).json()["data"]
    assert (paused["paused"], paused["status"]["sync_state"]) == (True, "paused")
    resumed = api.patch(f"/v1/connections/{seeded.connection}", json={"paused": False}).json()["data"]
    assert (resumed["paused"], resumed["status"]["sync_state"]) == (False, "scheduled")


def test_setup_tests_and_connect_card(api: httpx.Client, fake_fivetran: FakeFivetran, seeded: Seeded) -> None:
    path = f"/v1/connections/{seeded.connection}"
    assert "request body is required" in _error(api.post(f"{path}/test"), 400, "BadRequest")
    fake_fivetran.connections.set_setup_tests(seeded.connection, passed=False)
    tested = api.post(f"{path}/test", json={"trust_certificates": True}).json()
    assert tested["message"] == "Setup tests have been completed"
    assert tested["data"]["status"]["setup_state"] == "broken"
    assert [t["status"] for t in tested["data"]["setup_tests"]] == ["PASSED", "FAILED", "PASSED"]

    _error(api.post(f"{path}/connect-card", json={"connect_card_config": {}}), 400, "InvalidInput")
    card = api.post(f"{path}/connect-card", json={"connect_card_config": {"redirect_uri": "https://me.example/done"}})
    data = card.json()["data"]
    assert data["connector_id"] == seeded.connection
    assert data["connect_card"]["uri"].startswith(
        "https://fivetran.com/connect-card/setup?redirect_uri=https%3A%2F%2Fme.example%2Fdone&auth="
    )
    assert api.get(path).json()["data"]["connect_card_config"] == {"redirect_uri": "https://me.example/done"}


# ---------------------------------------------------------------------------------------------- webhooks and users


def test_webhook_round_trip(api: httpx.Client, seeded: Seeded) -> None:
    account = api.post(
        "/v1/webhooks/account", json={"url": "https://x.example/h", "events": ["sync_end"], "secret": "s"}
    )
    assert account.status_code == 200
    hook = account.json()["data"]
    assert (hook["type"], hook["secret"], hook["active"], "group_id" in hook) == ("account", "******", True, False)

    group = api.post(
        f"/v1/webhooks/group/{seeded.group}",
        json={"url": "https://x.example/g", "events": ["sync_start"], "active": False},
    )
    assert (group.json()["data"]["type"], group.json()["data"]["group_id"], "secret" in group.json()["data"]) == (
        "group",
        seeded.group,
        False,
    )

    listed = [w["id"] for w in api.get("/v1/webhooks").json()["data"]["items"]]
    assert listed == [seeded.webhook, hook["id"], group.json()["data"]["id"]]
    patched = api.patch(
        f"/v1/webhooks/{hook['id']}", json={"events": ["sync_start", "sync_end"], "active": False}
    ).json()["data"]
    assert (patched["events"], patched["active"]) == (["sync_start", "sync_end"], False)
    assert (
        api.delete(f"/v1/webhooks/{hook['id']}").json()["message"] == f"Webhook with id '{hook['id']}' has been deleted"
    )
    _error(api.get(f"/v1/webhooks/{hook['id']}"), 404, "NotFound_Webhook")


def test_webhook_validation(api: httpx.Client) -> None:
    assert (
        _error(api.post("/v1/webhooks/account", json={"events": ["sync_end"]}), 400, "InvalidInput")
        == "Missing required field: 'url'"
    )
    _error(api.post("/v1/webhooks/account", json={"url": "https://x.example"}), 400, "InvalidInput")
    _error(api.post("/v1/webhooks/account", json={"url": "ftp://x", "events": ["sync_end"]}), 400, "InvalidInput")
    _error(
        api.post("/v1/webhooks/group/nope", json={"url": "https://x.example", "events": ["e"]}), 404, "NotFound_Group"
    )


def test_user_round_trip(api: httpx.Client) -> None:
    created = api.post(
        "/v1/users",
        json={
            "email": "grace@example.com",
            "given_name": "Grace",
            "family_name": "Hopper",
            "role": "Account Administrator",
        },
    )
    assert created.status_code == 201
    user = created.json()["data"]
    assert (user["invited"], user["verified"], user["active"], user["logged_in_at"]) == (True, False, True, None)
    _error(
        api.post("/v1/users", json={"email": "GRACE@example.com", "given_name": "G", "family_name": "H"}),
        409,
        "AlreadyExists",
    )
    _error(api.post("/v1/users", json={"email": "x@example.com", "given_name": "G"}), 400, "InvalidInput")

    assert api.patch(f"/v1/users/{user['id']}", json={"phone": "+15550100"}).json()["data"]["phone"] == "+15550100"
    assert [u["id"] for u in api.get("/v1/users?active=true").json()["data"]["items"]] == [user["id"]]
    assert api.get("/v1/users?active=false").json()["data"]["items"] == []
    assert api.delete(f"/v1/users/{user['id']}").status_code == 200
    _error(api.get(f"/v1/users/{user['id']}"), 404, "NotFound_User")


# ---------------------------------------------------------------------------------------------- pagination


def test_pagination_walks_every_page_once(api: httpx.Client, fake_fivetran: FakeFivetran) -> None:
    created = [fake_fivetran.groups.create(f"g{i}")["id"] for i in range(7)]
    seen, pages, cursor = [], [], None
    while True:
        params = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        data = api.get("/v1/groups", params=params).json()["data"]
        pages.append(len(data["items"]))
        seen += [g["id"] for g in data["items"]]
        cursor = data.get("next_cursor")
        if cursor is None:
            break
        assert isinstance(cursor, str)
        assert cursor
    assert pages == [3, 3, 1]
    assert seen == created


def test_last_full_page_has_no_cursor_and_default_limit_is_100(api: httpx.Client, fake_fivetran: FakeFivetran) -> None:
    for i in range(101):
        fake_fivetran.groups.create(f"g{i}")
    first = api.get("/v1/groups").json()["data"]
    assert len(first["items"]) == 100
    last = api.get("/v1/groups", params={"cursor": first["next_cursor"]}).json()["data"]
    assert (len(last["items"]), "next_cursor" in last) == (1, False)
    exact = api.get("/v1/groups", params={"limit": 101}).json()["data"]
    assert (len(exact["items"]), "next_cursor" in exact) == (101, False)


def test_cursors_survive_deletions(api: httpx.Client, fake_fivetran: FakeFivetran) -> None:
    ids = [fake_fivetran.groups.create(f"g{i}")["id"] for i in range(4)]
    first = api.get("/v1/groups", params={"limit": 2}).json()["data"]
    fake_fivetran.groups.delete(ids[0])
    second = api.get("/v1/groups", params={"limit": 2, "cursor": first["next_cursor"]}).json()["data"]
    assert [g["id"] for g in second["items"]] == ids[2:]


@pytest.mark.parametrize("query", ["limit=0", "limit=1001", "limit=ten", "cursor=not-a-cursor"])
def test_bad_paging_parameters(api: httpx.Client, query: str) -> None:
    _error(api.get(f"/v1/groups?{query}"), 400, "InvalidInput")


# ---------------------------------------------------------------------------------------------- protocol errors


@pytest.mark.parametrize(
    "auth", [None, ("fake-key", "wrong"), ("other", "fake-secret")], ids=["missing", "wrong secret", "wrong key"]
)
def test_authentication(fake_fivetran: FakeFivetran, auth: tuple[str, str] | None) -> None:
    with httpx.Client(transport=fake_fivetran.transport(), base_url=BASE_URL, auth=auth) as http:
        response = http.get("/v1/groups")
    assert _error(response, 401, "AuthFailed") == "Missing or invalid API key or API secret."


def test_custom_credentials() -> None:
    with (
        FakeFivetran(api_key="k", api_secret="s") as fake,
        httpx.Client(transport=fake.transport(), base_url=BASE_URL) as http,
    ):
        assert http.get("/v1/groups", auth=("k", "s")).status_code == 200
        assert http.get("/v1/groups", auth=AUTH).status_code == 401


def test_unknown_path_and_wrong_method(api: httpx.Client) -> None:
    assert _error(api.get("/v1/connectors/abc"), 404, "NotFound") == "No API endpoint matches '/v1/connectors/abc'."
    wrong = api.put("/v1/groups", json={})
    assert _error(wrong, 405, "MethodNotAllowed") == "HTTP method PUT is not supported here (allowed: GET, POST)."
    assert wrong.headers["Allow"] == "GET, POST"
    # /v1/users/{userId} (GET, PATCH) and /v1/users/{id} (DELETE) are one path.
    assert api.post("/v1/users/someone", json={}).headers["Allow"] == "DELETE, GET, PATCH"


def test_header_checks(api: httpx.Client, seeded: Seeded) -> None:
    _error(
        api.post("/v1/groups", content=b"name=x", headers={"Content-Type": "text/plain"}), 415, "UnsupportedMediaType"
    )
    _error(api.get("/v1/groups", headers={"Accept": "text/html"}), 406, "NotAcceptable")
    assert api.get("/v1/groups", headers={"Accept": "application/json;version=2"}).status_code == 200
    message = _error(
        api.post("/v1/groups", content=b"{nope", headers={"Content-Type": "application/json"}), 400, "BadRequest"
    )
    assert message.startswith("Malformed JSON body")
    _error(api.post("/v1/groups", json=["a"]), 400, "BadRequest")


def test_rate_limit_headers_on_every_authenticated_answer(api: httpx.Client) -> None:
    ok = api.get("/v1/groups")
    missing = api.get("/v1/groups/nope")
    assert (ok.headers["X-Rate-Limit"], ok.headers["X-Rate-Limit-Remaining"]) == ("20000", "19999")
    assert (missing.headers["X-Rate-Limit"], missing.headers["X-Rate-Limit-Remaining"]) == ("20000", "19998")


def test_example_backed_operations_check_their_stateful_parent(api: httpx.Client, seeded: Seeded) -> None:
    assert api.get(f"/v1/connections/{seeded.connection}/certificates").status_code == 200
    _error(api.get("/v1/connections/nope/certificates"), 404, "NotFound_Integration")
    example = api.get("/v1/roles").json()
    assert "next_cursor" not in example["data"]
    assert example["data"]["items"][0]["scope"] == ["ACCOUNT"]


def test_percent_encoded_names_stay_one_path_segment(
    api: httpx.Client, fake_fivetran: FakeFivetran, seeded: Seeded
) -> None:
    catalog = {"sales/eu": {"order items": ["id", "unit price"]}}
    connection = fake_fivetran.connections.create(seeded.group, "postgres", "encoded", catalog=catalog)["id"]
    path = f"/v1/connections/{connection}/schemas/sales%2Feu/tables/order%20items/columns"
    assert list(api.get(path).json()["data"]["columns"]) == ["id", "unit price"]


def test_requests_are_recorded(api: httpx.Client, fake_fivetran: FakeFivetran) -> None:
    api.post("/v1/groups", json={"name": "recorded"})
    (request,) = fake_fivetran.requests
    assert (request.method, request.raw_path, request.header("content-type")) == (
        "POST",
        "/v1/groups",
        "application/json",
    )
    assert request.body == b'{"name":"recorded"}'


def test_non_ascii_credentials_are_refused_not_crashed(fake_fivetran: FakeFivetran) -> None:
    with httpx.Client(transport=fake_fivetran.transport(), base_url=BASE_URL) as http:
        response = http.get("/v1/groups", auth=("clé", "secrét"))
    _error(response, 401, "AuthFailed")


def test_connector_sdk_uploads_are_multipart(api: httpx.Client) -> None:
    files = {"file": ("connector.zip", b"PK\x03\x04", "application/zip")}
    response = api.post("/v1/connector-sdk/packages", files=files, data={"group_id": "g"})
    assert response.status_code == 201


def test_group_members_filter_by_active(api: httpx.Client, fake_fivetran: FakeFivetran, seeded: Seeded) -> None:
    fake_fivetran.groups.add_user(seeded.group, seeded.user)
    assert [u["id"] for u in api.get(f"/v1/groups/{seeded.group}/users?active=true").json()["data"]["items"]] == [
        seeded.user
    ]
    assert api.get(f"/v1/groups/{seeded.group}/users?active=false").json()["data"]["items"] == []
    _error(api.get(f"/v1/groups/{seeded.group}/users?active=maybe"), 400, "InvalidInput")
