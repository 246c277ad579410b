"""The command line grammar of ``fivetran-ext``: argparse only, no command logic."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from . import _cmd_resources, _cmd_resync, _cmd_schema, _cmd_sync
from ._exit import exit_codes_help

__all__ = ["PROG", "build_parser"]

PROG = "fivetran-ext"

_DESCRIPTION = "Inspect and operate Fivetran groups, connections, destinations and webhooks."
_EPILOG = f"""\
environment:
  FIVETRAN_API_KEY, FIVETRAN_API_SECRET  credentials (required; never accepted as options)
  FIVETRAN_BASE_URL                      API root (default https://api.fivetran.com)

examples:
  {PROG} connections list --group-id projected_sickle
  {PROG} connections sync decent_dropsy --wait --timeout 1800
  {PROG} schema show decent_dropsy
  {PROG} --json connections status decent_dropsy | jq .sync_state

{exit_codes_help()}
"""


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text!r}")
    return value


def _count(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"expected an integer >= {minimum}, got {text!r}")
        return value

    return parse


def _identifier(text: str) -> str:
    # Checked here so a blank id is a usage error, not a request; the client percent-encodes the rest.
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


class _RefuseCredential(argparse.Action):
    """``--api-key``/``--api-secret``: refused with a pointer to the environment, the value never echoed."""

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option: Any = None
    ) -> None:
        # A secret on the command line is visible to every user of the machine (ps, /proc) and in shell history.
        parser.error(f"{option} is not accepted: set FIVETRAN_API_KEY and FIVETRAN_API_SECRET in the environment")


def _scope_entry(text: str) -> tuple[str, str]:
    # The schema ends at the first dot, so table names may contain dots; schema names cannot.
    schema, dot, table = text.partition(".")
    if not dot or not schema.strip() or not table.strip():
        raise argparse.ArgumentTypeError(f"expected SCHEMA.TABLE, got {text!r}")
    return schema, table


def _leaf(
    group: Any, name: str, handler: Callable[..., Any], help_text: str, **defaults: Any
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = group.add_parser(name, help=help_text, description=help_text)
    # Also accepted after the command; SUPPRESS keeps a --json given before it.
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON for scripts")
    parser.set_defaults(handler=handler, **defaults)
    return parser


def _add_id(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("id", metavar="ID", type=_identifier, help=f"the {what} id")


def _add_list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=_count(1), metavar="N", help="show at most N items (default: all)")


def _resource_commands(commands: Any, resource: str, singular: str, actions_help: str = "list, get") -> Any:
    group = commands.add_parser(resource, help=f"{resource}: {actions_help}", description=f"Fivetran {resource}.")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = _leaf(actions, "list", _cmd_resources.list_items, f"list {resource}", resource=resource)
    _add_list_options(listing)
    _add_id(_leaf(actions, "get", _cmd_resources.get_item, f"show one {singular}", resource=resource), singular)
    return actions


def build_parser() -> argparse.ArgumentParser:
    """The whole ``fivetran-ext`` parser; every leaf sets ``handler(context, args) -> ExitCode``."""
    from .._version import __version__

    parser = argparse.ArgumentParser(
        prog=PROG, description=_DESCRIPTION, epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts (also accepted after the command)")
    parser.add_argument("--base-url", metavar="URL", help="API root (default: $FIVETRAN_BASE_URL or Fivetran's)")
    parser.add_argument(
        "--timeout", dest="http_timeout", type=_positive_float, metavar="S", help="per-request HTTP timeout, seconds"
    )
    parser.add_argument("--max-retries", type=_count(0), metavar="N", help="retries of a failed request (default 3)")
    parser.add_argument("--api-key", "--api-secret", nargs="?", action=_RefuseCredential, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    _resource_commands(commands, "groups", "group")
    _resource_commands(commands, "destinations", "destination")
    _resource_commands(commands, "webhooks", "webhook")
    connections = _resource_commands(
        commands, "connections", "connection", "list, get, status, sync, pause, resume, resync"
    )
    listing = connections.choices["list"]
    listing.add_argument("--group-id", type=_identifier, metavar="G", help="only the connections of group G")

    status = _leaf(connections, "status", _cmd_sync.status, "show a connection's sync status")
    _add_id(status, "connection")

    sync = _leaf(connections, "sync", _cmd_sync.sync, "trigger a sync, optionally waiting for its outcome")
    _add_id(sync, "connection")
    sync.add_argument("--force", action="store_true", help="restart a sync that is already running")
    sync.add_argument("--wait", action="store_true", help="wait for the sync to end, showing its progress")
    sync.add_argument(
        "--timeout",
        dest="wait_timeout",
        type=_positive_float,
        metavar="S",
        help=f"stop waiting after S seconds (implies --wait; default {_cmd_sync.DEFAULT_WAIT_TIMEOUT:g})",
    )
    sync.add_argument(
        "--poll-interval",
        type=_positive_float,
        metavar="S",
        help=f"seconds between status checks (implies --wait; default {_cmd_sync.DEFAULT_POLL_INTERVAL:g})",
    )

    _add_id(_leaf(connections, "pause", _cmd_sync.pause, "pause a connection"), "connection")
    _add_id(_leaf(connections, "resume", _cmd_sync.resume, "resume a paused connection"), "connection")

    resync = _leaf(
        connections,
        "resync",
        _cmd_resync.resync,
        "re-import historical data (destructive: asks for confirmation)",
    )
    _add_id(resync, "connection")
    resync.add_argument(
        "--scope",
        action="extend",
        nargs="+",
        type=_scope_entry,
        metavar="SCHEMA.TABLE",
        help="resync only these tables; the schema ends at the first dot (default: everything)",
    )
    resync.add_argument("--yes", action="store_true", help="do not ask for confirmation (required without a terminal)")

    schema = commands.add_parser("schema", help="schema: show", description="A connection's schema config.")
    schema_actions = schema.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = _leaf(schema_actions, "show", _cmd_schema.show, "show the schema config as a tree")
    _add_id(show, "connection")
    return parser
