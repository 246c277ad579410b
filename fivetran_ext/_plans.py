"""One driver, sync and async, for every sans-I/O plan of the library.

A plan is a generator that performs no I/O: it yields what it needs (a `Call` to run, a `Sleep`), receives
each result by ``send``, and *returns* its result. The drivers here are the only code that runs plans, so
the rules every plan relies on hold in one place:

* An error raised while performing a step (an API error, ``KeyboardInterrupt`` during a sleep, a task
  cancelled) is thrown *into* the plan at the ``yield`` that asked for the step. The plan may still yield
  steps to clean up (e.g. give a connection back its ``auto`` schedule) before re-raising; those steps
  run, and in the async driver they run shielded from the cancellation that caused them.
* The generator is closed in ``finally`` whatever happens, so an abandoned plan never lingers.

This mirrors httpx's auth flows: one generator, two tiny drivers.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ._fanout import Outcome

__all__ = [
    "Abandoned",
    "Batch",
    "Effect",
    "Emit",
    "Plan",
    "Sleep",
    "attempt",
    "drive",
    "drive_async",
    "stream",
    "stream_async",
]

R = TypeVar("R")

Plan = Generator[Any, Any, R]
"""A plan: yields steps (`Sleep`, `Call`, ...), is sent each step's result, returns its result."""


@dataclass(frozen=True, slots=True)
class Sleep:
    """A step of a plan: wait this many seconds (the driver's injected sleep does it)."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Batch:
    """A step of a plan: run these calls with at most ``concurrency`` in flight; the reply is one
    `fivetran_ext.Outcome` per call, in order (a failed call does not stop the others)."""

    calls: tuple[Any, ...]
    concurrency: int


@dataclass(frozen=True, slots=True)
class Emit:
    """A step of a streaming plan: hand ``value`` to the consumer now (`stream`), then go on."""

    value: Any


@dataclass(frozen=True, slots=True)
class Effect:
    """A step of a plan: call ``function()`` (no API request: e.g. a Redis claim); the reply is its result.

    The async driver awaits ``awaitable()`` instead, the same call made without blocking (e.g. through
    ``redis.asyncio``); without one it runs ``function`` in a worker thread, so a blocking store call never
    stalls the event loop either way.
    """

    function: Callable[[], Any]
    awaitable: Callable[[], Awaitable[Any]] | None = None


def attempt(call: Any) -> Generator[Any, Any, Outcome[Any, Any]]:
    """Perform one call and receive what happened as data: `Succeeded` (its value) or `Failed` (its error).

    A plain ``yield call`` has the call's error thrown into the plan; a plan that decides about a failure
    (the fleet: one connection's 404 is that connection's outcome) asks for a `Batch` of one instead,
    whose reply already carries the error. ``KeyboardInterrupt`` and cancellation still propagate.
    """
    (reply,) = yield Batch((call,), 1)
    outcome: Outcome[Any, Any] = reply
    return outcome


class Abandoned(Exception):
    """Thrown into a streaming plan when its consumer stops iterating, so the plan can clean up."""


def drive(plan: Plan[R], perform: Callable[[Any], Any]) -> R:
    """Run ``plan`` to its result, performing each step with ``perform`` (sync)."""
    try:
        step = next(plan)
        while True:
            try:
                reply = perform(step)
            except BaseException as error:
                step = plan.throw(error)
            else:
                step = plan.send(reply)
    except StopIteration as stop:
        result: R = stop.value
        return result
    finally:
        plan.close()


async def drive_async(plan: Plan[R], perform: Callable[[Any], Awaitable[Any]]) -> R:
    """Run ``plan`` to its result, awaiting each step with ``perform``; cleanup steps run shielded."""
    import anyio  # on first use: keeps `import fivetran_ext` light

    try:
        step = next(plan)
        while True:
            try:
                reply = await perform(step)
            except BaseException as error:
                step = plan.throw(error)
                # Whatever the plan asks for now is cleanup after the error: run it even if the error was a
                # cancellation (anyio re-cancels every await in a cancelled scope unless shielded).
                with anyio.CancelScope(shield=True):
                    while True:
                        try:
                            reply = await perform(step)
                        except BaseException as cleanup_error:
                            step = plan.throw(cleanup_error)
                        else:
                            step = plan.send(reply)
            else:
                step = plan.send(reply)
    except StopIteration as stop:
        result: R = stop.value
        return result
    finally:
        plan.close()


def _finish_abandoned(plan: Plan[Any], perform: Callable[[Any], Any]) -> None:
    """The consumer left: let the plan run its cleanup steps, then end it."""
    try:
        step = plan.throw(Abandoned())
        while True:
            step = plan.send(perform(step))
    except (Abandoned, StopIteration):
        return


def stream(plan: Plan[Any], perform: Callable[[Any], Any]) -> Iterator[Any]:
    """Run a streaming plan: each `Emit` value is yielded to the consumer as soon as the plan emits it.

    A consumer that stops early (``break``, ``close()``) gets the plan's cleanup done (an `Abandoned` is
    thrown into it) before the iterator closes.
    """
    try:
        step = next(plan)
        while True:
            if isinstance(step, Emit):
                try:
                    yield step.value
                except GeneratorExit:
                    _finish_abandoned(plan, perform)
                    raise
                step = plan.send(None)
                continue
            try:
                reply = perform(step)
            except BaseException as error:
                step = plan.throw(error)
            else:
                step = plan.send(reply)
    except StopIteration:
        return
    finally:
        plan.close()


async def stream_async(plan: Plan[Any], perform: Callable[[Any], Awaitable[Any]]) -> AsyncIterator[Any]:
    """Async twin of `stream`; cleanup after an error or an early exit runs shielded from cancellation."""
    import anyio

    async def cleanup(step: Any) -> None:
        with anyio.CancelScope(shield=True):
            while True:
                try:
                    reply = await perform(step)
                except BaseException as error:
                    step = plan.throw(error)
                else:
                    step = plan.send(reply)

    try:
        step = next(plan)
        while True:
            if isinstance(step, Emit):
                try:
                    yield step.value
                except GeneratorExit:
                    with contextlib.suppress(Abandoned, StopIteration):
                        await cleanup(plan.throw(Abandoned()))
                    raise
                step = plan.send(None)
                continue
            try:
                reply = await perform(step)
            except BaseException as error:
                await cleanup(plan.throw(error))
            else:
                step = plan.send(reply)
    except StopIteration:
        return
    finally:
        plan.close()
