"""`SyncProgress` and the outcome lines, on their own: no client, no fake, an injected clock."""

from __future__ import annotations

import io
import threading
from datetime import UTC, datetime

import pytest

from fivetran_ext._sync_status import SyncStatus
from fivetran_ext._sync_wait import SyncOutcome, SyncOutcomeKind
from fivetran_ext.cli._progress import SyncProgress, describe_outcome
from fivetran_ext.cli._render import ASCII, UNICODE

AT = datetime(2025, 1, 1, 0, 1, tzinfo=UTC)


def status(sync_state: str = "syncing", **fields: object) -> SyncStatus:
    settings: dict[str, object] = {"connection_id": "c", "setup_state": "connected", "sync_state": sync_state}
    return SyncStatus(**{**settings, **fields})  # type: ignore[arg-type]


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_plain_mode_writes_a_line_only_when_the_state_changes() -> None:
    stream, clock = io.StringIO(), Clock()
    progress = SyncProgress(stream, "c", live=False, clock=clock, glyphs=UNICODE)

    with progress:
        for seconds, state in ((5, "syncing"), (10, "syncing"), (15, "syncing"), (20, "scheduled")):
            clock.now = 100.0 + seconds
            progress.update(status(state))

    assert stream.getvalue().splitlines() == [
        "waiting for the sync of c",
        "[   5.0s] c: syncing (1 poll)",
        "[  20.0s] c: scheduled (4 polls)",
    ]


def test_a_paused_connection_reads_paused_whatever_its_sync_state() -> None:
    stream = io.StringIO()
    progress = SyncProgress(stream, "c", live=False, clock=Clock(), glyphs=UNICODE)

    progress.update(status("scheduled", paused=True))

    assert stream.getvalue() == "[   0.0s] c: paused (1 poll)\n"


def test_the_live_line_is_redrawn_in_the_background_until_stopped() -> None:
    drawn = threading.Event()

    class Stream(io.StringIO):
        def write(self, text: str) -> int:
            if self.getvalue().count("\r") >= 3:
                drawn.set()
            return super().write(text)

    stream = Stream()
    progress = SyncProgress(stream, "c", live=True, clock=Clock(), glyphs=ASCII, refresh=0.001)
    progress.start()
    assert drawn.wait(5.0)
    progress.stop()
    after_stop = stream.getvalue()

    frames = after_stop.split("\r\x1b[K")
    assert frames[1:4] == [
        "| c  sync requested  elapsed 0.0s  0 polls",
        "/ c  sync requested  elapsed 0.0s  0 polls",
        "- c  sync requested  elapsed 0.0s  0 polls",
    ]
    assert after_stop.endswith("\r\x1b[K")
    assert not any(thread.name == "sync-progress" for thread in threading.enumerate())
    progress.stop()  # idempotent
    assert stream.getvalue() == after_stop + "\r\x1b[K"


def outcome(kind: SyncOutcomeKind, last: SyncStatus, *, triggers: int = 1, reason: str | None = None) -> SyncOutcome:
    return SyncOutcome(kind, last, elapsed=62.04, polls=7, triggers=triggers, baseline=None, reason=reason)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("result", "line"),
    [
        (
            outcome(SyncOutcomeKind.SUCCEEDED, status("scheduled", succeeded_at=AT)),
            "✓ c: sync succeeded in 62.0s (7 polls), completed at 2025-01-01T00:01:00+00:00",
        ),
        (
            outcome(SyncOutcomeKind.FAILED, status("scheduled", failed_at=AT)),
            "✗ c: sync failed in 62.0s (7 polls), failed at 2025-01-01T00:01:00+00:00",
        ),
        (
            outcome(SyncOutcomeKind.FAILED, status("scheduled", failed_at=AT), reason="Reconnect the source"),
            "✗ c: sync failed in 62.0s (7 polls), failed at 2025-01-01T00:01:00+00:00: Reconnect the source",
        ),
        (
            outcome(SyncOutcomeKind.NEVER_STARTED, status("scheduled"), reason="no sign of the sync 60 s after"),
            "✗ c: the sync never started (no sign of the sync 60 s after)",
        ),
        (
            outcome(SyncOutcomeKind.RESCHEDULED, status("rescheduled", rescheduled_for=AT)),
            "! c: sync rescheduled until 2025-01-01T00:01:00+00:00 (after 62.0s, 7 polls)",
        ),
        (
            outcome(SyncOutcomeKind.NOT_SYNCABLE, status("paused"), triggers=0, reason="paused"),
            "✗ c: not syncable (paused): no sync was triggered",
        ),
        (
            outcome(SyncOutcomeKind.NOT_SYNCABLE, status("scheduled", setup_state="broken"), reason="broken"),
            "✗ c: not syncable (broken): the sync did not run",
        ),
        (
            outcome(SyncOutcomeKind.ERROR, status("scheduled"), reason="sync trigger failed: 404 NotFound: gone"),
            "✗ c: sync trigger failed: 404 NotFound: gone (after 62.0s)",
        ),
        (
            outcome(SyncOutcomeKind.TIMED_OUT, status("syncing")),
            "✗ c: timed out after 62.0s (7 polls), sync state syncing; the sync may still be running",
        ),
    ],
)
def test_every_outcome_has_a_final_line(result: SyncOutcome, line: str) -> None:
    assert describe_outcome("c", result, UNICODE) == line
