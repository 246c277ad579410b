"""``connections resync ID [--scope SCHEMA.TABLE ...] [--yes]``: destructive, so confirmed first.

On a terminal the user must type the connection id (a ``y`` is too easy to give by reflex for an
operation that can re-import terabytes). Without a terminal, ``--yes`` is the only confirmation: a
script that forgot it fails with exit code 7 and nothing is sent.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from ._console import Console
from ._context import Context
from ._exit import ExitCode

__all__ = ["resync", "scope_from_entries"]


def scope_from_entries(entries: Sequence[tuple[str, str]] | None) -> dict[str, list[str]] | None:
    """``[("public", "orders"), ("public", "users")]`` → ``{"public": ["orders", "users"]}``; None for all.

    Example:
        >>> scope_from_entries([("public", "orders"), ("public", "users"), ("public", "orders")])
        {'public': ['orders', 'users']}
    """
    if not entries:
        return None
    scope: dict[str, list[str]] = {}
    for schema, table in entries:
        tables = scope.setdefault(schema, [])
        if table not in tables:
            tables.append(table)
    return scope


def _what(scope: dict[str, list[str]] | None) -> str:
    if scope is None:
        return "all historical data of the connection"
    tables = [f"{schema}.{table}" for schema, names in scope.items() for table in names]
    return f"the historical data of {len(tables)} table{'s' if len(tables) != 1 else ''}: {', '.join(tables)}"


def _confirmed(console: Console, connection_id: str, scope: dict[str, list[str]] | None) -> bool:
    if not console.stdin_tty:
        console.err(
            "error: refusing to resync without confirmation: stdin is not a terminal to ask on; "
            "pass --yes to confirm (nothing was sent)"
        )
        return False
    console.err(f"Resync of {connection_id} re-imports {_what(scope)}.")
    console.err("This can take hours and re-reads the source from scratch.")
    answer = console.ask(f"Type the connection id ({connection_id}) to confirm: ")
    if answer is None:
        console.err("")  # the prompt line was left open by end of input
    if answer is None or answer.strip() != connection_id:
        console.err("aborted: the answer did not match the connection id (nothing was sent)")
        return False
    return True


def resync(context: Context, args: argparse.Namespace) -> ExitCode:
    """Confirm, then ``POST /v1/connections/{id}/resync`` (never retried by the client)."""
    scope = scope_from_entries(args.scope)
    # Built before asking: missing credentials fail first, instead of after the user typed the id.
    connections = context.client().connections
    if not args.yes and not _confirmed(context.console, args.id, scope):
        return ExitCode.ABORTED
    connections.resync(args.id, confirm=True, scope=scope)
    glyphs = context.glyphs
    context.emit(
        {"connection_id": args.id, "resync_requested": True, "scope": scope},
        lambda: [f"{glyphs.ok} resync requested for {args.id}: {_what(scope)}"],
    )
    return ExitCode.OK
