"""Where the CLI reads and writes, and what it knows about the terminal: one object, so tests can fake it."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

__all__ = ["Console"]


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


@dataclass
class Console:
    """The CLI's streams, terminal facts and clock.

    Attributes:
        stdout: Results (tables, trees, JSON) and, in human mode, sync progress.
        stderr: Error lines, prompts and, with ``--json``, sync progress.
        stdin: Where a confirmation answer is read.
        stdout_tty: Whether stdout is a terminal (live progress line instead of plain lines).
        stderr_tty: Whether stderr is a terminal.
        stdin_tty: Whether stdin is a terminal (only then can the CLI ask for a confirmation).
        width: Terminal columns: a live line longer than that would wrap, and ``\r`` cannot redraw it.
        clock: Monotonic seconds, for elapsed times on the progress display.
        wall_clock: Seconds since the epoch; ``sync --wait`` measures its timeout with it.
        sleep: How ``sync --wait`` waits between polls.
        live_refresh: Seconds between redraws of a live progress line, so the elapsed time keeps moving
            between polls; None redraws only when a poll arrives (what tests use: no thread).

    Example:
        console = Console(stdout=io.StringIO(), stderr=io.StringIO(), stdin=io.StringIO("y\\n"),
                          stdout_tty=True, stdin_tty=True, clock=fake_time.monotonic,
                          wall_clock=fake_time.time, sleep=fake_time.sleep, live_refresh=None)
    """

    stdout: TextIO
    stderr: TextIO
    stdin: TextIO
    stdout_tty: bool = False
    stderr_tty: bool = False
    stdin_tty: bool = False
    width: int = 80
    clock: Callable[[], float] = field(default=time.monotonic)
    wall_clock: Callable[[], float] = field(default=time.time)
    sleep: Callable[[float], None] = field(default=time.sleep)
    live_refresh: float | None = 0.2

    @classmethod
    def system(cls) -> Console:
        """The process's own streams, with terminal detection."""
        return cls(
            stdout=sys.stdout,
            stderr=sys.stderr,
            stdin=sys.stdin,
            stdout_tty=_isatty(sys.stdout),
            stderr_tty=_isatty(sys.stderr),
            stdin_tty=_isatty(sys.stdin),
            width=shutil.get_terminal_size().columns,
        )

    def out(self, text: str = "") -> None:
        """Write one line to stdout."""
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def err(self, text: str) -> None:
        """Write one line to stderr."""
        self.stderr.write(text + "\n")
        self.stderr.flush()

    def ask(self, prompt: str) -> str | None:
        """Show ``prompt`` on stderr and read one line from stdin; None at end of input."""
        self.stderr.write(prompt)
        self.stderr.flush()
        line = self.stdin.readline()
        return line.rstrip("\r\n") if line else None
