"""Exit codes of ``fivetran-ext``: one table, used by the commands, ``--help`` and docs/cli.md."""

from __future__ import annotations

from enum import IntEnum

__all__ = ["ExitCode", "exit_codes_help"]


class ExitCode(IntEnum):
    """What a script can tell from ``$?`` without reading the output."""

    OK = 0
    INTERNAL = 1
    USAGE = 2
    API = 3
    SYNC_FAILED = 4
    SYNC_TIMED_OUT = 5
    NOT_SYNCED = 6
    ABORTED = 7
    INTERRUPTED = 130

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
    ExitCode.NOT_SYNCED: "sync not possible (paused, broken, incomplete setup) or rescheduled",
    ExitCode.ABORTED: "resync not confirmed (declined, or no terminal to ask on and no --yes)",
    # 128 + SIGINT, what shells report for a command stopped with Ctrl-C.
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C)",
}


def exit_codes_help() -> str:
    """The exit code table as plain text, for the ``--help`` epilog.

    Example:
        >>> print(exit_codes_help().splitlines()[1])
          0    success
    """
    lines = ["exit codes:"]
    lines += [f"  {code.value:<4} {code.meaning}" for code in ExitCode]
    return "\n".join(lines)
