"""Bounded-concurrency fan-out: call one function for many items, keep order, keep every outcome.

The common job is "fetch the sync status of every connection in the account": thousands of independent
calls where one failure (a connection deleted meanwhile, a 404) must not lose the other results, and
where unbounded concurrency would only queue on the rate limit. `fan_out` (threads) and
`async_fan_out` (tasks) run at most ``concurrency`` calls at a time and return one `Outcome` per item,
in the order of the items, holding either the value or the exception.

Combine with a `RateLimitGovernor` on the client so a large fan-out slows down before the API refuses.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, Literal, TypeAlias, TypeVar

import anyio

__all__ = ["Failed", "Outcome", "Succeeded", "async_fan_out", "fan_out"]

T = TypeVar("T")
R = TypeVar("R")

_MAX_CONCURRENCY = 256


@dataclass(frozen=True, slots=True)
class Succeeded(Generic[T, R]):
    """An item whose call returned: ``value`` is its result.

    Attributes:
        item: The input item.
        value: The call's result.
        error: Always None (so ``outcome.error`` reads on any `Outcome`).
    """

    item: T
    value: R
    error: None = None

    @property
    def ok(self) -> Literal[True]:
        """True: the call returned normally (``if outcome.ok:`` narrows an `Outcome` to `Succeeded`)."""
        return True

    def unwrap(self) -> R:
        """The value."""
        return self.value


@dataclass(frozen=True, slots=True)
class Failed(Generic[T, R]):
    """An item whose call raised: ``error`` is the exception.

    Attributes:
        item: The input item.
        error: The exception the call raised.
        value: Always None (so ``outcome.value`` reads on any `Outcome`).
    """

    item: T
    error: Exception
    value: None = None

    @property
    def ok(self) -> Literal[False]:
        """False: the call raised (``if not outcome.ok:`` narrows an `Outcome` to `Failed`)."""
        return False

    def unwrap(self) -> R:
        """Raise the item's error."""
        raise self.error


Outcome: TypeAlias = Succeeded[T, R] | Failed[T, R]
"""What happened to one item: `Succeeded` (with ``value``) or `Failed` (with ``error``).

Type checkers narrow on ``ok``::

    for outcome in fan_out(client.connections.get_sync_status, ids):
        if outcome.ok:
            print(outcome.value.sync_state)   # outcome is a Succeeded: value is a SyncStatus
        else:
            print(outcome.error)              # outcome is a Failed: error is an Exception
"""


def _check_concurrency(concurrency: int) -> int:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= _MAX_CONCURRENCY:
        raise ValueError(f"concurrency must be an integer from 1 to {_MAX_CONCURRENCY}, got {concurrency!r}")
    return concurrency


def fan_out(
    function: Callable[[T], R],
    items: Iterable[T],
    *,
    concurrency: int = 8,
    stop_on_error: bool = False,
) -> list[Outcome[T, R]]:
    """Call ``function(item)`` for every item on up to ``concurrency`` threads; outcomes in item order.

    An exception (`Exception`, not `KeyboardInterrupt`) is recorded in that item's outcome and the others
    go on. With ``stop_on_error``, items not yet started after the first failure are not called at all and
    are reported with the same error, so the result still has one outcome per item.

    Args:
        function: A thread-safe callable, e.g. ``client.connections.get_sync_status`` (a `Fivetran`
            client may be shared between threads).
        items: The inputs; consumed up front.
        concurrency: Calls in flight at most (1..256).
        stop_on_error: Do not start new calls once one has failed.

    Example:
        outcomes = fan_out(client.connections.get_sync_status, ids, concurrency=16)
        failed = [o for o in outcomes if not o.ok]
    """
    _check_concurrency(concurrency)
    pending = list(items)
    results: list[Outcome[T, R] | None] = [None] * len(pending)
    first_error: list[Exception] = []
    lock = threading.Lock()
    queue: Iterator[int] = iter(range(len(pending)))

    def worker() -> None:
        while True:
            with lock:
                index = next(queue, None)
                stopped = first_error[0] if (stop_on_error and first_error) else None
            if index is None:
                return
            item = pending[index]
            if stopped is not None:
                results[index] = Failed(item, stopped)
                continue
            try:
                results[index] = Succeeded(item, function(item))
            except Exception as error:  # recorded per item, by design
                results[index] = Failed(item, error)
                with lock:
                    first_error.append(error)

    workers = min(concurrency, len(pending))
    if workers <= 1:
        worker()
    else:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fivetran-fan-out") as pool:
            for future in [pool.submit(worker) for _ in range(workers)]:
                future.result()
    return [outcome for outcome in results if outcome is not None]


async def async_fan_out(
    function: Callable[[T], Awaitable[R]],
    items: Iterable[T],
    *,
    concurrency: int = 50,
    stop_on_error: bool = False,
) -> list[Outcome[T, R]]:
    """Async twin of `fan_out`: at most ``concurrency`` awaiting calls at once, outcomes in item order.

    Runs on asyncio or trio. Cancellation of the caller cancels the calls in flight and propagates;
    per-item exceptions are recorded like in `fan_out`.

    Example:
        async with AsyncFivetran.from_env() as client:
            outcomes = await async_fan_out(client.connections.get_sync_status, ids, concurrency=50)
    """
    _check_concurrency(concurrency)
    pending = list(items)
    results: list[Outcome[T, R] | None] = [None] * len(pending)
    first_error: list[Exception] = []
    queue: Iterator[int] = iter(range(len(pending)))

    async def worker() -> None:
        # Workers pull the next index instead of one task per item: memory stays O(concurrency).
        for index in queue:
            item = pending[index]
            if stop_on_error and first_error:
                results[index] = Failed(item, first_error[0])
                continue
            try:
                results[index] = Succeeded(item, await function(item))
            except Exception as error:  # recorded per item, by design
                results[index] = Failed(item, error)
                first_error.append(error)

    # anyio (as the rest of the async client) so this works under trio too; the task group cancels the
    # calls in flight if the caller is cancelled.
    async with anyio.create_task_group() as group:
        for _ in range(min(concurrency, len(pending))):
            group.start_soon(worker)
    return [outcome for outcome in results if outcome is not None]
