"""``connections sync|status|pause|resume ID``: the sync lifecycle of one connection."""

from __future__ import annotations

import argparse

from ._context import Context
from ._exit import ExitCode
from ._progress import SyncProgress
from ._render import dump_json, glyphs_for, record
from ._serialize import outcome_dict, status_dict

__all__ = ["DEFAULT_POLL_INTERVAL", "DEFAULT_WAIT_TIMEOUT", "pause", "resume", "status", "sync"]

DEFAULT_WAIT_TIMEOUT = 3600.0
"""Seconds ``sync --wait`` waits for an outcome: long enough for most incremental syncs."""
DEFAULT_POLL_INTERVAL = 5.0
"""Seconds between status reads while waiting (720 requests per hour, within any account's limit)."""

_EXIT_BY_OUTCOME = {
    "succeeded": ExitCode.OK,
    "failed": ExitCode.SYNC_FAILED,
    "timed_out": ExitCode.SYNC_TIMED_OUT,
    "not_syncable": ExitCode.NOT_SYNCABLE,
    "rescheduled": ExitCode.RESCHEDULED,
    # sync_and_wait raises instead; an `error` outcome (the fan-out methods) is an API error all the same.
    "error": ExitCode.API,
}


def status(context: Context, args: argparse.Namespace) -> ExitCode:
    """Print where the connection's syncing stands (one ``GET``)."""
    data = status_dict(context.client().connections.get_sync_status(args.id))
    context.emit(data, lambda: record(data))
    return ExitCode.OK


def pause(context: Context, args: argparse.Namespace) -> ExitCode:
    """Pause the connection (a running sync stops)."""
    return _set_paused(context, args.id, paused=True)


def resume(context: Context, args: argparse.Namespace) -> ExitCode:
    """Resume a paused connection."""
    return _set_paused(context, args.id, paused=False)


def _set_paused(context: Context, connection_id: str, *, paused: bool) -> ExitCode:
    connections = context.client().connections
    connection = connections.pause(connection_id) if paused else connections.resume(connection_id)
    glyphs = context.glyphs
    context.emit(connection.to_dict(), lambda: [f"{glyphs.ok} {connection_id} {'paused' if paused else 'resumed'}"])
    return ExitCode.OK


def sync(context: Context, args: argparse.Namespace) -> ExitCode:
    """Trigger a sync; with ``--wait``, follow it to its outcome and exit with the outcome's code."""
    # --timeout and --poll-interval only mean something while waiting, so either one asks for it.
    if not (args.wait or args.wait_timeout is not None or args.poll_interval is not None):
        context.client().connections.sync(args.id, force=args.force)
        glyphs = context.glyphs
        forced = " (forced: a running sync restarts)" if args.force else ""
        context.emit(
            {"connection_id": args.id, "sync_requested": True, "force": args.force},
            lambda: [f"{glyphs.ok} sync requested for {args.id}{forced}"],
        )
        return ExitCode.OK
    return _sync_and_wait(context, args)


def _sync_and_wait(context: Context, args: argparse.Namespace) -> ExitCode:
    console = context.console
    connections = context.client().connections
    # With --json, stdout carries only the JSON document; progress goes to stderr.
    stream, live = (console.stderr, console.stderr_tty) if context.json else (console.stdout, console.stdout_tty)
    progress = SyncProgress(
        stream,
        args.id,
        live=live,
        clock=console.clock,
        glyphs=glyphs_for(stream),
        refresh=console.live_refresh,
        width=console.width,
    )
    try:
        with progress:
            outcome = connections.sync_and_wait(
                args.id,
                timeout=args.wait_timeout or DEFAULT_WAIT_TIMEOUT,
                poll_interval=args.poll_interval or DEFAULT_POLL_INTERVAL,
                force=args.force,
                on_progress=progress.update,
                sleep=console.sleep,
                clock=console.wall_clock,
            )
    except KeyboardInterrupt:
        console.err("stopped waiting; a sync that started keeps running at Fivetran")
        raise
    progress.finish(outcome)
    if context.json:
        console.out(dump_json(outcome_dict(args.id, outcome)))
    return _EXIT_BY_OUTCOME.get(outcome.kind.value, ExitCode.INTERNAL)
