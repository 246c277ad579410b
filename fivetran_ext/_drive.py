"""The two drivers of the client's pure plans: generators that yield steps and receive their results.

A plan (e.g. `plan_sync_and_wait`) decides and performs no I/O; a driver performs each step it yields
(an HTTP call, a sleep) and sends the result back, until the plan yields its final value. The sync and
async drivers are the only loops that run plans, and both close the plan in ``finally``: when a step
raises (a 404 mid-wait, a cancelled task, Ctrl-C), the plan's own ``finally`` blocks run at once instead
of whenever the suspended generator happens to be collected.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any, TypeVar

__all__ = ["drive", "drive_async"]

FinalT = TypeVar("FinalT")


def _ended() -> RuntimeError:
    return RuntimeError("the plan ended without yielding its final value")


def drive(plan: Generator[Any, Any, Any], perform: Callable[[Any], object], final: type[FinalT]) -> FinalT:
    """Run ``plan``, performing each step with ``perform``, until it yields an instance of ``final``."""
    try:
        step = next(plan)
        while not isinstance(step, final):
            step = plan.send(perform(step))
        return step
    except StopIteration:
        raise _ended() from None
    finally:
        plan.close()


async def drive_async(
    plan: Generator[Any, Any, Any], perform: Callable[[Any], Awaitable[object]], final: type[FinalT]
) -> FinalT:
    """Async twin of `drive`: ``perform`` returns an awaitable."""
    try:
        step = next(plan)
        while not isinstance(step, final):
            step = plan.send(await perform(step))
        return step
    except StopIteration:
        raise _ended() from None
    finally:
        plan.close()
