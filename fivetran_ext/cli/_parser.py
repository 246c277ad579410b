"""The command line grammar of ``fivetran-ext``: argparse only, no command logic."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from . import _cmd_api, _cmd_resources, _cmd_resync, _cmd_schema, _cmd_sync, _methods
from ._exit import COMMON, ExitCode, exit_codes_help

__all__ = ["PROG", "build_parser", "output_options"]

PROG = "fivetran-ext"

_DESCRIPTION = "Inspect and operate Fivetran: every resource and operation of the REST API."
_EPILOG = f"""\
environment:
  FIVETRAN_API_KEY, FIVETRAN_API_SECRET  credentials; or FIVETRAN_API_KEY alone holding the base64 key
                                         of Fivetran's CLI (base64 of key:secret)
  FIVETRAN_BASE_URL                      API root (default https://api.fivetran.com)

examples:
  {PROG} connections list --group-id projected_sickle
  {PROG} connections sync decent_dropsy --wait --timeout 1800
  {PROG} schema show decent_dropsy
  {PROG} --json connections status decent_dropsy | jq .sync_state
  {PROG} users create --email ana@example.com --given-name Ana --family-name Lima
  {PROG} connections update decent_dropsy --config @config.json
  {PROG} RESOURCE METHOD --help     (every command lists its arguments and exit codes)

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
        parser.error(
            f"{option} is not accepted: set FIVETRAN_API_SECRET in the environment "
            "(or FIVETRAN_API_KEY to Fivetran CLI's base64 key)"
        )


def _location(text: str) -> tuple[str, str | None, str | None]:
    location = _cmd_schema.split_location(text)
    if not all(part is None or part.strip() for part in location) or not location[0].strip():
        raise argparse.ArgumentTypeError(f"expected SCHEMA[.TABLE[.COLUMN]], got {text!r}")
    return location


def _scope_entry(text: str) -> tuple[str, str]:
    # The schema ends at the first dot, so table names may contain dots; schema names cannot.
    schema, dot, table = text.partition(".")
    if not dot or not schema.strip() or not table.strip():
        raise argparse.ArgumentTypeError(f"expected SCHEMA.TABLE, got {text!r}")
    return schema, table


def _leaf(
    group: Any,
    name: str,
    handler: Callable[..., Any],
    help_text: str,
    codes: Iterable[ExitCode] = (),
    **defaults: Any,
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = group.add_parser(
        name,
        help=help_text,
        description=help_text,
        epilog=exit_codes_help([*COMMON, *codes]),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    output_options(parser, argparse.SUPPRESS)
    parser.set_defaults(handler=handler, **defaults)
    return parser


def output_options(parser: argparse.ArgumentParser, default: Any) -> None:
    # Also accepted after the command; a SUPPRESS default keeps what was given before it.
    parser.add_argument(
        "--json", action="store_true", default=default if default is argparse.SUPPRESS else False, help="print JSON"
    )
    parser.add_argument(
        "--output", choices=("text", "json"), default=default, help="text (default) or json, as Fivetran's CLI"
    )
    parser.add_argument(
        "--fields", action="append", default=default, metavar="A,B.C", help="print only these (dotted) fields"
    )
    parser.add_argument(
        "--filter",
        dest="filters",
        action="append",
        default=default,
        metavar="K=V[,K!=V]",
        help="keep only the items whose (dotted) fields match; repeatable",
    )
    parser.add_argument("--output-file", default=default, metavar="FILE", help="write the result to FILE")


def _add_id(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("id", metavar="ID", type=_identifier, help=f"the {what} id")


def _add_list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=_count(1), metavar="N", help="show at most N items (default: all)")


_HANDWRITTEN = {
    "groups": "group",
    "connections": "connection",
    "destinations": "destination",
    "webhooks": "webhook",
}
"""Resources whose ``list`` and ``get`` print tailored tables and records (``_cmd_resources``)."""
_EXTRA = {"connections": ["status", "sync", "pause", "resume", "resync"]}


def _resource_commands(commands: Any, resource: str, populate: bool) -> Any:
    methods = _methods.methods_by_resource().get(resource, [])
    names = (["list", "get"] if resource in _HANDWRITTEN else []) + _EXTRA.get(resource, [])
    names += [_methods.cli_name(method) for method in methods if _methods.cli_name(method) not in names]
    group = commands.add_parser(
        _methods.cli_name(resource),
        help=f"{', '.join(names[:7])}{', ...' if len(names) > 7 else ''}",
        description=f"Fivetran {resource.replace('_', ' ')}: {', '.join(names)}.",
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    singular = _HANDWRITTEN.get(resource)
    if populate and singular:
        listing = _leaf(actions, "list", _cmd_resources.list_items, f"list {resource}", resource=resource)
        _add_list_options(listing)
        _add_id(_leaf(actions, "get", _cmd_resources.get_item, f"show one {singular}", resource=resource), singular)
    return actions


def _fill_generic(actions: Any, resource: str) -> None:
    """Every registry method of ``resource`` that has no hand-written command yet."""
    for method in _methods.methods_by_resource().get(resource, []):
        if _methods.cli_name(method) not in actions.choices:
            _generic_leaf(actions, resource, method)


def _generic_leaf(actions: Any, resource: str, method: str) -> None:
    # The method's own arguments are parsed when it runs, from its signature (help included).
    leaf: argparse.ArgumentParser = actions.add_parser(
        _methods.cli_name(method), help=f"{resource}.{method}", add_help=False, prefix_chars="\0"
    )
    leaf.add_argument("arguments", nargs=argparse.REMAINDER)
    leaf.set_defaults(handler=_methods.run, resource=resource, method=method)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``fivetran-ext`` parser; every leaf sets ``handler(context, args) -> ExitCode``.

    Args:
        argv: The arguments about to be parsed: only the resources they name get their commands built
            (start-up time of a one-shot call). None builds the whole tree (completion scripts, docs).
    """
    from .._version import __version__

    parser = argparse.ArgumentParser(
        prog=PROG, description=_DESCRIPTION, epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    output_options(parser, None)
    parser.add_argument("--base-url", metavar="URL", help="API root (default: $FIVETRAN_BASE_URL or Fivetran's)")
    parser.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="accept a plain-http base URL that is not loopback (credentials cross the network unencrypted)",
    )
    parser.add_argument(
        "--timeout", dest="http_timeout", type=_positive_float, metavar="S", help="per-request HTTP timeout, seconds"
    )
    parser.add_argument("--max-retries", type=_count(0), metavar="N", help="retries of a failed request (default 3)")
    parser.add_argument(
        "--api-key",
        metavar="BASE64_KEY",
        help="Fivetran CLI's base64 key (base64 of key:secret); prefer FIVETRAN_API_KEY: argv is visible to others",
    )
    parser.add_argument("--api-secret", nargs="?", action=_RefuseCredential, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    wanted = None if argv is None else set(argv)
    resources = list(_HANDWRITTEN) + [name for name in _methods.methods_by_resource() if name not in _HANDWRITTEN]
    for resource in resources:
        populate = wanted is None or _methods.cli_name(resource) in wanted
        actions = _resource_commands(commands, resource, populate)
        if not populate:
            continue
        if resource == "connections":
            _connection_commands(actions)
        _fill_generic(actions, resource)

    schema = commands.add_parser(
        "schema", help="show, enable, disable, sync-mode", description="A connection's schema config."
    )
    schema_actions = schema.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = _leaf(schema_actions, "show", _cmd_schema.show, "show the schema config as a tree")
    _add_id(show, "connection")
    for name, enabled in (("enable", True), ("disable", False)):
        leaf = _leaf(schema_actions, name, _cmd_schema.enable, f"{name} a schema, a table or a column", enabled=enabled)
        _add_id(leaf, "connection")
        leaf.add_argument("location", type=_location, metavar="SCHEMA[.TABLE[.COLUMN]]")
    mode = _leaf(schema_actions, "sync-mode", _cmd_schema.set_sync_mode, "set a table's sync mode")
    _add_id(mode, "connection")
    mode.add_argument("location", type=_location, metavar="SCHEMA.TABLE")
    mode.add_argument(
        "mode", choices=("SOFT_DELETE", "HISTORY", "LIVE"), metavar="MODE", help="SOFT_DELETE, HISTORY or LIVE"
    )

    api = _leaf(
        commands,
        "api",
        _cmd_api.send,
        "send any operation of the spec as a raw request (through the client: auth, retries, errors)",
    )
    api.add_argument("method", metavar="METHOD", help="GET, POST, PATCH, DELETE, ...")
    api.add_argument("path", metavar="PATH", help="the API path, e.g. /v1/hvr/register-hub")
    api.add_argument("--query", action="append", metavar="K=V", help="a query parameter; repeatable")
    api.add_argument("--body", metavar="@FILE|@-", help="the JSON body, from a file or stdin (never inline)")

    completion = commands.add_parser(
        "completion", help="print a shell completion script", description="Print a completion script for a shell."
    )
    completion.add_argument("shell", choices=("bash", "zsh"))
    completion.set_defaults(handler=_completion)
    return parser


def _completion(context: Any, args: argparse.Namespace) -> ExitCode:
    from ._completion import script

    context.console.out(script(build_parser(), args.shell))
    return ExitCode.OK


def _connection_commands(connections: Any) -> None:
    listing = connections.choices["list"]
    listing.add_argument("--group-id", type=_identifier, metavar="G", help="only the connections of group G")

    status = _leaf(connections, "status", _cmd_sync.status, "show a connection's sync status")
    _add_id(status, "connection")

    sync = _leaf(
        connections,
        "sync",
        _cmd_sync.sync,
        "trigger a sync, optionally waiting for its outcome",
        (ExitCode.SYNC_FAILED, ExitCode.SYNC_TIMED_OUT, ExitCode.NOT_SYNCABLE, ExitCode.RESCHEDULED),
    )
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
        (ExitCode.ABORTED,),
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
