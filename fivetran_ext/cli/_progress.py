"""The display of a sync being waited for.

On a terminal: one line, redrawn in place (spinner, sync state, elapsed time, polls), then the outcome.
Elsewhere (a pipe, a CI log): one plain line per sync state change, then the outcome, so a log shows
what happened without hundreds of carriage returns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from ._render import Glyphs

if TYPE_CHECKING:
    from datetime import datetime

    from .._sync_status import SyncStatus
    from .._sync_wait import SyncOutcome

__all__ = ["SyncProgress", "describe_outcome", "state_of"]

_CLEAR_LINE = "\r\x1b[K"  # back to column 0, erase to the end of the line


def state_of(status: SyncStatus) -> str:
    """The one word that says where a sync stands (a paused connection reads ``paused``)."""
    return "paused" if status.paused else (status.sync_state or "unknown")


def _seconds(value: float) -> str:
    return f"{value:.1f}s"


def _polls(count: int) -> str:
    return f"{count} poll" if count == 1 else f"{count} polls"


def describe_outcome(connection_id: str, outcome: SyncOutcome, glyphs: Glyphs) -> str:
    """The final line: how the wait ended, how long it took, and the timestamp that proves it.

    Example:
        ``✓ decent_dropsy: sync succeeded in 3.0s (3 polls), completed at 2025-01-01T00:01:00+00:00``
    """
    took = f"in {_seconds(outcome.elapsed)} ({_polls(outcome.polls)})"
    kind = outcome.kind.value
    if kind == "succeeded":
        return f"{glyphs.ok} {connection_id}: sync succeeded {took}, completed at {_when(outcome.completed_at)}"
    if kind == "failed":
        # The first task/warning message is the one line that says what to fix.
        why = f": {outcome.reason}" if outcome.reason else ""
        return f"{glyphs.fail} {connection_id}: sync failed {took}, failed at {_when(outcome.completed_at)}{why}"
    if kind == "rescheduled":
        return (
            f"{glyphs.warn} {connection_id}: sync rescheduled until {_when(outcome.rescheduled_for)} "
            f"(after {_seconds(outcome.elapsed)}, {_polls(outcome.polls)})"
        )
    if kind == "not_syncable":
        sent = "no sync was triggered" if outcome.triggers == 0 else "the sync did not run"
        return f"{glyphs.fail} {connection_id}: not syncable ({outcome.reason or state_of(outcome.status)}): {sent}"
    if kind == "never_started":
        return f"{glyphs.fail} {connection_id}: the sync never started ({outcome.reason})"
    if kind == "error":
        # Only the fan-out methods end a wait this way; the reason names the request and Fivetran's answer.
        return f"{glyphs.fail} {connection_id}: {outcome.reason} (after {_seconds(outcome.elapsed)})"
    return (
        f"{glyphs.fail} {connection_id}: timed out after {_seconds(outcome.elapsed)} "
        f"({_polls(outcome.polls)}), sync state {state_of(outcome.status)}; the sync may still be running"
    )


def _when(moment: datetime | None) -> str:
    return moment.isoformat() if moment is not None else "-"


class SyncProgress:
    """Reports a sync's progress to ``stream``; `update` is the ``on_progress`` callback of ``sync_and_wait``.

    Args:
        stream: Where to write.
        connection_id: The connection being synced.
        live: Redraw one line in place (a terminal) instead of writing a line per state change.
        clock: Monotonic seconds, for the elapsed time.
        glyphs: Symbols the stream can show.
        refresh: On a live line, seconds between redraws by a background thread so the spinner and the
            elapsed time keep moving between polls; None redraws on polls only.
        width: Terminal columns; the live line is cut to fit, since a wrapped line cannot be redrawn.

    Example:
        progress = SyncProgress(sys.stdout, "decent_dropsy", live=True, clock=time.monotonic, glyphs=UNICODE)
        with progress:
            outcome = client.connections.sync_and_wait("decent_dropsy", on_progress=progress.update)
        progress.finish(outcome)
    """

    def __init__(
        self,
        stream: TextIO,
        connection_id: str,
        *,
        live: bool,
        clock: Callable[[], float],
        glyphs: Glyphs,
        refresh: float | None = None,
        width: int = 80,
    ) -> None:
        self._stream = stream
        self._connection_id = connection_id
        self._live = live
        self._clock = clock
        self._glyphs = glyphs
        self._refresh = refresh
        self._width = max(width - 1, 20)
        self._started = clock()
        self._state = "sync requested"
        self._polls = 0
        self._frame = 0
        # The refresher thread and the polling thread both draw: one writer at a time.
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> SyncProgress:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> None:
        """Show the first line (and start redrawing a live line in the background)."""
        self._started = self._clock()
        if not self._live:
            self._write(f"waiting for the sync of {self._connection_id}\n")
            return
        self._draw()
        if self._refresh is not None:
            self._thread = threading.Thread(target=self._redraw_until_stopped, name="sync-progress", daemon=True)
            self._thread.start()

    def update(self, status: SyncStatus) -> None:
        """Record one poll's status: redraw the live line, or print a line if the state changed."""
        state = state_of(status)
        with self._lock:
            self._polls += 1
            changed = state != self._state
            self._state = state
        if self._live:
            self._draw()
        elif changed:
            self._write(f"[{_seconds(self._elapsed()):>7}] {self._connection_id}: {state} ({_polls(self._polls)})\n")

    def stop(self) -> None:
        """Stop redrawing and leave the cursor on a fresh line (safe to call more than once)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._live:
            self._write(_CLEAR_LINE)

    def finish(self, outcome: SyncOutcome) -> None:
        """Stop and print the outcome line."""
        self.stop()
        self._write(describe_outcome(self._connection_id, outcome, self._glyphs) + "\n")

    def _elapsed(self) -> float:
        return max(self._clock() - self._started, 0.0)

    def _draw(self) -> None:
        with self._lock:
            spinner = self._glyphs.spinner[self._frame % len(self._glyphs.spinner)]
            self._frame += 1
            line = (
                f"{spinner} {self._connection_id}  {self._state}  "
                f"elapsed {_seconds(self._elapsed())}  {_polls(self._polls)}"
            )
            self._stream.write(_CLEAR_LINE + line[: self._width])
            self._stream.flush()

    def _redraw_until_stopped(self) -> None:
        assert self._refresh is not None
        while not self._stop.wait(self._refresh):
            self._draw()

    def _write(self, text: str) -> None:
        with self._lock:
            self._stream.write(text)
            self._stream.flush()
