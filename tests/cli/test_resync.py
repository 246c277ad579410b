"""``connections resync``: confirmed by typing the id on a terminal, or by ``--yes``; otherwise nothing is sent."""

from __future__ import annotations

import json

import pytest

from fivetran_ext.cli._exit import ExitCode
from fivetran_ext.testing.fake import FakeFivetran

from .conftest import CONNECTION, Runner, api_requests

RESYNC = ("POST", f"/v1/connections/{CONNECTION}/resync")


def resync_bodies(fake: FakeFivetran) -> list[object]:
    return [json.loads(r.body or b"null") for r in fake.requests if (r.method, r.target) == RESYNC]


def test_without_a_terminal_and_without_yes_nothing_is_sent(run: Runner, seeded: FakeFivetran) -> None:
    result = run("connections", "resync", CONNECTION, stdin=f"{CONNECTION}\n")

    assert result.code == 7  # ExitCode.ABORTED
    assert result.stdout == ""
    assert result.stderr == (
        "error: refusing to resync without confirmation: stdin is not a terminal to ask on; "
        "pass --yes to confirm (nothing was sent)\n"
    )
    assert api_requests(seeded) == []


def test_typing_the_connection_id_on_a_terminal_confirms(run: Runner, seeded: FakeFivetran) -> None:
    result = run(
        "connections", "resync", CONNECTION, "--scope", "public.orders", stdin=f"{CONNECTION}\n", stdin_tty=True
    )

    assert result.code == ExitCode.OK
    assert result.stderr == (
        f"Resync of {CONNECTION} re-imports the historical data of 1 table: public.orders.\n"
        "This can take hours and re-reads the source from scratch.\n"
        f"Type the connection id ({CONNECTION}) to confirm: "
    )
    assert result.stdout == f"✓ resync requested for {CONNECTION}: the historical data of 1 table: public.orders\n"
    assert resync_bodies(seeded) == [{"scope": {"public": ["orders"]}}]


@pytest.mark.parametrize("answer", ["y\n", "yes\n", "DECENT_DROPSY\n", "\n", ""])
def test_any_other_answer_or_end_of_input_aborts(run: Runner, seeded: FakeFivetran, answer: str) -> None:
    result = run("connections", "resync", CONNECTION, stdin=answer, stdin_tty=True)

    assert result.code == ExitCode.ABORTED
    assert result.stderr.endswith("aborted: the answer did not match the connection id (nothing was sent)\n")
    assert resync_bodies(seeded) == []


def test_yes_confirms_without_a_terminal(run: Runner, seeded: FakeFivetran) -> None:
    result = run(
        "--json",
        "connections",
        "resync",
        CONNECTION,
        "--yes",
        "--scope",
        "public.orders",
        "public.customers",
        "--scope",
        "public.orders",
    )

    assert (result.code, result.stderr) == (0, "")
    assert result.json() == {
        "connection_id": CONNECTION,
        "resync_requested": True,
        "scope": {"public": ["orders", "customers"]},
    }
    assert resync_bodies(seeded) == [{"scope": {"public": ["orders", "customers"]}}]


def test_a_whole_connection_resync_sends_no_scope(run: Runner, seeded: FakeFivetran) -> None:
    result = run("connections", "resync", CONNECTION, "--yes")

    assert result.stdout == f"✓ resync requested for {CONNECTION}: all historical data of the connection\n"
    assert [r.body for r in seeded.requests if (r.method, r.target) == RESYNC] in ([b""], [b"{}"])


@pytest.mark.parametrize("scope", ["orders", ".orders", "public.", "public. "])
def test_a_malformed_scope_is_a_usage_error(run: Runner, seeded: FakeFivetran, scope: str) -> None:
    result = run("connections", "resync", CONNECTION, "--yes", "--scope", scope)

    assert result.code == ExitCode.USAGE
    assert "expected SCHEMA.TABLE" in result.stderr
    assert api_requests(seeded) == []


def test_a_conflict_is_an_api_error(run: Runner, seeded: FakeFivetran) -> None:
    seeded.connections.trigger_sync(CONNECTION)

    result = run("connections", "resync", CONNECTION, "--yes")

    assert result.code == ExitCode.API
    assert result.stderr.startswith("error: 409 Conflict: ")
    assert result.stderr.endswith(f"(POST https://api.fivetran.com/v1/connections/{CONNECTION}/resync)\n")
