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

The claiming rule is one sans-I/O plan (`_claim`) that yields the store reads and swaps it needs; the sync
driver (`claim_run`) calls the store's blocking methods, the async one (`claim_run_async`) awaits its
``*_async`` twins, so `AsyncFivetran` never blocks its event loop on a Redis round trip. Plans ask for a
claim with `claim_effect`, which carries both.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Protocol

from ._plans import Effect, drive, drive_async
from ._sync_run import SyncRun, SyncRunFormatError
from ._sync_status import SyncStatus

__all__ = [
    "AsyncRunClaimStore",
    "RunClaimStore",
    "claim_effect",
    "claim_run",
    "claim_run_async",
    "covers",
    "release_effect",
    "release_run",
    "release_run_async",
]

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


class AsyncRunClaimStore(RunClaimStore, Protocol):
    """A `RunClaimStore` that also offers its two steps as coroutines (both stores of the library do)."""

    async def get_run_async(self, connection_id: str) -> str | None:
        """`get_run`, awaited."""
        ...

    async def swap_run_async(self, connection_id: str, new: str | None, expected: str | None, ttl: float) -> str | None:
        """`swap_run`, awaited."""
        ...


@dataclass(frozen=True, slots=True)
class _Get:
    connection_id: str


@dataclass(frozen=True, slots=True)
class _Swap:
    connection_id: str
    new: str | None
    expected: str | None
    ttl: float


_Step = _Get | _Swap


def covers(run: SyncRun, status: SyncStatus, now: datetime) -> bool:
    """Whether ``run`` still covers its connection: its deadline is ahead and no sync completed since."""
    return run.triggers > 0 and run.deadline > now and status.last_sync_completed_at == run.watermark


def _claim(candidate: SyncRun, status: SyncStatus, now: datetime) -> Generator[_Step, str | None, SyncRun]:
    """Claim the connection for ``candidate``; or return the run of another worker that covers it."""
    ttl = max((candidate.deadline - now).total_seconds(), 1.0)
    mine = candidate.to_json()
    current = yield _Get(candidate.connection_id)
    for _ in range(_ROUNDS):
        if current is not None:
            try:
                held = SyncRun.from_json(current)
            except SyncRunFormatError:
                held = None  # written by a newer client, or damaged: not a run this client can join
            if held is not None and covers(held, status, now):
                return held
        after = yield _Swap(candidate.connection_id, mine, current, ttl)
        if after == mine:
            return candidate
        current = after
    return candidate


def _release(run: SyncRun) -> Generator[_Step, str | None, None]:
    # Unless another worker's claim replaced it meanwhile (the swap then changes nothing).
    yield _Swap(run.connection_id, None, run.to_json(), 1.0)


def _perform(store: RunClaimStore, step: _Step) -> str | None:
    if isinstance(step, _Get):
        return store.get_run(step.connection_id)
    return store.swap_run(step.connection_id, step.new, step.expected, step.ttl)


async def _perform_async(store: AsyncRunClaimStore, step: _Step) -> str | None:
    if isinstance(step, _Get):
        return await store.get_run_async(step.connection_id)
    return await store.swap_run_async(step.connection_id, step.new, step.expected, step.ttl)


def claim_run(store: RunClaimStore, candidate: SyncRun, status: SyncStatus, now: datetime) -> SyncRun:
    """Claim the connection for ``candidate``; or return the run of another worker that covers it."""
    return drive(_claim(candidate, status, now), partial(_perform, store))


async def claim_run_async(store: AsyncRunClaimStore, candidate: SyncRun, status: SyncStatus, now: datetime) -> SyncRun:
    """`claim_run` for event loops: awaits the store's ``*_async`` methods."""
    return await drive_async(_claim(candidate, status, now), partial(_perform_async, store))


def release_run(store: RunClaimStore, run: SyncRun) -> None:
    """Drop ``run``'s claim (its trigger failed), unless another worker's claim replaced it meanwhile."""
    drive(_release(run), partial(_perform, store))


async def release_run_async(store: AsyncRunClaimStore, run: SyncRun) -> None:
    """`release_run` for event loops."""
    await drive_async(_release(run), partial(_perform_async, store))


def _awaitable(store: RunClaimStore) -> AsyncRunClaimStore | None:
    # A custom store without the coroutines is still usable: the async driver calls it from a thread.
    return store if hasattr(store, "swap_run_async") and hasattr(store, "get_run_async") else None  # type: ignore[return-value]


def claim_effect(store: RunClaimStore, candidate: SyncRun, status: SyncStatus, now: datetime) -> Effect:
    """The plan step that claims a run (its reply: the run to follow), for either driver."""
    async_store = _awaitable(store)
    return Effect(
        partial(claim_run, store, candidate, status, now),
        None if async_store is None else partial(claim_run_async, async_store, candidate, status, now),
    )


def release_effect(store: RunClaimStore, run: SyncRun) -> Effect:
    """The plan step that gives ``run``'s claim back, for either driver."""
    async_store = _awaitable(store)
    return Effect(
        partial(release_run, store, run), None if async_store is None else partial(release_run_async, async_store, run)
    )
