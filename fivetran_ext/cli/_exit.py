"""Exit codes of ``fivetran-ext``: one table, used by the commands, ``--help`` and docs/cli.md."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

__all__ = ["COMMON", "ExitCode", "exit_codes_help"]


class ExitCode(IntEnum):
    """What a script can tell from ``$?`` without reading the output."""

    OK = 0
    INTERNAL = 1
    USAGE = 2
    API = 3
    SYNC_FAILED = 4
    SYNC_TIMED_OUT = 5
    NOT_SYNCABLE = 6
    ABORTED = 7
    RESCHEDULED = 8
    UNAVAILABLE = 9
    INTERRUPTED = 130
    # The name 6 had when it also meant "rescheduled"; kept so older code keeps importing.
    NOT_SYNCED = 6

    @property
    def meaning(self) -> str:
        """One line saying when this code is returned."""
        return _MEANINGS[self]


_MEANINGS = {
    ExitCode.OK: "success",
    ExitCode.INTERNAL: "unexpected internal error (a bug: please report it)",
    ExitCode.USAGE: "usage error: bad arguments, missing credentials, invalid value (nothing sent)",
    ExitCode.API: "API or transport error (the error line says which)",
    ExitCode.SYNC_FAILED: "sync failed",
    ExitCode.SYNC_TIMED_OUT: "sync still running when --timeout ran out",
    ExitCode.NOT_SYNCABLE: "not syncable: the connection is paused, broken or not set up (nothing will sync)",
    ExitCode.ABORTED: "not confirmed (declined, or no terminal to ask on and no --yes); nothing was sent",
    ExitCode.RESCHEDULED: "sync rescheduled by Fivetran (e.g. quota): it will run later, try again then",
    ExitCode.UNAVAILABLE: "this fivetran-ext lacks the operation (removed from the API): upgrade or regenerate it",
    # 128 + SIGINT, what shells report for a command stopped with Ctrl-C.
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C)",
}


COMMON = (ExitCode.OK, ExitCode.INTERNAL, ExitCode.USAGE, ExitCode.API, ExitCode.UNAVAILABLE, ExitCode.INTERRUPTED)
"""The codes any command can return."""


def exit_codes_help(codes: Iterable[ExitCode] = ExitCode) -> str:
    """The exit code table as plain text, for a ``--help`` epilog: every code, or those a command returns.

    Example:
        >>> print(exit_codes_help([ExitCode.OK, ExitCode.RESCHEDULED]))
        exit codes:
          0    success
          8    sync rescheduled by Fivetran (e.g. quota): it will run later, try again then
    """
    lines = ["exit codes:"]
    lines += [f"  {code.value:<4} {code.meaning}" for code in sorted(set(codes))]
    return "\n".join(lines)
