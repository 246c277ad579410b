"""No two workers fight over one connection: a sync run claimed in a shared store is joined, not forced.

``force=True`` stops a running sync and starts another, so two workers that both force one connection kill
each other's sync (API_FACTS). With a coordinating store (``RedisRateStore`` shared by the workers, or a
``LocalRateStore`` shared by the threads of one process), ``start_sync`` first claims the connection for
its run: if a run that still covers the connection is already claimed, the second worker gets that run
back (the same handle, to ``check`` like its own) and sends nothing.

A claimed run covers the connection while its deadline is ahead and no sync completed since its trigger
(the completion timestamp just read still equals the run's watermark). A finished run's claim is simply
replaced, so nothing has to be released on success; a run whose trigger failed is released at once.
The swap is a compare-and-set, so two workers claiming at the same instant cannot both win.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from ._sync_run import SyncRun, SyncRunFormatError
from ._sync_status import SyncStatus

__all__ = ["RunClaimStore", "claim_run", "covers", "release_run"]

# Compare-and-set rounds before giving up coordinating (each lost round means another worker just won).
_ROUNDS = 5


class RunClaimStore(Protocol):
    """What a store offers to coordinate runs: a per-connection compare-and-set of a text value."""

    def get_run(self, connection_id: str) -> str | None:
        """The claimed run's JSON, or None."""
        ...

    def swap_run(self, connection_id: str, new: str | None, expected: str | None, ttl: float) -> str | None:
        """Set the claim to ``new`` (None deletes it) if it is ``expected``; return the claim now in force."""
        ...


def covers(run: SyncRun, status: SyncStatus, now: datetime) -> bool:
    """Whether ``run`` still covers its connection: its deadline is ahead and no sync completed since."""
    return run.triggers > 0 and run.deadline > now and status.last_sync_completed_at == run.watermark


def claim_run(store: RunClaimStore, candidate: SyncRun, status: SyncStatus, now: datetime) -> SyncRun:
    """Claim the connection for ``candidate``; or return the run of another worker that covers it."""
    ttl = max((candidate.deadline - now).total_seconds(), 1.0)
    mine = candidate.to_json()
    current = store.get_run(candidate.connection_id)
    for _ in range(_ROUNDS):
        if current is not None:
            try:
                held = SyncRun.from_json(current)
            except SyncRunFormatError:
                held = None  # written by a newer client, or damaged: not a run this client can join
            if held is not None and covers(held, status, now):
                return held
        after = store.swap_run(candidate.connection_id, mine, current, ttl)
        if after == mine:
            return candidate
        current = after
    return candidate


def release_run(store: RunClaimStore, run: SyncRun) -> None:
    """Drop ``run``'s claim (its trigger failed), unless another worker's claim replaced it meanwhile."""
    store.swap_run(run.connection_id, None, run.to_json(), 1.0)
