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

from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

__all__ = ["Plan", "Sleep", "drive", "drive_async"]

R = TypeVar("R")

Plan = Generator[Any, Any, R]
"""A plan: yields steps (`Sleep`, `Call`, ...), is sent each step's result, returns its result."""


@dataclass(frozen=True, slots=True)
class Sleep:
    """A step of a plan: wait this many seconds (the driver's injected sleep does it)."""

    seconds: float


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
